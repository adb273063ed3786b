// "Your data": the provider lists the user kept, each with its date and file, removable with confirmation.
import { useState } from 'react';
import type { StoredProviderList } from '../../data/storedProviderList';
import { formatLong } from '../../domain';
import { ConfirmRemove } from './ConfirmRemove';

export interface ProviderListsHeldProps {
  readonly lists: readonly StoredProviderList[];
  readonly busy: boolean;
  readonly onRemove: (list: StoredProviderList) => void;
}

// The list's name is its file's (and sheet's) name, so the file is not said twice.
const HEADINGS = ['Provider list', 'As at', 'Provider rows', ''];

export function ProviderListsHeld({ lists, busy, onRemove }: ProviderListsHeldProps) {
  const [confirming, setConfirming] = useState<string | undefined>();
  if (lists.length === 0) return null;
  return (
    <>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Provider lists held in this browser">
        <table className="govuk-table app-held-table" role="table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Provider lists held in this browser
          </caption>
          <thead className="govuk-table__head" role="rowgroup">
            <tr className="govuk-table__row" role="row">
              {HEADINGS.map((heading, i) => (
                <th
                  key={i}
                  scope="col"
                  role="columnheader"
                  className={`govuk-table__header${heading === 'Provider rows' ? ' govuk-table__header--numeric' : ''}`}
                >
                  {heading || <span className="govuk-visually-hidden">Actions</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body" role="rowgroup">
            {lists.map((list) => (
              <tr key={list.id} className="govuk-table__row" role="row">
                <th scope="row" role="rowheader" className="govuk-table__header">
                  {list.name}
                </th>
                <td role="cell" className="govuk-table__cell" data-heading="As at">
                  {formatLong(list.asAt)}
                  {list.asAtFrom === 'latest-event' ? (
                    <span className="app-held-note"> (its latest inspection date)</span>
                  ) : null}
                </td>
                <td role="cell" className="govuk-table__cell govuk-table__cell--numeric" data-heading="Provider rows">
                  {list.records.length.toLocaleString('en-GB')}
                </td>
                <td role="cell" className="govuk-table__cell">
                  <ConfirmRemove
                    name={list.name}
                    confirming={confirming === list.id}
                    busy={busy}
                    onAsk={(asking) => setConfirming(asking ? list.id : undefined)}
                    onRemove={() => onRemove(list)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="govuk-body-s">
        Each provider list you keep is a list of its own in the Providers view, as at its own date, beside Ofsted’s list
        built into the app, which it never changes.
      </p>
    </>
  );
}
