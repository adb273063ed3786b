// Text files into a dataset with each file's import report, as the app holds it.
import { buildDataset, importText, type ImportResult } from '../import';
import type { Dataset } from '../domain';
import type { ImportProblem } from '../import';
import type { TextFile } from './defaultFiles';

export interface LoadedDataset {
  readonly dataset: Dataset;
  readonly results: readonly ImportResult[];
  readonly conflicts: readonly ImportProblem[];
}

export function loadDataset(files: readonly TextFile[]): LoadedDataset {
  const results = files.map((file) => importText(file.name, file.text));
  const { dataset, conflicts } = buildDataset(results);
  return { dataset, results, conflicts };
}
