// An accessible table of a figure's numbers: a caption, column headers and row headers, scrolling sideways when narrow; its data goes to the figure's CSV.
import { useMemo, type ReactNode } from 'react';
import type { CsvCell } from './csv';
import { headingWithUnit, useFigureTable, type FigureTable } from './figureData/figureData';
import { plainText } from './figureData/plainText';

/** One column of the CSV, from the view model: a number as a number, with its unit in the heading. */
export interface CsvColumn<Row> {
  readonly heading: string;
  readonly unit?: string;
  readonly value: (row: Row) => CsvCell | undefined;
}

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** Numbers align right so they can be compared down the column. */
  readonly numeric?: boolean;
  /**
   * What the CSV holds for this column, one or more columns (a count and its share side by side). Without it the CSV
   * holds the cell's words; a dash in a numeric column (nothing to count) is an empty cell.
   */
  readonly csv?: readonly CsvColumn<Row>[];
}

export interface DataTableProps<Row> {
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  /** The first column names the row. */
  readonly rowHeader?: boolean;
}

const DASH = '–';

/** The table as the CSV writes it, built from the rows and columns given, not from the page. */
export function tableData<Row>(caption: string, columns: readonly Column<Row>[], rows: readonly Row[]): FigureTable {
  const parts = columns.flatMap(
    (column): readonly CsvColumn<Row>[] =>
      column.csv ?? [
        {
          heading: column.header,
          value: (row) => {
            const cell = column.cell(row);
            if (typeof cell === 'number') return cell;
            const text = plainText(cell);
            return column.numeric && text === DASH ? null : text;
          },
        },
      ],
  );
  return {
    caption,
    headings: parts.map((part) => headingWithUnit(part.heading, part.unit)),
    rows: rows.map((row) => parts.map((part) => part.value(row) ?? null)),
  };
}

export function DataTable<Row>({ caption, columns, rows, rowKey, rowHeader = true }: DataTableProps<Row>) {
  useFigureTable(useMemo(() => tableData(caption, columns, rows), [caption, columns, rows]));
  return (
    // Focusable so keyboard users can scroll a wide table at high zoom.
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={`govuk-table__header${column.numeric ? ' govuk-table__header--numeric' : ''}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="govuk-table__row">
              {columns.map((column, i) =>
                i === 0 && rowHeader ? (
                  <th key={column.header} scope="row" className="govuk-table__header">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td
                    key={column.header}
                    className={`govuk-table__cell${column.numeric ? ' govuk-table__cell--numeric' : ''}`}
                  >
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
