// A user's imported file as the browser keeps it: its records, where they came from, and how to treat duplicates.
import type { Inspection, Measure } from '../domain';
import type { FormatId } from '../import';
import type { StoredColumns } from './storedColumns';

/**
 * The shape of a stored dataset, raised whenever it changes: 0 had no duplicate choice or content hash, 1 held the
 * inspections as objects, 2 holds them packed (StoredRecord below), 3 no longer lets a file replace a held record
 * unless the user chose so (upgradedFromReplace). Each raise adds a step in migrateStored.ts and a database version in
 * userStore.ts that rewrites held records. The packed columns' stored names are this format's own (storedColumns.ts),
 * mapped from the import codec's, so the codec can change without touching what browsers hold until a step says how.
 */
export const STORED_FORMAT_VERSION = 3;

/**
 * What to do when a file holds an inspection already held (src/import/sameInspection.ts): 'skip' keeps the held record
 * and sets the file's aside (the default); 'replace' shows the file's record instead, only ever by the user's choice.
 */
export type DuplicateChoice = 'replace' | 'skip';

export interface StoredDataset {
  readonly id: string;
  /** What the user calls it; the file name unless changed. */
  readonly name: string;
  readonly sourceFile: string;
  readonly fileSize: number;
  /** SHA-256 of the file's bytes, to recognise the same file uploaded twice. */
  readonly contentHash: string;
  /** ISO 8601 timestamp. */
  readonly importedAt: string;
  /** Datasets are listed and merged in this order (oldest import first). */
  readonly order: number;
  readonly format: FormatId;
  readonly onDuplicate: DuplicateChoice;
  /**
   * Saved by an earlier version, when a file's record replaced a held one unless the user chose otherwise: upgraded to
   * 'skip', so official records win again, until the user looks at the clashes and chooses again.
   */
  readonly upgradedFromReplace?: true;
  readonly inspections: readonly Inspection[];
  readonly measures: readonly Measure[];
  readonly formatVersion: number;
}

/**
 * A dataset as IndexedDB keeps it: the inspections packed into integer columns and one table of distinct values. The
 * browser copies a quarter of a million inspection objects into and out of storage in seconds, on the page's own
 * thread and in one piece; the same inspections packed copy in milliseconds. Only the IndexedDB store sees this shape.
 */
export interface StoredRecord extends Omit<StoredDataset, 'inspections'> {
  readonly packedInspections: StoredColumns;
}

export interface UserSettings {
  /** The embedded Ofsted and Walsall data hidden from every view. */
  readonly defaultHidden: boolean;
}

export const DEFAULT_SETTINGS: UserSettings = { defaultHidden: false };

type ImportOrder = Pick<StoredDataset, 'order' | 'importedAt' | 'id'>;

/** Import order; ties (two tabs importing at once) fall back to the time and then the id, so every tab lists alike. */
export function byImportOrder(a: ImportOrder, b: ImportOrder): number {
  return a.order - b.order || byImportTime(a, b);
}

/**
 * Kept provider lists (which have no order of their own) in the order they came. Here, not beside the lists' stored
 * shape, so the page's first load does not bring that shape's code in with it.
 */
export function byImportTime(a: Omit<ImportOrder, 'order'>, b: Omit<ImportOrder, 'order'>): number {
  return a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id);
}
