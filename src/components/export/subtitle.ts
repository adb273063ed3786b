// The current filters in words, as an exported image's subtitle: "Walsall · All inspection types · 2012 to 2021".

/** Parts left undefined or blank are dropped; the rest are joined in the order given. */
export function filterSubtitle(parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part.trim() !== '').join(' · ');
}

/** A year filter as words: "All years", "2012 to 2021", "From 2012", "To 2021". */
export function yearsWords(range: { readonly from?: number | undefined; readonly to?: number | undefined }): string {
  const { from, to } = range;
  if (from === undefined && to === undefined) return 'All years';
  if (from !== undefined && to !== undefined) return from === to ? String(from) : `${from} to ${to}`;
  return from !== undefined ? `From ${from}` : `To ${to}`;
}
