// The matrix as CSV data, from its grid: one row per grid row, words in the cells, counts as numbers below.
import type { FigureTable } from '../../components/figureData/figureData';
import { cellWords, type Grid } from './matrixGrid';

const withSub = (heading: string, subheading: string | undefined) =>
  subheading ? `${heading} (${subheading})` : heading;

/** A note spanning several cells is written once, in its first cell; the cells it covers are empty. */
export function matrixTable(grid: Grid, caption: string): FigureTable {
  return {
    caption,
    headings: [grid.corner, ...grid.columns.map((column) => withSub(column.heading, column.subheading))],
    rows: [
      ...grid.rows.map((row) => [
        withSub(row.highlighted ? `${row.heading} (chosen)` : row.heading, row.subheading),
        ...row.cells.map((cell) => cellWords(cell)),
      ]),
      ...grid.countRows.map((countRow) => [`Count: ${countRow.label}`, ...countRow.counts]),
    ],
  };
}
