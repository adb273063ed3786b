// Choosing whom to compare with: DfE's statistical neighbours (May 2025, or April 2021 for earlier years) or a group of
// the user's own, as GOV.UK radios.
import { useId } from 'react';
import { NEIGHBOUR_SETS, type NeighbourSetId } from '../../domain';
import type { CompareGroup } from './compareGroup';

export interface GroupChooserProps {
  readonly group: CompareGroup;
  readonly authorityName: string;
  readonly onNeighbours: (setId: NeighbourSetId) => void;
  readonly onOwn: () => void;
}

const HINTS: Readonly<Record<NeighbourSetId, string>> = {
  sn2025: 'DfE’s current set, revised on 2021 Census data',
  sn2021: 'The previous set, for comparisons with earlier years',
};

export function GroupChooser({ group, authorityName, onNeighbours, onOwn }: GroupChooserProps) {
  const id = useId();
  const chosen = group.kind === 'neighbours' ? group.setId : 'own';
  const options = [
    ...NEIGHBOUR_SETS.map((set) => ({
      value: set.id,
      label: `DfE statistical neighbours, ${set.label}`,
      hint: HINTS[set.id],
      choose: () => onNeighbours(set.id),
    })),
    { value: 'own', label: 'Your own group', hint: 'Authorities you pick below, or a group you saved', choose: onOwn },
  ];
  return (
    <div className="govuk-form-group app-compare-group">
      <fieldset className="govuk-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">Compare {authorityName} with</h2>
        </legend>
        <div id={`${id}-hint`} className="govuk-hint">
          England and the region are always shown beside the group.
        </div>
        <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
          {options.map((option) => (
            <div key={option.value} className="govuk-radios__item">
              <input
                id={`${id}-${option.value}`}
                className="govuk-radios__input"
                type="radio"
                name={`${id}-group`}
                checked={chosen === option.value}
                aria-describedby={`${id}-${option.value}-hint`}
                onChange={option.choose}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={`${id}-${option.value}`}>
                {option.label}
              </label>
              <div id={`${id}-${option.value}-hint`} className="govuk-hint govuk-radios__hint">
                {option.hint}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
