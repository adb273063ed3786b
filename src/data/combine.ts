// The dataset every view shows: the embedded default data and the user's imports, or the user's alone.
import type { Authority, Dataset } from '../domain';
import { buildFromGroups, type RecordGroup, type ImportResult } from '../import';
import type { StoredDataset } from './storedDataset';

export type DataSource = 'all' | 'mine';

export function defaultGroups(results: readonly ImportResult[]): RecordGroup[] {
  return results.flatMap((result): RecordGroup[] =>
    result.ok
      ? [{ file: result.file, inspections: result.inspections, measures: result.measures, onDuplicate: 'merge' }]
      : [],
  );
}

export function userGroups(datasets: readonly StoredDataset[]): RecordGroup[] {
  return datasets.map((dataset) => ({
    file: dataset.sourceFile,
    inspections: dataset.inspections,
    measures: dataset.measures,
    onDuplicate: dataset.onDuplicate,
  }));
}

/**
 * User datasets come after the default data so their duplicate choice applies to it; "mine" (or a
 * hidden default) leaves the default data out entirely.
 */
export function combineDatasets(
  defaults: readonly ImportResult[],
  user: readonly StoredDataset[],
  source: DataSource,
): Dataset {
  return buildFromGroups(combinedGroups(defaults, user, source), { codeBook: codeBookFor(defaults, source) }).dataset;
}

/**
 * With the default data left out, its authorities still lend their codes to the user's: a file that names Walsall
 * without a code is then Walsall (E08000030) in every view and link, as it is beside the default data.
 */
export function codeBookFor(defaults: readonly ImportResult[], source: DataSource): readonly Authority[] {
  if (source === 'all') return [];
  const known = new Set<Authority>();
  for (const result of defaults)
    if (result.ok) for (const inspection of result.inspections) known.add(inspection.authority);
  return [...known];
}

export function combinedGroups(
  defaults: readonly ImportResult[],
  user: readonly StoredDataset[],
  source: DataSource,
): RecordGroup[] {
  return [...(source === 'all' ? defaultGroups(defaults) : []), ...userGroups(user)];
}
