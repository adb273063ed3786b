// The authority view's filters: authority, inspection type, years and judgement area, each held in the address bar.
import { SelectField } from '../../components/filters/SelectField';
import { YearRangeField } from '../../components/filters/YearRangeField';
import type { Option, OptionGroup } from '../../components/filters/SelectField';
import type { ParamUpdate } from '../../components/url/urlParams';
import type { AuthorityParams } from './authorityParams';

export interface AuthorityFilterChoices {
  readonly authorities: readonly OptionGroup[];
  readonly types: readonly Option[];
  readonly areas: readonly Option[];
  readonly years: readonly number[];
}

export function AuthorityFilters({
  params,
  choices,
  onChange,
}: {
  params: AuthorityParams;
  choices: AuthorityFilterChoices;
  onChange: (update: ParamUpdate) => void;
}) {
  const filtered =
    params.type !== undefined || params.from !== undefined || params.to !== undefined || params.area !== undefined;
  return (
    <div className="app-filters authority-filters" role="group" aria-label="Filters">
      <SelectField
        label="Authority"
        hint="Type the first letters to jump to it"
        value={params.authority}
        options={choices.authorities}
        // A new authority has other inspections: the pair in the change table starts again from its default.
        onChange={(authority) => onChange({ authority, before: null, after: null })}
      />
      <SelectField
        label="Inspection type"
        value={params.type ?? ''}
        options={choices.types}
        emptyLabel="All types"
        onChange={(type) => onChange({ type })}
      />
      <YearRangeField
        years={choices.years}
        value={{
          ...(params.from !== undefined ? { from: params.from } : {}),
          ...(params.to !== undefined ? { to: params.to } : {}),
        }}
        onChange={(range) =>
          onChange({
            from: range.from === undefined ? null : String(range.from),
            to: range.to === undefined ? null : String(range.to),
          })
        }
      />
      <SelectField
        label="Judgement area"
        value={params.area ?? ''}
        options={choices.areas}
        emptyLabel="All areas"
        onChange={(area) => onChange({ area })}
      />
      {filtered ? (
        <div className="govuk-form-group app-filter">
          <button
            type="button"
            className="govuk-button govuk-button--secondary authority-filters__clear"
            onClick={() => onChange({ type: null, from: null, to: null, area: null })}
          >
            Clear filters
          </button>
        </div>
      ) : null}
    </div>
  );
}
