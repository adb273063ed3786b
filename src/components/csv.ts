// CSV for people who open it in a spreadsheet: the one writer (papaparse's unparse, with a BOM and formula-like cells as text).
export { neutraliseFormula } from '../import';
export { writeCsv, type CsvCell } from '../import';
import { writeCsv, type CsvCell } from '../import';

/** Rows as a downloadable CSV: byte-order mark, CRLF line ends, numbers as numbers. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return writeCsv(rows);
}
