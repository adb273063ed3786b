// A chosen file to an import result (or a sheet to choose), without keeping anything yet.
import { importBytes, importRows, type ImportOptions, type ImportResult } from '../../import';
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
  return {
    ok: false,
    file: fileName,
    problems: [fileProblem(`This file is ${formatBytes(size)}; the largest file Scrutiny Lens reads is ${formatBytes(MAX_UPLOAD_BYTES)}. Split it into smaller files (for example one per year) and import each.`)],
  };
}

export async function readUpload(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<UploadRead> {
  if (bytes.length > MAX_UPLOAD_BYTES) return { kind: 'text', result: tooBig(fileName, bytes.length) };
  if (!isSpreadsheetName(fileName)) return { kind: 'text', result: importBytes(fileName, bytes, options) };
  try {
    const sheets = await readSheets(bytes);
    return { kind: 'spreadsheet', sheets: sheets.map((sheet) => ({ sheet, result: importRows(`${fileName} (${sheet.name})`, sheet.rows, options) })) };
  } catch {
    return {
      kind: 'text',
      result: { ok: false, file: fileName, problems: [fileProblem('This spreadsheet could not be opened: it may be damaged, password-protected or not really a spreadsheet. Open it in a spreadsheet program and save it again, or save the sheet as CSV.')] },
    };
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
