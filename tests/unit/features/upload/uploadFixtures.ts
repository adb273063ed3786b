// Shared by the upload tests: pending imports built from real import results, and stored datasets to hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORED_FORMAT_VERSION, type StoredDataset } from '../../../../src/data/storedDataset';
import { importRows, importText, type ImportResult } from '../../../../src/import';
import type { PendingImport } from '../../../../src/features/upload/pendingImport';
import type { UploadRead } from '../../../../src/features/upload/readUpload';

export const UPLOAD_FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'upload');
/** Ofsted's CSVs as the app embeds them (copies of the published sheets). */
export const OFSTED_CSV_DIR = join(__dirname, '..', '..', '..', '..', 'data', 'ofsted');

export function readUploadFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(UPLOAD_FIXTURES, name)));
}

export const TIDY_WALSALL = [
  'authority_name,authority_code,inspection_date,judgement_area,grade',
  'Walsall,E08000030,2021-10-04,Overall effectiveness,Good',
  'Dudley,E08000027,2022-10-31,Overall effectiveness,Requires improvement to be good',
].join('\n');

export const COVER_ROWS = [['Local authority inspection outcomes as at 31 March 2025'], ['Contains Ofsted data']];
export const TABLE_ROWS = TIDY_WALSALL.split('\n').map((line) => line.split(','));

export function ok(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok)
    throw new Error(
      `expected ${result.file} to import: ${result.problems.map((problem) => problem.message).join(' ')}`,
    );
  return result;
}

export function textRead(text: string, fileName = 'walsall.csv'): UploadRead {
  return { kind: 'text', result: importText(fileName, text) };
}

/** A spreadsheet read whose sheets hold these rows, in order. */
export function sheetRead(fileName: string, sheets: ReadonlyArray<readonly [string, string[][]]>): UploadRead {
  return {
    kind: 'spreadsheet',
    sheets: sheets.map(([name, rows]) => ({
      sheet: { name, rows },
      result: importRows(`${fileName} (${name})`, rows),
    })),
  };
}

export function pending(read: UploadRead, overrides: Partial<PendingImport> = {}): PendingImport {
  return {
    key: 'file-1',
    fileName: 'walsall.csv',
    fileSize: 180,
    hash: 'abc123',
    bytes: new Uint8Array(),
    read,
    sheetIndex: 0,
    columnRoles: new Map(),
    keepUnknownAuthorities: false,
    onDuplicate: 'replace',
    ...overrides,
  };
}

export function held(overrides: Partial<StoredDataset> & Pick<StoredDataset, 'id'>): StoredDataset {
  return {
    name: 'walsall.csv',
    sourceFile: 'walsall.csv',
    fileSize: 180,
    contentHash: 'abc123',
    importedAt: '2026-11-26T09:00:00.000Z',
    order: 1,
    format: 'tidy',
    onDuplicate: 'replace',
    inspections: [],
    measures: [],
    formatVersion: STORED_FORMAT_VERSION,
    ...overrides,
  };
}
