// CSV for people who open it in a spreadsheet: a BOM so Excel reads UTF-8, and no cell that runs as a formula.
import { neutraliseFormula } from '../import/formulaGuard';

export { neutraliseFormula };

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Numbers are written as they are: a number cannot be a formula, and "'-8" would reach the spreadsheet as text. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const lines = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : quote(neutraliseFormula(cell)))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
