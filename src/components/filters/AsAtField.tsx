// "As at" date: GOV.UK's date input (day, month and year boxes, so no browser shows a US date) plus quick picks for each 31 March, the date Ofsted reports positions.
import { useId, useState } from 'react';
import { daysInMonth, formatIso, formatLong, type PartialDate } from '../../domain';

export interface AsAtFieldProps {
  readonly value: PartialDate;
  /** Years offered as "31 March YYYY" quick picks, oldest first. */
  readonly marchYears: readonly number[];
  readonly onChange: (value: PartialDate) => void;
}

interface Draft {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

const draftOf = (value: PartialDate): Draft =>
  value.precision === 'day'
    ? { day: String(value.day), month: String(value.month), year: String(value.year) }
    : { day: '', month: '', year: '' };

/** The date the three boxes make, or why they make none (undefined while a box is still empty). */
function dateOf(draft: Draft): { date?: PartialDate; problem?: string } {
  if (draft.day.trim() === '' || draft.month.trim() === '' || draft.year.trim() === '') return {};
  const [day, month, year] = [draft.day, draft.month, draft.year].map((part) =>
    /^\d+$/.test(part.trim()) ? Number(part.trim()) : NaN,
  ) as [number, number, number];
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return { problem: 'Year must be 4 numbers, like 2025' };
  if (!Number.isInteger(month) || month < 1 || month > 12) return { problem: 'Month must be a number from 1 to 12' };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month))
    return { problem: `Day must be a real day of that month, from 1 to ${daysInMonth(year, month)}` };
  return { date: { precision: 'day', year, month, day } };
}

export function AsAtField({ value, marchYears, onChange }: AsAtFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(value));
  // A new date from outside (a quick pick, Back) replaces what is typed; React's documented way to reset state from a prop.
  const [shown, setShown] = useState(formatIso(value));
  if (shown !== formatIso(value)) {
    setShown(formatIso(value));
    setDraft(draftOf(value));
  }
  const { problem } = dateOf(draft);
  // Applied when focus leaves a box or on Enter, not at each keystroke: typing 31 would otherwise show the 3rd on the way.
  const commit = () => {
    const { date } = dateOf(draft);
    if (date && formatIso(date) !== formatIso(value)) onChange(date);
  };
  const box = (part: keyof Draft, label: string, width: 2 | 4) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
          {label}
        </label>
        <input
          id={`${id}-${part}`}
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${problem ? ' govuk-input--error' : ''}`}
          type="text"
          inputMode="numeric"
          value={draft[part]}
          onChange={(event) => setDraft({ ...draft, [part]: event.target.value })}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      </div>
    </div>
  );
  return (
    <div className={`govuk-form-group app-filter${problem ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">As at</legend>
        <div id={`${id}-hint`} className="govuk-hint">
          Each authority’s latest inspection on or before this date. For example, 31 3 2025
        </div>
        {problem ? (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {problem}
          </p>
        ) : null}
        <div className="govuk-date-input">
          {box('day', 'Day', 2)}
          {box('month', 'Month', 2)}
          {box('year', 'Year', 4)}
        </div>
      </fieldset>
      <ul className="govuk-list app-quick-picks" aria-label="Quick picks">
        {marchYears.map((year) => {
          const march: PartialDate = { precision: 'day', year, month: 3, day: 31 };
          const selected = formatIso(march) === formatIso(value);
          return (
            <li key={year}>
              <button
                type="button"
                className={`govuk-button govuk-button--secondary app-quick-pick${selected ? ' app-quick-pick--selected' : ''}`}
                aria-pressed={selected}
                onClick={() => onChange(march)}
              >
                {formatLong(march)}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
