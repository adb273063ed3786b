// The user says what a value the importer did not recognise means: a grade, not judged, or a problem. Each choice applies
// to every cell holding that value, and the file is read again at once.
import { useId } from 'react';
import { ALL_GRADES, gradeLabel, type GradeId } from '../../domain';
import type { UnrecognisedValue, ValueMeaning } from '../../import';
import type { ChosenMeaning } from './pendingImport';

const PROBLEM = 'problem';
const NOT_JUDGED = 'not-judged';

const meaningValue = (meaning: ValueMeaning | undefined): string =>
  meaning === undefined ? PROBLEM : meaning.kind === 'grade' ? `grade:${meaning.grade}` : meaning.kind;

function meaningOf(value: string): ValueMeaning {
  if (value === NOT_JUDGED) return { kind: 'not-judged' };
  const grade = value.startsWith('grade:') ? (value.slice('grade:'.length) as GradeId) : undefined;
  return grade && ALL_GRADES.includes(grade) ? { kind: 'grade', grade } : { kind: 'problem' };
}

/** Still unrecognised values, and those already given a meaning (so a choice can be changed back). */
interface Entry {
  readonly key: string;
  readonly value: string;
  readonly cells?: number;
  readonly meaning?: ValueMeaning;
}

export function ValueMeanings({
  unrecognised,
  chosen,
  onMeaning,
}: {
  readonly unrecognised: readonly UnrecognisedValue[];
  readonly chosen: ReadonlyMap<string, ChosenMeaning> | undefined;
  readonly onMeaning: (key: string, value: string, meaning: ValueMeaning) => void;
}) {
  const idPrefix = useId();
  const entries: Entry[] = [
    ...[...(chosen ?? [])].map(([key, { value, meaning }]) => ({ key, value, meaning, ...cellsOf(unrecognised, key) })),
    ...unrecognised.filter((entry) => !chosen?.has(entry.key)),
  ];
  if (entries.length === 0) return null;
  return (
    <div className="govuk-form-group app-value-meanings">
      <fieldset className="govuk-fieldset" aria-describedby={`${idPrefix}-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          <h3 className="govuk-fieldset__heading">Values in grade columns that are not grades</h3>
        </legend>
        <div id={`${idPrefix}-hint`} className="govuk-hint">
          Say what each value means. Your choice applies to every cell holding it, and the file is read again at once.
          Until you choose, the rows that hold it are left out as problems.
        </div>
        {entries.map((entry, i) => {
          const id = `${idPrefix}-meaning-${i}`;
          return (
            <div key={entry.key} className="govuk-form-group">
              <label className="govuk-label" htmlFor={id}>
                What does “{entry.value}” mean?
                {entry.cells !== undefined
                  ? ` (${entry.cells.toLocaleString('en-GB')} ${entry.cells === 1 ? 'cell' : 'cells'})`
                  : ''}
              </label>
              <select
                className="govuk-select"
                id={id}
                value={meaningValue(entry.meaning)}
                onChange={(event) => onMeaning(entry.key, entry.value, meaningOf(event.target.value))}
              >
                <option value={PROBLEM}>Not known: a problem (rows left out)</option>
                <option value={NOT_JUDGED}>Not judged (no grade)</option>
                {ALL_GRADES.map((grade) => (
                  <option key={grade} value={`grade:${grade}`}>
                    {grade === 'requires-improvement' ? 'Requires improvement (to be good)' : gradeLabel(grade)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

function cellsOf(unrecognised: readonly UnrecognisedValue[], key: string): { cells?: number } {
  const found = unrecognised.find((entry) => entry.key === key);
  return found ? { cells: found.cells } : {};
}
