// Stored datasets from older versions of the app, checked and brought up to the current shape, one version step at a time.
import { FORMAT_NAMES } from '../import';
import { STORED_FORMAT_VERSION, type StoredDataset } from './storedDataset';

/**
 * Format 0, as the first release kept a file: no duplicate choice (a later file's record always replaced a held one)
 * and no content hash (so the same file twice could not be recognised).
 */
export interface StoredDatasetV0 extends Omit<StoredDataset, 'onDuplicate' | 'contentHash' | 'formatVersion'> {
  readonly formatVersion: 0;
}

export type Migrated = { readonly ok: true; readonly dataset: StoredDataset; readonly changed: boolean } | { readonly ok: false; readonly problem: string };

type Fields = Readonly<Record<string, unknown>>;

/** Each step takes a record of format N to format N + 1; index N is the step from N. */
const STEPS: ReadonlyArray<(record: Fields) => Fields> = [
  // 0 → 1: format 0 always let the later file win, which is 'replace'. The hash of the old file's bytes cannot be
  // recovered, so it is left empty: that file is simply not recognised if it is chosen again.
  (record) => ({ onDuplicate: 'replace', contentHash: '', ...record, formatVersion: 1 }),
];

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with a record's envelope, if anything. The records inside are the app's own and not re-checked. */
function envelopeProblem(record: Fields): string | undefined {
  const strings = ['id', 'name', 'sourceFile', 'contentHash', 'importedAt'].filter((key) => typeof record[key] !== 'string');
  const numbers = ['fileSize', 'order'].filter((key) => typeof record[key] !== 'number');
  const arrays = ['inspections', 'measures'].filter((key) => !Array.isArray(record[key]));
  const wrong = [...strings, ...numbers, ...arrays];
  if (wrong.length > 0) return `missing or malformed: ${wrong.join(', ')}`;
  if (typeof record.format !== 'string' || !Object.hasOwn(FORMAT_NAMES, record.format)) return `unknown file format ${String(record.format)}`;
  if (record.onDuplicate !== 'replace' && record.onDuplicate !== 'skip') return `unknown duplicate choice ${String(record.onDuplicate)}`;
  return undefined;
}

/** A record as read from storage, in the current shape, or why it cannot be used. Never throws, never changes its input. */
export function migrate(record: unknown): Migrated {
  if (!isFields(record)) return { ok: false, problem: 'not a stored dataset' };
  // Records written before the format had a number are format 0.
  const from = record.formatVersion ?? 0;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) return { ok: false, problem: `unknown format version ${String(from)}` };
  if (from > STORED_FORMAT_VERSION) return { ok: false, problem: `saved by a newer version of the app (format ${from})` };
  let current = record;
  for (let version = from; version < STORED_FORMAT_VERSION; version += 1) {
    const step = STEPS[version];
    if (!step) return { ok: false, problem: `no upgrade from format ${version}` };
    current = step(current);
  }
  const problem = envelopeProblem(current);
  if (problem) return { ok: false, problem };
  // Checked above field by field; the inspections and measures inside were written by the app's own importer.
  return { ok: true, dataset: current as unknown as StoredDataset, changed: from !== STORED_FORMAT_VERSION };
}
