// A figure's tables for the clipboard, from its data: HTML (a real <table>, which Word and Excel paste as a table) and
// tab-separated text for anything else. Cells a spreadsheet would run as formulas are made text, as in the CSV.
// The formula guard straight from the importer: '../csv' would bring the CSV writer (papaparse) into the first load.
import { neutraliseFormula } from '../../import';
import type { CsvCell } from '../csv';
import type { FigureTable } from '../figureData/figureData';

const cellText = (cell: CsvCell): string =>
  cell === null ? '' : typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Each table with its caption and a header row; numbers right-aligned, as on the page (by attribute: a style attribute
 * would break our Content Security Policy where the browser reads the HTML back). */
export function tablesAsHtml(tables: readonly FigureTable[]): string {
  return tables
    .map((table) => {
      const numeric = table.headings.map((_, column) => table.rows.some((row) => typeof row[column] === 'number'));
      const align = (column: number) => (numeric[column] ? ' align="right"' : '');
      const head = table.headings.map(
        (heading, column) => `<th scope="col"${align(column)}>${escapeHtml(heading)}</th>`,
      );
      const body = table.rows.map(
        (row) =>
          `<tr>${table.headings.map((_, column) => `<td${align(column)}>${escapeHtml(cellText(row[column] ?? null))}</td>`).join('')}</tr>`,
      );
      return (
        `<table border="1" cellspacing="0" cellpadding="4"><caption>${escapeHtml(table.caption)}</caption>` +
        `<thead><tr>${head.join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`
      );
    })
    .join('<p></p>');
}

/** One line per row, cells split by tabs; several tables each start with their caption, a blank line between. */
export function tablesAsText(tables: readonly FigureTable[]): string {
  // A tab or line break inside a cell would split it: it becomes a space.
  const line = (cells: readonly string[]) => cells.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')).join('\t');
  const block = (table: FigureTable) => [
    line(table.headings),
    ...table.rows.map((row) => line(table.headings.map((_, column) => cellText(row[column] ?? null)))),
  ];
  if (tables.length === 1) return `${block(tables[0]!).join('\r\n')}\r\n`;
  return `${tables.map((table) => [line([table.caption]), ...block(table)].join('\r\n')).join('\r\n\r\n')}\r\n`;
}
