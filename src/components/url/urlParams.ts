// Pure helpers for page state held in the address bar's query string.

/** A value of null or undefined removes the parameter; an empty string too, so links stay short. */
export type ParamUpdate = Readonly<Record<string, string | null | undefined>>;

/** The query string after an update, keys in a stable order so equal states give equal links. */
export function applyUpdate(search: string, update: ParamUpdate): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(update)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  params.sort();
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Comma lists for sets of codes: "E08000030,E08000031". */
export function readList(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function writeList(items: readonly string[]): string | null {
  return items.length > 0 ? [...new Set(items)].join(',') : null;
}
