// Each inspection a file holds that is already held: the two records side by side, and the choice of which to show.
import { useId, type ReactNode } from 'react';
import { GradeTag } from '../../components/GradeTag';
import {
  FRAMEWORKS,
  formatLong,
  GRADE_SCALES,
  inspectionDateKnown,
  type Inspection,
  type Judgement,
} from '../../domain';
import type { Clash } from '../../import';
import type { DuplicateChoice } from '../../data/storedDataset';

/** More than this many clashes are counted, not each drawn: the choice applies to all of them. */
export const CLASHES_SHOWN = 20;

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** The judgement areas a record grades (an area "not judged" is not counted), or its total for one known by counts. */
export function gradedAreas(inspection: Inspection): number {
  if (inspection.summaryCounts)
    return Object.values(inspection.summaryCounts).reduce((sum, count) => sum + (count ?? 0), 0);
  return inspection.judgements.filter((judgement) => judgement.outcome.kind === 'graded').length;
}

/** The clashes where the file's record grades fewer areas than the held one: choosing it would hide grades. */
export const withFewerAreas = (clashes: readonly Clash[]) =>
  clashes.filter((clash) => gradedAreas(clash.incoming) < gradedAreas(clash.held));

function Outcome({ judgement, inspection }: { judgement: Judgement | undefined; inspection: Inspection }) {
  if (!judgement) return <span className="app-clash__absent">Not in this record</span>;
  if (judgement.outcome.kind === 'not-judged') return <span>Not judged</span>;
  return <GradeTag grade={judgement.outcome.grade} scale={GRADE_SCALES[FRAMEWORKS[inspection.framework].scale]} />;
}

const sourcesOf = (inspection: Inspection) => inspection.sources.map((source) => `${source.file}, row ${source.line}`);

