// What the preview says about how the file was read that is not a problem: notes on cells, and every column not used, with why.
import { useId } from 'react';
import { tableOfColumn, type ImportNote, type UnusedColumn } from '../../import';

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

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
  const headingId = useId();
  if (columns.length === 0) return null;
  // Two tables on one sheet have a column of the same name each: each is named with its table.
  const tableOf = tableOfColumn(columns.map((column) => column.headerLine));
  // A summary list rather than a table: on a phone each reason sits under its column, with nothing to scroll sideways.
  return (
    <section className="app-unused-columns" aria-labelledby={headingId}>
      <h3 id={headingId} className="govuk-heading-s">
        {plural(columns.length, 'column')} with data {columns.length === 1 ? 'was' : 'were'} not used
      </h3>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        {columns.map((column) => (
          <div key={`${column.headerLine}:${column.index}`} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">
              {column.heading || `Column ${column.index + 1} (no heading)`}
              {tableOf(column.headerLine) ? (
                <span className="app-unused-columns__table"> ({tableOf(column.headerLine)})</span>
              ) : null}
            </dt>
            <dd className="govuk-summary-list__value">
              {column.couldRead ? (
                <strong className="govuk-tag govuk-tag--yellow app-tag-inline">Could be read</strong>
              ) : null}
              {upperFirst(column.reason)}. {plural(column.cells, 'cell')} with data.
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const upperFirst = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
