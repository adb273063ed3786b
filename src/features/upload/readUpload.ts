// A chosen file to an import result (or a sheet to choose), without keeping anything yet.
import { importBytes, importRows, type ImportOptions, type ImportResult } from '../../import';
import { decodeBytes } from '../../import/decode';
import { fileProblem } from '../../import/problem';
import { isSpreadsheetName, readSheets, type Sheet } from './spreadsheet';

/** Larger files are refused at once with this limit named, rather than left to hang the tab. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export type UploadRead =
  | { readonly kind: 'text'; readonly result: ImportResult }
  /** A spreadsheet: every sheet imported, so the user can pick among those that hold a table. */
  | { readonly kind: 'spreadsheet'; readonly sheets: ReadonlyArray<{ readonly sheet: Sheet; readonly result: ImportResult }> };

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
    problems: [fileProblem(`This file is ${shown}; the largest file Scrutiny Lens reads is ${limit}. Split it into smaller files (for example one per year) and import each.`)],
  };
}

const DAMAGED_SPREADSHEET =
  'This spreadsheet could not be opened: it may be damaged, password-protected or not really a spreadsheet. Open it in a spreadsheet program and save it again, or save the sheet as CSV.';

/** Zip (.xlsx, .ods) and OLE2 (.xls) containers. */
const CONTAINER_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

/**
 * The spreadsheet reader accepts any bytes as a text sheet, so damage would show as a sheet of junk
 * with "no header row". Text under a spreadsheet's name (a CSV or an HTML table "exported to Excel")
 * is left to the reader, which reads those.
 */
function unreadableSpreadsheet(fileName: string, bytes: Uint8Array): ImportResult | undefined {
  if (CONTAINER_SIGNATURES.some((signature) => signature.every((byte, i) => bytes[i] === byte))) return undefined;
  const decoded = decodeBytes(bytes);
  if (decoded.ok) return undefined;
  return { ok: false, file: fileName, problems: [bytes.length === 0 ? decoded.problem : fileProblem(DAMAGED_SPREADSHEET)] };
}

/** Separators no importer reads; a file split on one arrives as a single column. */
/** A text file read (or read again with corrected columns). */
export function readText(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  return importBytes(fileName, bytes, options);
}

export async function readUpload(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<UploadRead> {
  if (bytes.length > MAX_UPLOAD_BYTES) return { kind: 'text', result: tooBig(fileName, bytes.length) };
  if (!isSpreadsheetName(fileName)) return { kind: 'text', result: readText(fileName, bytes, options) };
  const unreadable = unreadableSpreadsheet(fileName, bytes);
  if (unreadable) return { kind: 'text', result: unreadable };
  try {
    const sheets = await readSheets(bytes);
    return { kind: 'spreadsheet', sheets: sheets.map((sheet) => ({ sheet, result: importRows(`${fileName} (${sheet.name})`, sheet.rows, options) })) };
  } catch {
    return { kind: 'text', result: { ok: false, file: fileName, problems: [fileProblem(DAMAGED_SPREADSHEET)] } };
  }
}

/** Re-reads one sheet with corrected columns. */
export function reimportSheet(fileName: string, sheet: Sheet, options: ImportOptions): ImportResult {
  return importRows(`${fileName} (${sheet.name})`, sheet.rows, options);
}

/** SHA-256 of the bytes as hex: recognises the same file uploaded twice without keeping a copy of it. */
export async function contentHash(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
