// Stored datasets from older versions of the app, checked and brought up to the current shape, one version step at a time.
import type { Inspection } from '../domain';
import { FORMAT_NAMES, packInspections } from '../import';
import { storedColumnsProblem, storedFromPacked } from './storedColumns';
import { STORED_FORMAT_VERSION, type StoredDataset, type StoredRecord } from './storedDataset';

/**
 * Format 0, as the first release kept a file: no duplicate choice (a later file's record always replaced a held one)
 * and no content hash (so the same file twice could not be recognised).
 */
export interface StoredDatasetV0 extends Omit<StoredDataset, 'onDuplicate' | 'contentHash' | 'formatVersion'> {
  readonly formatVersion: 0;
}

/** Format 1: the dataset as the app holds it in memory, inspections as objects (slow for the browser to store; see StoredRecord). */
export interface StoredDatasetV1 extends Omit<StoredDataset, 'formatVersion' | 'upgradedFromReplace'> {
  readonly formatVersion: 1;
}

/** The record in the current stored shape, and whether that differs from what was read (so storage should be rewritten). */
export type Migrated =
  | { readonly ok: true; readonly record: StoredRecord; readonly changed: boolean }
  | { readonly ok: false; readonly problem: string };

type Fields = Readonly<Record<string, unknown>>;

/** A step's answer: the record in the next format, or why it cannot be brought there. */
type Stepped = { readonly ok: true; readonly record: Fields } | { readonly ok: false; readonly problem: string };

/** Each step takes a record of format N to format N + 1; index N is the step from N. */
const STEPS: ReadonlyArray<(record: Fields) => Stepped> = [
  // 0 → 1: format 0 always let the later file win, which is 'replace'. The hash of the old file's bytes cannot be
  // recovered, so it is left empty: that file is simply not recognised if it is chosen again.
  (record) => ({ ok: true, record: { onDuplicate: 'replace', contentHash: '', ...record, formatVersion: 1 } }),
  // 1 → 2: the inspections packed, all at once: this runs in the database upgrade, which cannot wait between slices.
  (record) => {
    const { inspections, ...rest } = record;
    if (!Array.isArray(inspections)) return { ok: false, problem: 'missing or malformed: inspections' };
    // The objects inside were written by the app's own importer, as format 1 kept them.
    return {
      ok: true,
      record: {
        ...rest,
        packedInspections: storedFromPacked(packInspections(inspections as Inspection[])),
        formatVersion: 2,
      },
    };
  },
  // 2 → 3: 'replace' was the preview's default, so a dataset saved with it may have replaced official records without
  // the user ever choosing to. Held records win again, and the dataset is marked so "Your data" asks the user again.
  (record) =>
    record.onDuplicate === 'replace'
      ? { ok: true, record: { ...record, onDuplicate: 'skip', upgradedFromReplace: true, formatVersion: 3 } }
      : { ok: true, record: { ...record, formatVersion: 3 } },
];

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with a record's envelope, in the current format, if anything. */
function envelopeProblem(record: Fields): string | undefined {
  const strings = ['id', 'name', 'sourceFile', 'contentHash', 'importedAt'].filter(
    (key) => typeof record[key] !== 'string',
  );
  const numbers = ['fileSize', 'order'].filter((key) => typeof record[key] !== 'number');
  const arrays = ['measures'].filter((key) => !Array.isArray(record[key]));
  const wrong = [...strings, ...numbers, ...arrays];
  if (wrong.length > 0) return `missing or malformed: ${wrong.join(', ')}`;
  if (typeof record.format !== 'string' || !Object.hasOwn(FORMAT_NAMES, record.format))
    return `unknown file format ${String(record.format)}`;
  if (record.onDuplicate !== 'replace' && record.onDuplicate !== 'skip')
    return `unknown duplicate choice ${String(record.onDuplicate)}`;
  if (record.upgradedFromReplace !== undefined && record.upgradedFromReplace !== true)
    return `malformed upgradedFromReplace ${String(record.upgradedFromReplace)}`;
  return storedColumnsProblem(record.packedInspections);
}

/**
 * A record as read from storage, in the current stored shape, or why it cannot be used. Never throws, never changes
 * its input (a step builds a new record; packing only reads the inspections).
 */
export function migrate(record: unknown): Migrated {
  if (!isFields(record)) return { ok: false, problem: 'not a stored dataset' };
  // Records written before the format had a number are format 0.
  const from = record.formatVersion ?? 0;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0)
    return { ok: false, problem: `unknown format version ${String(from)}` };
  if (from > STORED_FORMAT_VERSION)
    return { ok: false, problem: `saved by a newer version of the app (format ${from})` };
  let current = record;
  for (let version = from; version < STORED_FORMAT_VERSION; version += 1) {
    const step = STEPS[version];
    if (!step) return { ok: false, problem: `no upgrade from format ${version}` };
    let stepped: Stepped;
    try {
      stepped = step(current);
    } catch (error) {
      // Only inspections that are not what the app writes (a damaged record) make packing throw.
      return {
        ok: false,
        problem: `could not upgrade from format ${version}: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (!stepped.ok) return stepped;
    current = stepped.record;
  }
  const problem = envelopeProblem(current);
  if (problem) return { ok: false, problem };
  // Checked above field by field and column by column.
  return { ok: true, record: current as unknown as StoredRecord, changed: from !== STORED_FORMAT_VERSION };
}
