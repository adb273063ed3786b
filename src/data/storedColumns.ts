// Stored format 3's packed inspections: the codec's columns under the stored format's own names, each column a record of its own.
import { packedProblem, type PackedColumnName, type PackedInspections } from '../import';
import type { StoredRecord } from './storedDataset';

/**
 * Each column of stored format 3, by the name IndexedDB keys it with, and the codec column it holds: the bulk of a big
 * dataset (a million-row file's columns are about 29 MB). Written out here rather than taken from the codec, so a
 * column the codec gains, loses or renames is a new stored format (a step in migrateStored.ts), never a silent change
 * to what a browser already holds: the check below fails to compile until this list and the codec's agree.
 */
export const STORED_COLUMNS = {
  authority: 'authority',
  type: 'type',
  framework: 'framework',
  date: 'date',
  publicationDate: 'publicationDate',
  note: 'note',
  summaryCounts: 'summaryCounts',
  judgementStart: 'judgementStart',
  judgementArea: 'judgementArea',
  judgementOutcome: 'judgementOutcome',
  judgementNote: 'judgementNote',
  sourceStart: 'sourceStart',
  sourceFile: 'sourceFile',
  sourceLine: 'sourceLine',
} as const satisfies Record<string, PackedColumnName>;

/** Every codec column has a stored column: `true` only while none is left out. */
type Unstored = Exclude<PackedColumnName, (typeof STORED_COLUMNS)[keyof typeof STORED_COLUMNS]>;
export const EVERY_COLUMN_STORED: [Unstored] extends [never] ? true : Unstored = true;

export const COLUMN_NAMES = Object.keys(STORED_COLUMNS) as ReadonlyArray<keyof typeof STORED_COLUMNS>;

export type ColumnName = keyof typeof STORED_COLUMNS;

/** The packed inspections as the stored format holds them: the count, the table of values and the columns by stored name. */
export type StoredColumns = { readonly count: number; readonly values: readonly string[] } & {
  readonly [name in ColumnName]: Int32Array;
};

export function storedFromPacked(packed: PackedInspections): StoredColumns {
  const { count, values } = packed;
  return {
    count,
    values,
    ...(Object.fromEntries(COLUMN_NAMES.map((name) => [name, packed[STORED_COLUMNS[name]]])) as Record<
      ColumnName,
      Int32Array
    >),
  };
}

export function packedFromStored(stored: StoredColumns): PackedInspections {
  const { count, values } = stored;
  return {
    count,
    values,
    ...(Object.fromEntries(COLUMN_NAMES.map((name) => [STORED_COLUMNS[name], stored[name]])) as Record<
      PackedColumnName,
      Int32Array
    >),
  };
}

/** What is wrong with the stored columns of a record read from storage, if anything, checked as the codec would check them. */
export function storedColumnsProblem(stored: unknown): string | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored))
    return 'missing or malformed: packedInspections';
  const fields = stored as Record<string, unknown>;
  const asPacked = {
    count: fields.count,
    values: fields.values,
    ...Object.fromEntries(COLUMN_NAMES.map((name) => [STORED_COLUMNS[name], fields[name]])),
  };
  return packedProblem(asPacked);
}

/** The key of one column's record: the dataset's id, then the column's name. */
export type ColumnKey = [string, ColumnName];

/**
 * Why apart: the browser copies a value into storage (and back) on the page's own thread, in one go. A whole packed
 * dataset of a million rows is one copy of about 60-100 ms in Chromium; one column at a time, each written or read
 * when the one before is done, no copy takes more than about 10 ms.
 */
export interface SplitRecord {
  /** The record with only the count and values of its packed inspections, and the names of the columns kept apart. */
  readonly envelope: Omit<StoredRecord, 'packedInspections'> & {
    readonly packedInspections: {
      readonly count: number;
      readonly values: readonly string[];
      readonly columnsApart: readonly ColumnName[];
    };
  };
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
