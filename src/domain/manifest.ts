// The default dataset's manifest (data/manifest.json): its sources, their files in import order, citations and notes.
import manifest from '../../data/manifest.json' with { type: 'json' };

export interface DefaultSource {
  readonly id: string;
  /** A short name for lists: "Ofsted’s outcomes to 31 March 2025". */
  readonly name: string;
  /** The folder under data/ that holds the files. */
  readonly folder: string;
  /** In the order they are imported and merged: an earlier file's wording of an inspection is the one kept. */
  readonly files: readonly string[];
  /**
   * Other names of the same publication's files (the published spreadsheet, its other sheets): a user who brings
   * them in again is shown Ofsted's citation, as the figures are Ofsted's.
   */
  readonly recognises?: string;
  readonly citation: string;
  readonly licence: string | null;
  /** What the licence asks to be said wherever the data is shown. */
  readonly attribution: string | null;
  /** Said beside any figure that shows this source's records. */
  readonly notes: readonly string[];
}

export const DEFAULT_SOURCES: readonly DefaultSource[] = manifest.sources;

/** The authority every view opens on (Walsall, whose panel's minutes began the product). */
export const DEFAULT_AUTHORITY_CODE: string = manifest.defaultAuthority;

const patterns = new Map(
  DEFAULT_SOURCES.flatMap((source) => (source.recognises ? [[source.id, new RegExp(source.recognises)] as const] : [])),
);

/** The default source a file belongs to, by its exact name or its publication's pattern; undefined for a user's own file. */
export function defaultSourceOf(file: string): DefaultSource | undefined {
  return DEFAULT_SOURCES.find((source) => source.files.includes(file) || patterns.get(source.id)?.test(file));
}

/** The built-in data named source by source: "A, B and C". */
export function defaultDataName(): string {
  const names = DEFAULT_SOURCES.map((source) => source.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Every default file, as `folder/name`, in import order. */
export function defaultFilePaths(): string[] {
  return DEFAULT_SOURCES.flatMap((source) => source.files.map((file) => `${source.folder}/${file}`));
}
