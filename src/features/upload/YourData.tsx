// "Your data": each kept dataset with when it came and what it holds, removable with confirmation; the default data hidden or restored.
import { useState } from 'react';
import type { DuplicateChoice, StoredDataset } from '../../data/storedDataset';
import type { Clash } from '../../import';
import { defaultDataName } from '../../domain';
import { ClashChoice } from './ClashChoice';
import { ConfirmRemove } from './ConfirmRemove';

/** How a held dataset stands against what was held before it, in the views as they are now. */
export interface DatasetStanding {
  /** Its inspections the views show (added, or shown instead of a held record). */
  readonly kept: number;
  /** Its records of inspections already held, not shown. */
  readonly setAside: number;
  readonly clashes: readonly Clash[];
}

export interface YourDataProps {
  readonly datasets: readonly StoredDataset[];
  readonly defaultHidden: boolean;
  readonly defaultInspections: number;
  readonly busy: boolean;
  /** Undefined while what is held is still being combined. */
  readonly standing: ReadonlyMap<string, DatasetStanding> | undefined;
  readonly onRemove: (dataset: StoredDataset) => void;
  readonly onChoose: (dataset: StoredDataset, choice: DuplicateChoice) => void;
  readonly onToggleDefault: () => void;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

function InUse({ dataset, standing }: { dataset: StoredDataset; standing: DatasetStanding | undefined }) {
  if (!standing) return <>{dataset.inspections.length.toLocaleString('en-GB')}</>;
  const replaced = dataset.onDuplicate === 'replace' ? standing.clashes.length : 0;
  return (
    <>
      {standing.kept.toLocaleString('en-GB')}
      {standing.setAside > 0 ? (
        <span className="app-held-note"> ({standing.setAside.toLocaleString('en-GB')} already held, not shown)</span>
      ) : null}
      {replaced > 0 ? (
        <span className="app-held-note"> ({replaced.toLocaleString('en-GB')} shown instead of held records)</span>
      ) : null}
    </>
  );
}

export function YourData(props: YourDataProps) {
  return (
    <>
      <HeldTable {...props} />
      {props.datasets.map((dataset) => {
        const standing = props.standing?.get(dataset.id);
        return standing && (standing.clashes.length > 0 || dataset.upgradedFromReplace) ? (
          <HeldClashes
            key={dataset.id}
            dataset={dataset}
            standing={standing}
            busy={props.busy}
            onChoose={props.onChoose}
            defaultHidden={props.defaultHidden}
          />
        ) : null;
      })}
    </>
  );
}

function HeldClashes({
  dataset,
  standing,
  busy,
  defaultHidden,
  onChoose,
}: {
  dataset: StoredDataset;
  standing: DatasetStanding;
  busy: boolean;
  defaultHidden: boolean;
  onChoose: YourDataProps['onChoose'];
}) {
  const [choice, setChoice] = useState<DuplicateChoice>(dataset.onDuplicate);
  const headingId = `held-clashes-${dataset.id}`;
  return (
    <section className="app-held-clashes" aria-labelledby={headingId}>
      <h3 id={headingId} className="govuk-heading-s">
        “{dataset.name}”: inspections already held
      </h3>
      {dataset.upgradedFromReplace ? (
        <div className="govuk-inset-text">
          This file was saved by an earlier version of Scrutiny Lens, in which a file’s record replaced the one already
          held unless you chose otherwise. The held records are shown again.{' '}
          {standing.clashes.length > 0
            ? 'Compare the records below and choose which to show.'
            : defaultHidden
              ? 'The built-in data is hidden, so nothing clashes with it now.'
              : 'None of its inspections is held elsewhere now.'}
        </div>
      ) : null}
      {standing.clashes.length > 0 ? (
        <details className="govuk-details" open={dataset.upgradedFromReplace}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Compare its {plural(standing.clashes.length, 'record')} of inspections already held, and choose which to
              show
            </span>
          </summary>
          <div className="govuk-details__text">
            <ClashChoice
              clashes={standing.clashes}
              fileName={dataset.name}
              choice={choice}
              onChoice={setChoice}
              headingLevel="h4"
            />
            <button
              type="button"
              className="govuk-button"
              disabled={busy || (choice === dataset.onDuplicate && !dataset.upgradedFromReplace)}
              onClick={() => onChoose(dataset, choice)}
            >
              Save this choice<span className="govuk-visually-hidden"> for {dataset.name}</span>
            </button>
          </div>
        </details>
      ) : null}
    </section>
  );
}

function HeldTable({
  datasets,
  defaultHidden,
  defaultInspections,
  busy,
  standing,
  onRemove,
  onToggleDefault,
}: YourDataProps) {
  const [confirming, setConfirming] = useState<string | undefined>();
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Datasets held in this browser">
      {/* Roles written out: on a phone the rows are laid out as blocks (upload.css), which can cost a table its roles. */}
      <table className="govuk-table app-held-table" role="table">
        <caption className="govuk-table__caption govuk-table__caption--m">Datasets held in this browser</caption>
        <thead className="govuk-table__head" role="rowgroup">
          <tr className="govuk-table__row" role="row">
            {['Dataset', 'Source file', 'Imported', 'Inspections in use', ''].map((heading, i) => (
              <th
                key={i}
                scope="col"
                role="columnheader"
                className={`govuk-table__header${heading === 'Inspections in use' ? ' govuk-table__header--numeric' : ''}`}
              >
                {heading || <span className="govuk-visually-hidden">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body" role="rowgroup">
          <tr className="govuk-table__row" role="row">
            <th scope="row" role="rowheader" className="govuk-table__header">
              {defaultDataName()} {defaultHidden ? <strong className="govuk-tag govuk-tag--grey">Hidden</strong> : null}
            </th>
            <td role="cell" className="govuk-table__cell" data-heading="Source file">
              Built in
            </td>
            <td role="cell" className="govuk-table__cell" data-heading="Imported">
              –
            </td>
            <td role="cell" className="govuk-table__cell govuk-table__cell--numeric" data-heading="Inspections in use">
              {defaultInspections}
            </td>
            <td role="cell" className="govuk-table__cell">
              <button
                type="button"
                className="govuk-button govuk-button--secondary app-inline-button"
                disabled={busy}
                onClick={onToggleDefault}
              >
                {defaultHidden ? 'Show the built-in data' : 'Hide the built-in data'}
              </button>
            </td>
          </tr>
          {datasets.map((dataset) => (
            <tr key={dataset.id} className="govuk-table__row" role="row">
              <th scope="row" role="rowheader" className="govuk-table__header">
                {dataset.name}
                {dataset.upgradedFromReplace ? (
                  <>
                    {' '}
                    <strong className="govuk-tag govuk-tag--yellow">Choose again</strong>
                  </>
                ) : null}
              </th>
              <td role="cell" className="govuk-table__cell" data-heading="Source file">
                {dataset.sourceFile}
              </td>
              <td role="cell" className="govuk-table__cell" data-heading="Imported">
                {new Date(dataset.importedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
              </td>
              <td
                role="cell"
                className="govuk-table__cell govuk-table__cell--numeric"
                data-heading="Inspections in use"
              >
                <InUse dataset={dataset} standing={standing?.get(dataset.id)} />
              </td>
              <td role="cell" className="govuk-table__cell">
                <ConfirmRemove
                  name={dataset.name}
                  confirming={confirming === dataset.id}
                  busy={busy}
                  onAsk={(asking) => setConfirming(asking ? dataset.id : undefined)}
                  onRemove={() => onRemove(dataset)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
