// The visible switch between Ofsted's data with the user's, and the user's alone; remembered in this browser.
import { useId, useState } from 'react';
import { AppLink } from '../components/url/AppLink';
import { useSaveSettings } from '../data/useUserData';

export function DataSourceSwitch({
  defaultHidden,
  userFiles,
}: {
  defaultHidden: boolean;
  userFiles: { readonly datasets: number; readonly providerLists: number };
}) {
  const save = useSaveSettings();
  const name = useId();
  // Shown at once while the choice is saved, so the radio does not flick back to the old value.
  const [pending, setPending] = useState<boolean | undefined>();
  const shown = save.isPending && pending !== undefined ? pending : defaultHidden;
  const choices = [
    {
      hidden: false,
      label: userFiles.datasets + userFiles.providerLists > 0 ? 'Ofsted’s data and yours' : 'Ofsted’s data',
    },
    { hidden: true, label: 'Your data only' },
  ];
  return (
    <div className="govuk-form-group app-data-switch">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Data shown</legend>
        <div className="govuk-radios govuk-radios--small govuk-radios--inline">
          {choices.map((choice) => (
            <div key={String(choice.hidden)} className="govuk-radios__item">
              <input
                className="govuk-radios__input"
                id={`${name}-${choice.hidden}`}
                type="radio"
                name={name}
                checked={shown === choice.hidden}
                onChange={() => {
                  setPending(choice.hidden);
                  save.mutate({ defaultHidden: choice.hidden });
                }}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={`${name}-${choice.hidden}`}>
                {choice.label}
              </label>
            </div>
          ))}
        </div>
        {defaultHidden && userFiles.datasets === 0 ? (
          <p className="govuk-body-s">
            {userFiles.providerLists > 0
              ? 'You hold lists of providers (the Providers view shows them) but no inspections: '
              : 'You have not imported any data yet: '}
            <AppLink className="govuk-link" to={{ view: 'data' }}>
              bring in a file{userFiles.providerLists > 0 ? ' of inspections' : ''}
            </AppLink>{' '}
            or show Ofsted’s data again.
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}
