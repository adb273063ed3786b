// Answers for repeated cell text, worked out once: a million-row file holds only a few thousand distinct values.

/**
 * `compute` wrapped so each distinct text is worked out once. The answers are shared between callers, so they
 * must be treated as read-only (records are never changed). The cache starts again once it holds `limit`
 * texts, so a column of unique values costs a bounded amount of memory, not one entry per row.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 10_000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
