// The embedded default dataset: which CSV files under data/ it is, in what order, and how they are read (by our own importer).
import { importText, type ImportResult } from '../import';

/** The folders under data/ whose CSV files are the default data; data/templates is an example for users, not data. */
export const DEFAULT_DATA_FOLDERS: readonly string[] = ['ofsted', 'walsall'];

/** Ofsted's history first, so its wording of each inspection's type is the one kept when files overlap. */
const ORDER = ['ILACS_inspection_history', 'Inspections_as_at_31_March', 'In-year_inspections', 'walsall-'];

export interface TextFile {
  readonly name: string;
  readonly text: string;
}

const rank = (path: string) => {
  const index = ORDER.findIndex((part) => path.includes(part));
  return index < 0 ? ORDER.length : index;
};

/** The default files' paths in the order they are imported and merged. */
export function orderDefaultFiles(paths: readonly string[]): string[] {
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * What the app holds of its default data: each file's import result, exactly as a user's upload of the same file gives
 * it. Run at build time (scripts/defaultDataPlugin.ts), so the browser does not read the CSVs again on every visit.
 */
export function importDefaultFiles(files: readonly TextFile[]): ImportResult[] {
  return files.map((file) => importText(file.name, file.text));
}
