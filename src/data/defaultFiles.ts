// The embedded default dataset: its CSV files under data/, in the manifest's order, read by our own importer.
import { DEFAULT_SOURCES, defaultFilePaths } from '../domain/manifest';
import { importText, type ImportResult } from '../import';

/** The folders under data/ whose CSV files are the default data (data/templates is an example for users, not data). */
export const DEFAULT_DATA_FOLDERS: readonly string[] = [...new Set(DEFAULT_SOURCES.map((source) => source.folder))];

export interface TextFile {
  readonly name: string;
  readonly text: string;
}

/**
 * The default files' paths in the manifest's order (Ofsted's 2025 history first, so its wording of each inspection's
 * type is the one kept when files overlap). A file the manifest does not list comes last, and a test says so.
 */
export function orderDefaultFiles(paths: readonly string[]): string[] {
  const order = defaultFilePaths();
  const rank = (path: string) => {
    const index = order.findIndex((listed) => path.replace(/\\/g, '/').endsWith(`/${listed}`) || path === listed);
    return index < 0 ? order.length : index;
  };
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * What the app holds of its default data: each file's import result, exactly as a user's upload of the same file gives
 * it. Run at build time (scripts/defaultDataPlugin.ts), so the browser does not read the CSVs again on every visit.
 */
export function importDefaultFiles(files: readonly TextFile[]): ImportResult[] {
  return files.map((file) => importText(file.name, file.text));
}
