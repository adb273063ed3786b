// The embedded default dataset: its CSV files under data/, in the manifest's order, read by our own importer.
import { DEFAULT_SOURCES, defaultFilePaths } from '../domain';
import { importText, type ImportResult, readProviderSeries, type ProviderSeries } from '../import';
import { packProviders, type PackedProviders } from './providerPack';

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

/** Ofsted's provider lists and national provider series: their own folder and chunk, loaded only by the Providers view. */
export const DEFAULT_PROVIDER_FOLDER = 'ofsted/providers';

export interface DefaultProviders {
  /** Each provider list as our importer read it (as a user's upload of the same file is read), its rows packed. */
  readonly lists: ReadonlyArray<{
    readonly file: string;
    readonly rowsImported: number;
    readonly problems: number;
    readonly packed: PackedProviders;
  }>;
  /** The national series of providers by grade (tables 8a-8n and 9a-9e). */
  readonly series: readonly ProviderSeries[];
  /** Rows of the series that could not be read: none in Ofsted's files, and a test says so. */
  readonly seriesProblems: readonly string[];
}

const isSeries = (name: string) => /time_series/i.test(name);

export function importDefaultProviders(files: readonly TextFile[]): DefaultProviders {
  const read = files.filter((file) => isSeries(file.name)).map((file) => readProviderSeries(file.name, file.text));
  return {
    // The list at 31 March first: a provider's facts are taken from the list read last (see providersFrom), the year's.
    lists: [...files]
      .filter((file) => !isSeries(file.name))
      .sort((a, b) => Number(/in_year/i.test(a.name)) - Number(/in_year/i.test(b.name)))
      .map((file) => providerList(importText(file.name, file.text))),
    series: read.flatMap((file) => file.series),
    seriesProblems: read.flatMap((file) => file.problems),
  };
}

function providerList(result: ImportResult): DefaultProviders['lists'][number] {
  // A default file that is not read as a provider list is a build error, never a silent gap in the data.
  if (!result.ok || result.format !== 'provider-list')
    throw new Error(`${result.file} was not read as a provider list: ${result.problems[0]?.message ?? ''}`);
  return {
    file: result.file,
    rowsImported: result.rowsImported,
    problems: result.problems.length,
    packed: packProviders(result.providers ?? []),
  };
}
