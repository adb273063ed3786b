// The matrix's controls: which way round the grid is, then the filters that layout uses. Each change is a history entry.
import { useId } from 'react';
import { quickPickYears } from '../../analytics';
import { AsAtField } from '../../components/filters/AsAtField';
import { areaOptions, authorityOptions, inspectionYears, regionOptions } from '../../components/filters/options';
import { SelectField, type Option } from '../../components/filters/SelectField';
import { YearRangeField } from '../../components/filters/YearRangeField';
import type { ParamUpdate } from '../../components/url/urlParams';
import { formatIso, type Dataset } from '../../domain';
import { ALL_REGIONS, judgedInspectionTypes, type MatrixRows, type MatrixState } from './matrixParams';

const LAYOUTS: ReadonlyArray<{ value: MatrixRows; label: string; hint: string }> = [
  { value: 'areas', label: 'Judgement areas', hint: 'One authority’s inspections, oldest to newest' },
  { value: 'authorities', label: 'Authorities', hint: 'Every authority’s latest grades at a date' },
];

export interface MatrixFiltersProps {
  readonly dataset: Dataset;
  readonly state: MatrixState;
  readonly onChange: (update: ParamUpdate) => void;
}

function LayoutChoice({ value, onChange }: { value: MatrixRows; onChange: (rows: MatrixRows) => void }) {
  const name = useId();
  return (
    <div className="govuk-form-group app-filter app-matrix-layout">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Rows show</legend>
        <div className="govuk-radios govuk-radios--small">
          {LAYOUTS.map((layout) => (
            <div key={layout.value} className="govuk-radios__item">
              <input
                className="govuk-radios__input"
                id={`${name}-${layout.value}`}
                name={name}
                type="radio"
                value={layout.value}
                checked={value === layout.value}
                aria-describedby={`${name}-${layout.value}-hint`}
                onChange={() => onChange(layout.value)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={`${name}-${layout.value}`}>
                {layout.label}
              </label>
              <div id={`${name}-${layout.value}-hint`} className="govuk-hint govuk-radios__hint">
                {layout.hint}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function MatrixFilters({ dataset, state, onChange }: MatrixFiltersProps) {
  const authorityName = dataset.authorities.get(state.authority)?.name ?? 'the authority';
  const types: Option[] = judgedInspectionTypes(dataset).map((type) => ({ value: type, label: type }));
  const regions: Option[] = [{ value: ALL_REGIONS, label: 'All regions (England)' }, ...regionOptions(dataset)];
  return (
    <div className="app-filters app-matrix-filters" role="group" aria-label="Matrix filters">
      <LayoutChoice value={state.rows} onChange={(rows) => onChange({ rows: rows === 'areas' ? null : rows })} />
      <SelectField
        label="Local authority"
        hint={state.rows === 'authorities' ? 'Its row is marked; its region is the default' : undefined}
        value={state.authority}
        options={authorityOptions(dataset)}
        onChange={(authority) => onChange({ authority })}
      />
      {state.rows === 'areas' ? (
        <>
          <SelectField
            label="Inspection type"
            value={state.type ?? ''}
            options={types}
            emptyLabel="All types"
            onChange={(type) => onChange({ type })}
          />
          <YearRangeField
            years={inspectionYears(dataset)}
            value={state.years}
            onChange={({ from, to }) =>
              onChange({ from: from === undefined ? null : String(from), to: to === undefined ? null : String(to) })
            }
          />
          <SelectField
            label="Judgement area"
            value={state.area ?? ''}
            options={areaOptions(dataset)}
            emptyLabel="All areas"
            onChange={(area) => onChange({ area })}
          />
        </>
      ) : (
        <>
          <SelectField
            label="Region"
            hint={state.regionFromAuthority ? `${authorityName}’s region unless you choose` : undefined}
            value={state.region ?? ALL_REGIONS}
            options={regions}
            onChange={(region) => onChange({ region })}
          />
          <SelectField
            label="Judgement area"
            hint="Marks its column and sets the grade to sort by"
            value={state.area ?? ''}
            options={areaOptions(dataset)}
            emptyLabel="Overall effectiveness (not marked)"
            onChange={(area) => onChange({ area })}
          />
          <SelectField
            label="Sort by"
            value={state.sort}
            options={[
              { value: 'grade', label: 'Grade, best first' },
              { value: 'name', label: 'Name, A to Z' },
            ]}
            onChange={(sort) => onChange({ sort: sort === 'grade' ? null : sort })}
          />
          {state.asAt ? (
            <AsAtField
              value={state.asAt}
              marchYears={quickPickYears(dataset)}
              onChange={(asAt) => onChange({ asAt: formatIso(asAt) })}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
