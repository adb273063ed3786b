// The dataset every view shows: the embedded default data and the user's imports, or the user's alone.
import type { Dataset } from '../domain';
import { buildFromGroups, type RecordGroup } from '../import/dataset';
import type { ImportResult } from '../import/importFile';
import type { StoredDataset } from './storedDataset';

export type DataSource = 'all' | 'mine';

export function defaultGroups(results: readonly ImportResult[]): RecordGroup[] {
  return results.flatMap((result): RecordGroup[] =>
    result.ok ? [{ file: result.file, inspections: result.inspections, measures: result.measures, onDuplicate: 'merge' }] : [],
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
export function combineDatasets(defaults: readonly ImportResult[], user: readonly StoredDataset[], source: DataSource): Dataset {
  return buildFromGroups(combinedGroups(defaults, user, source)).dataset;
}

export function combinedGroups(defaults: readonly ImportResult[], user: readonly StoredDataset[], source: DataSource): RecordGroup[] {
  return [...(source === 'all' ? defaultGroups(defaults) : []), ...userGroups(user)];
}
