// Answers for repeated cell text, worked out once: a million-row file holds only a few thousand distinct values.

/**
 * `compute` wrapped so each distinct text is worked out once. The answers are shared between callers, so they
 * must be treated as read-only (records are never changed). The cache starts again once it holds `limit`
 * texts, so a column of unique values costs a bounded amount of memory, not one entry per row.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 10_000): (text: string) => T {
  let cache = new Map<string, T>();
  // The last few texts answered, looked at before the map: a column of grades or areas repeats a handful of words,
  // and comparing a cell with them is cheaper than hashing it (each cell is a new string).
  const recentTexts: string[] = [];
  const recentValues: T[] = [];
  let next = 0;
  return (text) => {
    for (let i = 0; i < recentTexts.length; i++) if (recentTexts[i] === text) return recentValues[i]!;
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      if (cache.size >= limit) cache = new Map();
      cache.set(text, value);
    }
    recentTexts[next] = text;
    recentValues[next] = value;
    next = (next + 1) % RECENT;
    return value;
  };
}

/** Enough for a column's usual words (Ofsted's grades, a framework's areas) to stay among the recent. */
const RECENT = 8;
