// An accessible table of a figure's numbers: a caption, column headers and row headers, scrolling sideways when narrow.
import type { ReactNode } from 'react';

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** Numbers align right so they can be compared down the column. */
  readonly numeric?: boolean;
}

export interface DataTableProps<Row> {
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  /** The first column names the row. */
  readonly rowHeader?: boolean;
}

export function DataTable<Row>({ caption, columns, rows, rowKey, rowHeader = true }: DataTableProps<Row>) {
  return (
    // Focusable so keyboard users can scroll a wide table at high zoom.
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <th key={column.header} scope="col" className={`govuk-table__header${column.numeric ? ' govuk-table__header--numeric' : ''}`}>
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
                  <td key={column.header} className={`govuk-table__cell${column.numeric ? ' govuk-table__cell--numeric' : ''}`}>
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
