// Which rows below the header hold data, and a problem for each row set aside: one rule for every way of reading a file.
import type { ImportProblem } from './problem';
import { classifyRow } from './rowValues';
import { cellOf, columnFor, type DataRow, type Table } from './table';

const SKIP_MESSAGES = {
  total: 'This looks like a total row; it was skipped so its figures are not counted twice.',
  'not-inspected':
    'This row says the authority has not been inspected yet and gives no date; it was skipped because there is no inspection to record.',
  note: 'This row has text in one cell only, like a footnote; it was skipped.',
} as const;

/** What happened to one row: read as data, set aside (and reported), or blank. */
export type RowFate = 'data' | 'skipped' | 'blank';

/**
 * Classifies a row and, when it is set aside, reports why. Skipped rows are reported against the authority column,
 * where a reader looks for "Total".
 */
export function sortRow(row: DataRow, table: Table, problems: ImportProblem[]): RowFate {
  const kind = classifyRow(row, table);
  if (kind === 'data') return 'data';
  if (kind === 'blank') return 'blank';
  const nameColumn = columnFor(table, 'authorityName');
  const column = (nameColumn ?? table.columns[0])?.heading ?? '';
  const value = cellOf(row, nameColumn) || (row.cells.find((cell) => cell.trim() !== '')?.trim() ?? '');
  problems.push({ line: row.line, column, value, message: SKIP_MESSAGES[kind], severity: 'warning' });
  return 'skipped';
}

/** The problem for a table whose header has nothing under it. */
export function noRowsProblem(table: Table): ImportProblem {
  return {
    line: table.headerLine,
    column: '',
    value: '',
    message: 'The file has headings but no rows of data below them. Check you saved the whole table.',
    severity: 'error',
  };
}
