// Spreadsheets (.ods, .xlsx) to rows of text and to import results, one per sheet: the same code for the upload page and
// the command line. The spreadsheet reader is loaded only when a spreadsheet arrives, so it is not in the page's first bundle.
import { decodeBytes } from './decode';
import { importRows, type ImportOptions, type ImportResult } from './importFile';
import { fileProblem } from './problem';

export interface Sheet {
  readonly name: string;
  readonly rows: string[][];
}

export const SPREADSHEET_EXTENSIONS = ['.ods', '.xlsx', '.xls'];

export function isSpreadsheetName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return SPREADSHEET_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Every sheet's cells as the spreadsheet displays them (so dates read as 04/10/2021, not serial numbers). */
export async function readSheets(bytes: Uint8Array): Promise<Sheet[]> {
  const XLSX = await import('@e965/xlsx');
  // The reader reports number formats it cannot convert on console.error; we read displayed text, not
  // formats, so those notes say nothing about the data and would only alarm.
  const report = console.error;
  console.error = () => undefined;
  try {
    const workbook = XLSX.read(bytes, { type: 'array' });
    return workbook.SheetNames.map((name) => {
      const sheet = workbook.Sheets[name];
      const rows = sheet
        ? XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true })
        : [];
      return { name, rows: rows.map((row) => row.map((cell) => String(cell ?? ''))) };
    });
  } finally {
    console.error = report;
  }
}

export const DAMAGED_SPREADSHEET =
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
export function unreadableSpreadsheet(fileName: string, bytes: Uint8Array): ImportResult | undefined {
  if (CONTAINER_SIGNATURES.some((signature) => signature.every((byte, i) => bytes[i] === byte))) return undefined;
  const decoded = decodeBytes(bytes);
  if (decoded.ok) return undefined;
  return {
    ok: false,
    file: fileName,
    problems: [bytes.length === 0 ? decoded.problem : fileProblem(DAMAGED_SPREADSHEET)],
  };
}

/** One sheet read as a file of its own, named "file (sheet)". */
export function importSheet(fileName: string, sheet: Sheet, options: ImportOptions = {}): ImportResult {
  return importRows(`${fileName} (${sheet.name})`, sheet.rows, options);
}

export type SpreadsheetRead =
  | { readonly ok: true; readonly sheets: ReadonlyArray<{ readonly sheet: Sheet; readonly result: ImportResult }> }
  /** The bytes are not a spreadsheet that opens. */
  | { readonly ok: false; readonly result: ImportResult };

/** Every sheet imported, so the caller can choose among those that hold a table. */
export async function importSpreadsheet(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<SpreadsheetRead> {
  const unreadable = unreadableSpreadsheet(fileName, bytes);
  if (unreadable) return { ok: false, result: unreadable };
  let sheets: Sheet[];
  try {
    sheets = await readSheets(bytes);
  } catch {
    return { ok: false, result: { ok: false, file: fileName, problems: [fileProblem(DAMAGED_SPREADSHEET)] } };
  }
  return { ok: true, sheets: sheets.map((sheet) => ({ sheet, result: importSheet(fileName, sheet, options) })) };
}
