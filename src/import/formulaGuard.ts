// The one rule for CSV we write: a cell a spreadsheet would run as a formula is written as text.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes ' to a cell a spreadsheet would otherwise run as a formula (CSV injection). */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
