// A chosen file to an import result (or a sheet to choose), without keeping anything yet.
import {
  importBytes,
  type ImportOptions,
  type ImportResult,
  fileProblem,
  importSheet,
  importSpreadsheet,
  isSpreadsheetName,
  type Sheet,
} from '../../import';

/** Larger files are refused at once with this limit named, rather than left to hang the tab. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export type UploadRead =
  | { readonly kind: 'text'; readonly result: ImportResult }
  /** A spreadsheet: every sheet imported, so the user can pick among those that hold a table. */
  | {
      readonly kind: 'spreadsheet';
      readonly sheets: ReadonlyArray<{ readonly sheet: Sheet; readonly result: ImportResult }>;
    };

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function tooBig(fileName: string, size: number): ImportResult {
  const limit = formatBytes(MAX_UPLOAD_BYTES);
  // A file a few bytes over the limit rounds to the limit itself: "50 MB; the largest is 50 MB" would read as a contradiction.
  const shown = formatBytes(size) === limit ? `more than ${limit}` : formatBytes(size);
  return {
    ok: false,
    file: fileName,
    problems: [
      fileProblem(
        `This file is ${shown}; the largest file Scrutiny Lens reads is ${limit}. Split it into smaller files (for example one per year) and import each.`,
      ),
    ],
  };
}

/** A text file read (or read again with corrected columns). */
export function readText(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  return importBytes(fileName, bytes, options);
}

export async function readUpload(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<UploadRead> {
  if (bytes.length > MAX_UPLOAD_BYTES) return { kind: 'text', result: tooBig(fileName, bytes.length) };
  if (!isSpreadsheetName(fileName)) return { kind: 'text', result: readText(fileName, bytes, options) };
  const read = await importSpreadsheet(fileName, bytes, options);
  return read.ok ? { kind: 'spreadsheet', sheets: read.sheets } : { kind: 'text', result: read.result };
}

/** Re-reads one sheet with corrected columns. */
export function reimportSheet(fileName: string, sheet: Sheet, options: ImportOptions): ImportResult {
  return importSheet(fileName, sheet, options);
}

/** SHA-256 of the bytes as hex: recognises the same file uploaded twice without keeping a copy of it. */
export async function contentHash(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
