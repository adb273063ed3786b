// Spreadsheets (.ods, .xlsx) to rows of text, with the reader loaded only when a spreadsheet arrives.

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
      const rows = sheet ? XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true }) : [];
      return { name, rows: rows.map((row) => row.map((cell) => String(cell ?? ''))) };
    });
  } finally {
    console.error = report;
  }
}
