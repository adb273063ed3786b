// What the preview says about how the file was read that is not a problem: notes on cells, and every column not used, with why.
import type { ImportNote, UnusedColumn } from '../../import';

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

export function ReadingNotes({ notes }: { readonly notes: readonly ImportNote[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="govuk-inset-text app-reading-notes">
      <h3 className="govuk-heading-s">How some cells were read</h3>
      <ul className="govuk-list govuk-list--bullet">
        {notes.map((note, i) => (
          <li key={i}>
            {note.column ? <>Column “{note.column}”: </> : null}
            {note.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every column that holds data and was not used, always shown: nothing from the file is dropped without a word. */
export function UnusedColumns({ columns }: { readonly columns: readonly UnusedColumn[] }) {
  if (columns.length === 0) return null;
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Columns not used">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {plural(columns.length, 'column')} with data {columns.length === 1 ? 'was' : 'were'} not used
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Column
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Cells with data
            </th>
            <th scope="col" className="govuk-table__header">
              Why it was not used
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {columns.map((column) => (
            <tr key={column.index} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {column.heading || `Column ${column.index + 1} (no heading)`}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{column.cells.toLocaleString('en-GB')}</td>
              <td className="govuk-table__cell">
                {column.couldRead ? <strong className="govuk-tag govuk-tag--yellow app-tag-inline">Could be read</strong> : null}
                {upperFirst(column.reason)}.
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const upperFirst = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
