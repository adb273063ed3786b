// Which column became which field, each correctable with a select; the preview is read again on every change.
import { useId } from 'react';
import { columnsToChoose, type ColumnMapping as Mapping, type ColumnRole } from '../../import';
import { choiceValue, COLUMN_CHOICE_GROUPS, detectedChoices, NOT_USED, roleFromChoice } from './columnChoices';

export function ColumnMapping({
  columns,
  onChange,
}: {
  columns: readonly Mapping[];
  onChange: (index: number, role: ColumnRole) => void;
}) {
  const toChoose = new Set(columnsToChoose(columns).map((column) => column.index));
  // Several previews can be on the page at once: each one's ids are its own.
  const idPrefix = useId();
  const groups = withDetected(columns);
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Columns and what they were read as">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Columns and what they were read as</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Column in the file
            </th>
            <th scope="col" className="govuk-table__header">
              Read as
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {columns.map((column) => {
            const heading = column.heading || `Column ${column.index + 1} (no heading)`;
            // A column that could have been an area says so until another column is given that area.
            const why =
              column.role.kind !== 'ignored'
                ? undefined
                : column.role.couldBe && !toChoose.has(column.index)
                  ? 'Not used.'
                  : `Not used: ${column.role.reason}.`;
            const whyId = `${idPrefix}-column-${column.index}-why`;
            return (
              <tr key={column.index} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {heading}
                </th>
                <td className="govuk-table__cell">
                  <select
                    className="govuk-select app-column-select"
                    aria-label={`Read column “${heading}” as`}
                    {...(why ? { 'aria-describedby': whyId } : {})}
                    value={choiceValue(column.role)}
                    onChange={(event) => onChange(column.index, roleFromChoice(event.target.value, column.heading))}
                  >
                    <option value={NOT_USED}>Not used</option>
                    {groups.map((group) => (
                      <optgroup key={group.label} label={group.label}>
                        {group.choices.map((choice) => (
                          <option key={choice.value} value={choice.value}>
                            {choice.label}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                  {why ? (
                    <div id={whyId} className="govuk-hint app-column-why">
                      {why}
                    </div>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The usual choices, with the inspections found on each row first when the file has several. */
function withDetected(columns: readonly Mapping[]) {
  const detected = detectedChoices(columns.map((column) => column.role));
  return detected.length > 0
    ? [{ label: 'Inspections on each row (as found)', choices: detected }, ...COLUMN_CHOICE_GROUPS]
    : COLUMN_CHOICE_GROUPS;
}
