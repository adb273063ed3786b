// Numbers as people read them in committee papers.

/** 0.3636 → "36%"; null (nothing judged) → "–". */
export function percent(share: number | null): string {
  if (share === null) return '–';
  return `${Math.round(share * 100)}%`;
}
