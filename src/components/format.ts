// Numbers as people read them in committee papers.

/** 0.3636 → "36%"; null (nothing judged) → "–". */
export function percent(share: number | null): string {
  if (share === null) return '–';
  return `${Math.round(share * 100)}%`;
}

/** A heading's words mid-sentence: "Overall effectiveness" → "overall effectiveness". Only the first letter, so "SEND" in a user's own label survives. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** ["a", "b", "c"] → "a, b and c", as a sentence lists things. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