function ClashTable({ clash, fileName }: { clash: Clash; fileName: string }) {
  const { held, incoming } = clash;
  const areas = [...held.judgements, ...incoming.judgements]
    .filter((judgement, index, all) => all.findIndex((other) => other.area.id === judgement.area.id) === index)
    .map((judgement) => judgement.area);
  const fewer = gradedAreas(incoming) < gradedAreas(held);
  const caption = `${held.authority.name}, ${held.type}, ${formatLong(held.date)}`;
  const row = (label: string, heldCell: ReactNode, incomingCell: ReactNode, key = label) => (
    <tr key={key} className="govuk-table__row" role="row">
      <th scope="row" className="govuk-table__header" role="rowheader">
        {label}
      </th>
      <td className="govuk-table__cell" role="cell">
        {heldCell}
      </td>
      <td className="govuk-table__cell" role="cell">
        {incomingCell}
      </td>
    </tr>
  );
  const dates = (inspection: Inspection) =>
    inspectionDateKnown(inspection) ? formatLong(inspection.date) : 'Not given (only the publication date)';
  return (
    <div
      className="app-table-scroll app-clash"
      tabIndex={0}
      role="region"
      aria-label={`Held record and ${fileName}’s record: ${caption}`}
    >
      <table className="govuk-table govuk-table--small-text-until-tablet" role="table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {caption}
          {fewer ? (
            <>
              {' '}
              <strong className="govuk-tag govuk-tag--yellow">Fewer areas in the file</strong>
            </>
          ) : null}
        </caption>
        <thead className="govuk-table__head" role="rowgroup">
          <tr className="govuk-table__row" role="row">
            <td className="govuk-table__header" role="cell" />
            <th scope="col" className="govuk-table__header" role="columnheader">
              Held record
            </th>
            <th scope="col" className="govuk-table__header" role="columnheader">
              This file’s record
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body" role="rowgroup">
          {row('Date', dates(held), dates(incoming))}
          {row(
            'Published',
            held.publicationDate ? formatLong(held.publicationDate) : 'Not given',
            incoming.publicationDate ? formatLong(incoming.publicationDate) : 'Not given',
          )}
          {row('Type', held.type, incoming.type)}
          {areas.map((area) =>
            row(
              area.label,
              <Outcome
                judgement={held.judgements.find((judgement) => judgement.area.id === area.id)}
                inspection={held}
              />,
              <Outcome
                judgement={incoming.judgements.find((judgement) => judgement.area.id === area.id)}
                inspection={incoming}
              />,
              area.id,
            ),
          )}
          {row('Areas graded', gradedAreas(held), gradedAreas(incoming))}
          {row(
            'Source',
            <ul className="govuk-list app-clash__sources">
              {sourcesOf(held).map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ul>,
            <ul className="govuk-list app-clash__sources">
              {sourcesOf(incoming).map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ul>,
          )}
        </tbody>
      </table>
    </div>
  );
}

export interface ClashChoiceProps {
  readonly clashes: readonly Clash[];
  /** The file the clashes are in, as the user knows it. */
  readonly fileName: string;
  readonly choice: DuplicateChoice;
  readonly onChoice: (choice: DuplicateChoice) => void;
  /** Inspections of the file that are not held: added whichever the choice. */
  readonly added?: number;
  readonly headingLevel?: 'h3' | 'h4';
}

/** The clashes side by side, then the choice: keeping what is held comes first and is the default. */
export function ClashChoice({
  clashes,
  fileName,
  choice,
  onChoice,
  added,
  headingLevel: Heading = 'h3',
}: ClashChoiceProps) {
  const id = useId();
  const fewer = withFewerAreas(clashes);
  const shown = clashes.slice(0, CLASHES_SHOWN);
  return (
    <div className="govuk-form-group app-clashes">
      <Heading className="govuk-heading-s">
        {plural(clashes.length, 'inspection in this file is', 'inspections in this file are')} already held
      </Heading>
      <p className="govuk-body">
        {clashes.length === 1 ? 'It is' : 'Each is'} the same authority and the same kind of inspection as a record
        already held, on dates that belong to one inspection. What is held is kept unless you choose otherwise: compare
        the two records first.
        {clashes.length > shown.length
          ? ` The first ${shown.length} are shown here; your choice applies to all ${clashes.length.toLocaleString('en-GB')}.`
          : ''}
      </p>
      {shown.map((clash, index) => (
        <ClashTable key={index} clash={clash} fileName={fileName} />
      ))}
      <fieldset className="govuk-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          {clashes.length === 1
            ? 'Which record should be shown for this inspection?'
            : `Which records should be shown for these ${plural(clashes.length, 'inspection')}?`}
        </legend>
        <div id={`${id}-hint`} className="govuk-hint">
          You can change this later under “Datasets held in this browser”.
        </div>
        <div className="govuk-radios govuk-radios--small">
          <div className="govuk-radios__item">
            <input
              className="govuk-radios__input"
              id={`${id}-skip`}
              type="radio"
              name={`${id}-choice`}
              checked={choice === 'skip'}
              onChange={() => onChoice('skip')}
              aria-describedby={`${id}-skip-hint`}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={`${id}-skip`}>
              Keep the held {clashes.length === 1 ? 'record' : 'records'} (recommended)
            </label>
            <div id={`${id}-skip-hint`} className="govuk-hint govuk-radios__hint">
              {clashes.length === 1
                ? 'This file’s record of it is'
                : `This file’s ${plural(clashes.length, 'record')} of them are`}{' '}
              kept with the file but not shown.
              {added === undefined
                ? ''
                : added === 0
                  ? ' The file adds no other inspection.'
                  : ` Its ${plural(added, 'other inspection')} ${added === 1 ? 'is' : 'are'} added.`}
            </div>
          </div>
          <div className="govuk-radios__item">
            <input
              className="govuk-radios__input"
              id={`${id}-replace`}
              type="radio"
              name={`${id}-choice`}
              checked={choice === 'replace'}
              onChange={() => onChoice('replace')}
              aria-describedby={`${id}-replace-hint`}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={`${id}-replace`}>
              Show this file’s {clashes.length === 1 ? 'record' : 'records'} instead
            </label>
            <div id={`${id}-replace-hint`} className="govuk-hint govuk-radios__hint">
              Every view shows this file’s record of {clashes.length === 1 ? 'this inspection' : 'these inspections'} in
              place of the held one, until you remove the file or choose again.
            </div>
          </div>
        </div>
      </fieldset>
      {choice === 'replace' && fewer.length > 0 ? (
        <div className="govuk-warning-text app-clashes__fewer">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {fewer.length === 1
              ? 'This file’s record grades'
              : `${plural(fewer.length, 'record')} in this file grade`}{' '}
            fewer judgement areas than the held {fewer.length === 1 ? 'one' : 'ones'} (
            {fewer
              .slice(0, 3)
              .map(
                (clash) =>
                  `${clash.held.authority.name}, ${formatLong(clash.held.date)}: ${gradedAreas(clash.incoming)} instead of ${gradedAreas(clash.held)}`,
              )
              .join('; ')}
            {fewer.length > 3 ? '; …' : ''}). Showing {fewer.length === 1 ? 'it' : 'them'} hides the held grades of the
            other areas.
          </strong>
        </div>
      ) : null}
    </div>
  );
}
