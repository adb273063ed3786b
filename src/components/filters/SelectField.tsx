// A labelled GOV.UK select; native, so type-ahead and screen readers work without extra code.
import { useId } from 'react';

export interface Option {
  readonly value: string;
  readonly label: string;
}

export interface OptionGroup {
  readonly label: string;
  readonly options: readonly Option[];
}

export interface SelectFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly options: readonly (Option | OptionGroup)[];
  readonly onChange: (value: string) => void;
  /** A first option meaning "no filter", such as "All regions". */
  readonly emptyLabel?: string;
}

const isGroup = (option: Option | OptionGroup): option is OptionGroup => 'options' in option;

export function SelectField({ label, hint, value, options, onChange, emptyLabel }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="govuk-form-group app-filter">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <select
        id={id}
        className="govuk-select app-filter__select"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) =>
          isGroup(option) ? (
            <optgroup key={option.label} label={option.label}>
              {option.options.map((inner) => (
                <option key={inner.value} value={inner.value}>
                  {inner.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ),
        )}
      </select>
    </div>
  );
}
