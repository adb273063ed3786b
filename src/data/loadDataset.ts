// Text files into a dataset with each file's import report: the default files as the tests read them from disk.
import { buildDataset, type ImportResult } from '../import';
import type { Dataset } from '../domain';
import type { ImportProblem } from '../import';
import { importDefaultFiles, type TextFile } from './defaultFiles';

export interface LoadedDataset {
  readonly dataset: Dataset;
  readonly results: readonly ImportResult[];
  readonly conflicts: readonly ImportProblem[];
}

export function loadDataset(files: readonly TextFile[]): LoadedDataset {
  const results = importDefaultFiles(files);
  const { dataset, conflicts } = buildDataset(results);
  return { dataset, results, conflicts };
}
