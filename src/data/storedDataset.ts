// A user's imported file as the browser keeps it: its records, where they came from, and how to treat duplicates.
import type { Inspection, Measure } from '../domain';
import type { FormatId } from '../import';

/** Raised when the stored shape changes; older records are migrated on load (see userStore.ts). */
export const STORED_FORMAT_VERSION = 1;

/** What to do when a file holds an inspection already held (same authority, date and framework). */
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
  readonly inspections: readonly Inspection[];
  readonly measures: readonly Measure[];
  readonly formatVersion: number;
}

export interface UserSettings {
  /** The embedded Ofsted and Walsall data hidden from every view. */
  readonly defaultHidden: boolean;
}

export const DEFAULT_SETTINGS: UserSettings = { defaultHidden: false };
