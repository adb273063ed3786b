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

/** A span of days as people say it: "2 years 11 months", "9 months", "1 year". Months are of 365.25 / 12 days. */
export function yearsAndMonths(days: number): string {
  const months = Math.round(days / (365.25 / 12));
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [
    ...(years > 0 ? [`${years} ${years === 1 ? 'year' : 'years'}`] : []),
    ...(rest > 0 || years === 0 ? [`${rest} ${rest === 1 ? 'month' : 'months'}`] : []),
  ];
  return parts.join(' ');
}
