// A file read but not yet kept: the choices the user makes in the preview, and the dataset it becomes.
import type { ColumnRole, ImportOptions, ImportResult, ValueMeaning, Sheet } from '../../import';
import { STORED_FORMAT_VERSION, type DuplicateChoice, type StoredDataset } from '../../data/storedDataset';
import type { StoredProviderList } from '../../data/storedProviderList';
import { asAtFromName, latestEventDate } from '../../domain';
import type { UploadRead } from './readUpload';

export interface PendingImport {
  /** Local to this page: tells previews apart when several files arrive at once. */
  readonly key: string;
  readonly fileName: string;
  readonly fileSize: number;
  readonly hash: string;
  /** Kept until the preview closes, so a corrected column can be read again (empty when the worker reads `source`). */
  readonly bytes: Uint8Array;
  /** The file as chosen, for the import worker to read again: a handle to it, not a copy of its bytes. */
  readonly source?: Blob;
  readonly read: UploadRead;
  /** For spreadsheets, the sheet being previewed. */
  readonly sheetIndex: number;
  readonly columnRoles: ReadonlyMap<number, ColumnRole>;
  /** What the user said unrecognised grade values mean, by valueKey, with the value as the file writes it. */
  readonly valueMeanings?: ReadonlyMap<string, ChosenMeaning>;
  /** The header row as the user chose it, when the one found was wrong. */
  readonly headerLine?: number;
  /** Names the register of authorities does not know are kept as bodies of their own (the preview's checkbox). */
  readonly keepUnknownAuthorities: boolean;
  readonly onDuplicate: DuplicateChoice;
}

export interface ChosenMeaning {
  readonly value: string;
  readonly meaning: ValueMeaning;
}

/**
 * A provider list to keep: its own list beside Ofsted's, as at the date its file's name states (Ofsted names its lists
 * "…at 31 March 2019"), or else the latest inspection date in it. Undefined when it holds no provider or no date.
 */
export function toStoredProviderList(
  pending: PendingImport,
  result: Extract<ImportResult, { ok: true }>,
  id: string,
  importedAt: Date,
): StoredProviderList | undefined {
  const records = result.providers ?? [];
  if (records.length === 0) return undefined;
  const sheet = currentSheet(pending);
  const named = asAtFromName(pending.fileName) ?? (sheet ? asAtFromName(sheet.name) : undefined);
  const asAt = named ?? latestEventDate(records);
  if (!asAt) return undefined;
  return {
    id,
    name: sheet ? `${pending.fileName} (${sheet.name})` : pending.fileName,
    sourceFile: pending.fileName,
    fileSize: pending.fileSize,
    contentHash: pending.hash,
    importedAt: importedAt.toISOString(),
    asAt,
    asAtFrom: named ? 'file-name' : 'latest-event',
    records,
  };
}

/** What the user chose in the preview, with which the file is read. */
export type PreviewChoices = Pick<
  PendingImport,
  'columnRoles' | 'valueMeanings' | 'headerLine' | 'keepUnknownAuthorities'
>;

/** The import options the preview's choices make. */
export function optionsOf(pending: PreviewChoices): ImportOptions {
  const meanings = pending.valueMeanings;
  return {
    columnRoles: pending.columnRoles,
    ...(pending.keepUnknownAuthorities ? { keepUnknownAuthorities: true } : {}),
    ...(pending.headerLine !== undefined ? { headerLine: pending.headerLine } : {}),
    ...(meanings && meanings.size > 0
      ? { valueMeanings: new Map([...meanings].map(([key, chosen]) => [key, chosen.meaning])) }
      : {}),
  };
}

/** The sheets of a spreadsheet that hold a table we can read; all of them when none does, so the user sees why. */
export function readableSheets(read: UploadRead): number[] {
  if (read.kind !== 'spreadsheet') return [];
  const readable = read.sheets.flatMap((entry, index) => (entry.result.ok ? [index] : []));
  return readable.length > 0 ? readable : read.sheets.map((_, index) => index);
}

export function currentSheet(pending: PendingImport): Sheet | undefined {
  return pending.read.kind === 'spreadsheet' ? pending.read.sheets[pending.sheetIndex]?.sheet : undefined;
}

export function currentResult(pending: PendingImport): ImportResult {
  if (pending.read.kind === 'text') return pending.read.result;
  const entry = pending.read.sheets[pending.sheetIndex] ?? pending.read.sheets[0];
  return entry
    ? entry.result
    : {
        ok: false,
        file: pending.fileName,
        problems: [{ line: 0, column: '', value: '', message: 'This spreadsheet has no sheets.', severity: 'error' }],
      };
}

export function firstReadableSheet(read: UploadRead): number {
  return readableSheets(read)[0] ?? 0;
}

/** The dataset to keep: everything the file gave, in one record, so it is saved whole or not at all. */
export function toStoredDataset(
  pending: PendingImport,
  result: Extract<ImportResult, { ok: true }>,
  order: number,
  id: string,
  importedAt: Date,
): StoredDataset {
  const sheet = currentSheet(pending);
  return {
    id,
    name: sheet ? `${pending.fileName} (${sheet.name})` : pending.fileName,
    sourceFile: pending.fileName,
    fileSize: pending.fileSize,
    contentHash: pending.hash,
    importedAt: importedAt.toISOString(),
    order,
    format: result.format,
    onDuplicate: pending.onDuplicate,
    inspections: result.inspections,
    measures: result.measures,
    formatVersion: STORED_FORMAT_VERSION,
  };
}

/**
 * Another stored dataset from byte-for-byte the same file (and sheet), if any. The sheet is matched
 * against the held dataset's own file name, so a renamed copy ("outcomes (1).ods") is still the same file.
 */
export function sameFileAs<Held extends Pick<StoredDataset, 'contentHash' | 'name' | 'sourceFile'>>(
  pending: PendingImport,
  held: readonly Held[],
): Held | undefined {
  const sheet = currentSheet(pending);
  return held.find(
    (dataset) =>
      dataset.contentHash === pending.hash && (!sheet || dataset.name === `${dataset.sourceFile} (${sheet.name})`),
  );
}
