// The one CSV writer: papaparse's unparse, which quotes as RFC 4180 asks and (escapeFormulae) writes a formula-like cell as text.
import Papa from 'papaparse';

export type CsvCell = string | number | null;

export interface CsvOptions {
  /** A byte-order mark first, so Excel reads the file as UTF-8. Files people download have one; text fed back to our importer need not. */
  readonly byteOrderMark?: boolean;
}

/**
 * Rows as CSV with CRLF line ends, the last row included. Numbers are written as numbers: a number cannot be a formula,
 * and "'-8" would reach a spreadsheet as text. null is an empty cell.
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[], { byteOrderMark = true }: CsvOptions = {}): string {
  const body = Papa.unparse(rows.map((row) => [...row]) as unknown[][], {
    escapeFormulae: true,
    newline: '\r\n',
    quotes: false,
    header: false,
  });
  return `${byteOrderMark ? '\uFEFF' : ''}${body}\r\n`;
}
