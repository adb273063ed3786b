// A dataset as the browser keeps it, for tests of the store, the combining and the upload page: empty unless told otherwise.
import { STORED_FORMAT_VERSION, type StoredDataset } from '../../src/data/storedDataset';

export function storedDataset(id: string, order: number, given: Partial<StoredDataset> = {}): StoredDataset {
  return {
    id,
    name: `${id}.csv`,
    sourceFile: `${id}.csv`,
    fileSize: 100,
    contentHash: `hash-${id}`,
    importedAt: '2026-11-26T09:00:00.000Z',
    order,
    format: 'tidy',
    onDuplicate: 'replace',
    inspections: [],
    measures: [],
    formatVersion: STORED_FORMAT_VERSION,
    ...given,
  };
}
