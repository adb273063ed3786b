// A figure's table (as the Table tab shows it) to CSV rows: whole numbers stay numbers, everything else is text the formula guard checks.
import { toCsv } from '../csv';

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** "12" and "-3" go out as numbers, so a change of -3 reaches the spreadsheet as -3 rather than '-3; "36%" and "–" stay text. */
export function cellValue(text: string): string | number {
  // Text goes out as it is: trimming would turn a guarded "\t=1" into a bare formula's neighbour and change the user's words.
  const trimmed = text.trim();
  return PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : text;
}

export function tableToCsv(rows: readonly (readonly string[])[]): string {
  return toCsv(rows.map((row) => row.map(cellValue)));
}
