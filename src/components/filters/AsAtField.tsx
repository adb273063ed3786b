// "As at" date: a date field plus quick picks for each 31 March, the date Ofsted reports positions.
import { useId } from 'react';
import { formatIso, formatLong, parseIso, type PartialDate } from '../../domain';

export interface AsAtFieldProps {
  readonly value: PartialDate;
  /** Years offered as "31 March YYYY" quick picks, oldest first. */
  readonly marchYears: readonly number[];
  readonly onChange: (value: PartialDate) => void;
}

export function AsAtField({ value, marchYears, onChange }: AsAtFieldProps) {
  const id = useId();
  return (
    <div className="govuk-form-group app-filter">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        As at
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        Each authority’s latest inspection on or before this date
      </div>
      <input
        id={id}
        className="govuk-input govuk-input--width-10"
        type="date"
        aria-describedby={`${id}-hint`}
        value={value.precision === 'day' ? formatIso(value) : ''}
        onChange={(event) => {
          const date = parseIso(event.target.value);
          if (date && date.precision === 'day') onChange(date);
        }}
      />
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
