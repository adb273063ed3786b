// "Your data": each kept dataset with when it came and what it holds, removable with confirmation; the default data hidden or restored.
import { useState } from 'react';
import type { StoredDataset } from '../../data/storedDataset';

export interface YourDataProps {
  readonly datasets: readonly StoredDataset[];
  readonly defaultHidden: boolean;
  readonly defaultInspections: number;
  readonly busy: boolean;
  readonly onRemove: (dataset: StoredDataset) => void;
  readonly onToggleDefault: () => void;
}

export function YourData({ datasets, defaultHidden, defaultInspections, busy, onRemove, onToggleDefault }: YourDataProps) {
  const [confirming, setConfirming] = useState<string | undefined>();
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Datasets held in this browser">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Datasets held in this browser</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {['Dataset', 'Source file', 'Imported', 'Inspections', ''].map((heading, i) => (
              <th key={i} scope="col" className={`govuk-table__header${heading === 'Inspections' ? ' govuk-table__header--numeric' : ''}`}>
                {heading || <span className="govuk-visually-hidden">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              Ofsted’s outcomes to 31 March 2025 and Walsall’s history {defaultHidden ? <strong className="govuk-tag govuk-tag--grey">Hidden</strong> : null}
            </th>
            <td className="govuk-table__cell">Built in</td>
            <td className="govuk-table__cell">–</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{defaultInspections}</td>
            <td className="govuk-table__cell">
              <button type="button" className="govuk-button govuk-button--secondary app-inline-button" disabled={busy} onClick={onToggleDefault}>
                {defaultHidden ? 'Show the built-in data' : 'Hide the built-in data'}
              </button>
            </td>
          </tr>
          {datasets.map((dataset) => (
            <tr key={dataset.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {dataset.name}
              </th>
              <td className="govuk-table__cell">{dataset.sourceFile}</td>
              <td className="govuk-table__cell">{new Date(dataset.importedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{dataset.inspections.length}</td>
              <td className="govuk-table__cell">
                {confirming === dataset.id ? (
                  <div role="group" aria-label={`Confirm removing ${dataset.name}`}>
                    <p className="govuk-body-s">Remove “{dataset.name}” from this browser? This cannot be undone.</p>
                    <div className="govuk-button-group">
                      <button
                        type="button"
                        className="govuk-button govuk-button--warning app-inline-button"
                        disabled={busy}
                        onClick={() => {
                          setConfirming(undefined);
                          onRemove(dataset);
                        }}
                      >
                        Yes, remove it
                      </button>
                      <button type="button" className="govuk-button govuk-button--secondary app-inline-button" onClick={() => setConfirming(undefined)}>
                        Keep it
                      </button>
                    </div>
                  </div>
                ) : (
                  <button type="button" className="govuk-button govuk-button--secondary app-inline-button" disabled={busy} onClick={() => setConfirming(dataset.id)}>
                    Remove<span className="govuk-visually-hidden"> {dataset.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
