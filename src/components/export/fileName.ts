// Export file names that say what they hold: scrutiny-lens_walsall_inspections_2008-2021.png.

export type ExportExtension = 'png' | 'svg' | 'csv';

/** Lower case, accents dropped, apostrophes removed ("Walsall’s" → "walsalls"), anything else between words a hyphen. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** At most `max` characters, cut at a hyphen so no word is left half. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return hyphen > 0 ? cut.slice(0, hyphen) : cut;
}

/** One part per thing the file holds (authority, what, years); empty parts are left out. */
export function exportFileName(parts: readonly string[], extension: ExportExtension): string {
  const slugs = parts.map(slug).filter((part) => part !== '');
  const stem = shorten(['scrutiny-lens', ...slugs].join('_'), 100);
  return `${stem}.${extension}`;
}
