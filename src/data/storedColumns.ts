// A packed dataset as IndexedDB holds it: the record without its integer columns, and each column as a record of its own.
import type { PackedInspections } from '../import/packedResult';
import type { StoredRecord } from './storedDataset';

/** The packed inspections' integer columns: the bulk of a big dataset (a million-row file's are about 29 MB). */
export const COLUMN_NAMES = [
  'authority',
  'type',
  'framework',
  'date',
  'publicationDate',
  'note',
  'summaryCounts',
  'judgementStart',
  'judgementArea',
  'judgementOutcome',
  'judgementNote',
  'sourceStart',
  'sourceFile',
  'sourceLine',
] as const satisfies ReadonlyArray<keyof PackedInspections>;

export type ColumnName = (typeof COLUMN_NAMES)[number];

/** The key of one column's record: the dataset's id, then the column's name. */
export type ColumnKey = [string, ColumnName];

/**
 * Why apart: the browser copies a value into storage (and back) on the page's own thread, in one go. A whole packed
 * dataset of a million rows is one copy of about 60-100 ms in Chromium; one column at a time, each written or read
 * when the one before is done, no copy takes more than about 10 ms.
 */
export interface SplitRecord {
  /** The record with only the count and values of its packed inspections, and the names of the columns kept apart. */
  readonly envelope: Omit<StoredRecord, 'packedInspections'> & { readonly packedInspections: { readonly count: number; readonly values: readonly string[]; readonly columnsApart: readonly ColumnName[] } };
  readonly columns: ReadonlyArray<readonly [ColumnName, Int32Array]>;
}

export function splitRecord(record: StoredRecord): SplitRecord {
  const { count, values } = record.packedInspections;
  return {
    envelope: { ...record, packedInspections: { count, values, columnsApart: COLUMN_NAMES } },
    columns: COLUMN_NAMES.map((name) => [name, record.packedInspections[name]] as const),
  };
}

/** The names of the columns kept apart from a record as read from storage, or undefined when it holds them itself (or is not ours). */
export function columnsApart(raw: unknown): readonly ColumnName[] | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const packed = (raw as { packedInspections?: unknown }).packedInspections;
  if (typeof packed !== 'object' || packed === null) return undefined;
  const names = (packed as { columnsApart?: unknown }).columnsApart;
  if (!Array.isArray(names)) return undefined;
  return names.filter((name): name is ColumnName => (COLUMN_NAMES as readonly string[]).includes(name));
}

/** The record put back together as it was before splitting. It is checked afterwards (migrate), like any record read. */
export function joinRecord(raw: object, columns: ReadonlyMap<ColumnName, unknown>): unknown {
  const { packedInspections, ...rest } = raw as { packedInspections: Record<string, unknown> };
  const { columnsApart: _names, ...packed } = packedInspections;
  return { ...rest, packedInspections: { ...packed, ...Object.fromEntries(columns) } };
}
