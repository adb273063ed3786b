// The preview of one file before anything is kept: what was found, how it was read, what is wrong, and the choice to import.
import { useId, useState, type ReactNode } from 'react';
import {
  columnsToChoose,
  FORMAT_NAMES,
  hasNoProblems,
  type Clash,
  type ColumnRole,
  type ImportResult,
  type ValueMeaning,
} from '../../import';
import type { DuplicateChoice, StoredDataset } from '../../data/storedDataset';
import { ClashChoice } from './ClashChoice';
import { ColumnMapping } from './ColumnMapping';
import { HeaderRowChoice } from './HeaderRowChoice';
import { describeRole } from './columnChoices';
import { readableSheets, type PendingImport } from './pendingImport';
import { ProblemTable } from './ProblemTable';
import { ReadingNotes, UnusedColumns } from './ReadingNotes';
import { ValueMeanings } from './ValueMeanings';
import { UnknownAuthorities } from './UnknownAuthorities';
import { ErrorSummary } from '../../components/ErrorSummary';

export interface ImportPreviewProps {
  readonly pending: PendingImport;
  readonly result: ImportResult;
  /** The file's inspections that are already held, beside the held records; undefined while still being looked for. */
  readonly clashes: readonly Clash[] | undefined;
  /** A dataset or provider list already kept from the same file. */
  readonly sameFile: Pick<StoredDataset, 'name' | 'importedAt'> | undefined;
  /** For a provider list: the date it will be kept as at, and whether its file's name gave it. */
  readonly providerListAsAt?: { readonly date: string; readonly fromName: boolean };
  readonly saving: boolean;
  readonly saveError: string | undefined;
  readonly onSheet: (index: number) => void;
  readonly onRemap: (index: number, role: ColumnRole) => void;
  readonly onHeaderRow: (line: number) => void;
  /** The user says what an unrecognised value means, for every cell holding it. */
  readonly onMeaning: (key: string, value: string, meaning: ValueMeaning) => void;
  readonly onKeepUnknownAuthorities: (keep: boolean) => void;
  readonly onDuplicateChoice: (choice: DuplicateChoice) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

const importWhat = (inspections: number, measures: number) =>
  [inspections > 0 ? plural(inspections, 'inspection') : '', measures > 0 ? plural(measures, 'measure') : '']
    .filter(Boolean)
    .join(' and ');

/** What importing will keep in use, after the user's choice about inspections already held. */
export function keptCount(inspections: number, clashes: readonly Clash[], choice: DuplicateChoice): number {
  return choice === 'replace' ? inspections : inspections - clashes.length;
}

function importLabel(
  inspections: number,
  measures: number,
  clashes: readonly Clash[] | undefined,
  choice: DuplicateChoice,
): string {
  // No count until it is known how many are already held.
  if (clashes === undefined) return 'Import';
  const kept = keptCount(inspections, clashes, choice);
  if (kept === 0 && measures === 0) return 'Import the file (it adds no inspections)';
  return `Import ${importWhat(kept, measures)}`;
}

export function ImportPreview(props: ImportPreviewProps) {
  const { pending, result, clashes, sameFile, saving, saveError } = props;
  const headingId = useId();
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const providerList = result.ok && props.providerListAsAt !== undefined;
  const canImport =
    result.ok &&
    (result.inspections.length > 0 || result.measures.length > 0 || props.providerListAsAt !== undefined) &&
    !sameFile;
  // Importing before the check ends would skip the choice about repeats (a provider list holds no inspections to check).
  const checking = canImport && !providerList && clashes === undefined;
  const toChoose = columnsToChoose(result.columns ?? []);
  // Opened by a problem or by the user, the column list stays open while they map: a change that settles the problem
  // must not close it under them.
  const mappingNeeded = !result.ok || toChoose.length > 0;
  const [mappingOpen, setMappingOpen] = useState(mappingNeeded);
  if (mappingNeeded && !mappingOpen) setMappingOpen(true);
  return (
    <section className="app-preview" aria-labelledby={headingId}>
      <h2 id={headingId} className="govuk-heading-m">
        Preview: {pending.fileName}
      </h2>
      {pending.read.kind === 'spreadsheet' && pending.read.sheets.length > 1 ? <SheetChoice {...props} /> : null}
      {saveError ? (
        <ErrorSummary title="Nothing was saved" headingLevel={3}>
          <p className="govuk-body">{saveError} The data you already held has not changed.</p>
        </ErrorSummary>
      ) : null}
      {!result.ok ? (
        <ErrorSummary title="This file cannot be imported as it is" headingLevel={3}>
          <ul className="govuk-list govuk-error-summary__list">
            {result.problems.map((problem, i) => (
              <li key={i}>{problem.message}</li>
            ))}
          </ul>
        </ErrorSummary>
      ) : (
        <dl className="govuk-summary-list">
          <Row label="Format found">{FORMAT_NAMES[result.format]}</Row>
          <Row label="Header row">Row {result.headerLine}</Row>
          <Row label="Rows read">{result.rowsRead.toLocaleString('en-GB')}</Row>
          <Row label="Rows that will be imported">{result.rowsImported.toLocaleString('en-GB')}</Row>
          <Row label="Rows left out">
            {plural(result.rowsRejected, 'row')} with an error, {plural(result.rowsSkipped, 'row')} skipped (blank,
            totals, notes)
          </Row>
          <Row label="Records">
            {plural(result.inspections.length, 'inspection')}
            {result.measures.length > 0 ? `, ${plural(result.measures.length, 'measure')}` : ''}
            {result.providers ? `, ${plural(result.providers.length, 'provider row')}` : ''}
          </Row>
        </dl>
      )}
      {result.ok && result.providers ? (
        <div className="govuk-inset-text">
          <p className="govuk-body">
            This is a list of social care providers (children’s homes and others).{' '}
            {props.providerListAsAt
              ? `Kept, it is a list of its own in the Providers view, as at ${props.providerListAsAt.date} (${props.providerListAsAt.fromName ? 'the date its file’s name gives' : 'the latest inspection date in it, as its file’s name gives no date'}), its source named as your file.`
              : 'It holds no provider with an inspection date, so it cannot be kept.'}
          </p>
          <p className="govuk-body">
            Ofsted’s list built into the app is never changed by it. The same provider in both lists is matched by its
            URN, and each list gives the providers’ latest grades on its own date.
          </p>
        </div>
      ) : null}
      {result.ok && result.headerUncertain ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            We were not sure which row holds the column headings, and took row {result.headerLine}. Check the rows below
            are read as you expect, or choose another row.
          </strong>
        </div>
      ) : null}
      {!result.ok || result.headerUncertain ? (
        <HeaderRowChoice result={result} onHeaderRow={props.onHeaderRow} />
      ) : null}
      {toChoose.length > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {toChoose.length} columns ({toChoose.map((column) => `“${column.heading}”`).join(', ')}) could each be the
            same judgement area, so none of them was read. Choose which is which under “Columns and what they were read
            as”.
          </strong>
        </div>
      ) : null}
      {result.columns ? (
        <details
          className="govuk-details"
          open={mappingOpen}
          onToggle={(event) => setMappingOpen(event.currentTarget.open)}
        >
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Columns and what they were read as (
              {result.columns.filter((column) => column.role.kind !== 'ignored').length} used)
            </span>
          </summary>
          <div className="govuk-details__text">
            {result.ok && !result.headerUncertain ? (
              <HeaderRowChoice result={result} onHeaderRow={props.onHeaderRow} />
            ) : null}
            <p className="govuk-body">
              If a column was read wrongly, choose what it holds: the preview is read again at once.
            </p>
            <ColumnMapping columns={result.columns} onChange={props.onRemap} />
          </div>
        </details>
      ) : null}
      {result.ok ? <UnusedColumns columns={result.unusedColumns} /> : null}
      {result.ok ? <ReadingNotes notes={result.notes} /> : null}
      {result.ok ? (
        <ValueMeanings
          unrecognised={result.unrecognisedValues}
          chosen={pending.valueMeanings}
          onMeaning={props.onMeaning}
        />
      ) : null}
      {result.ok && result.sampleRows.length > 0 ? <SampleRows result={result} /> : null}
      <UnknownAuthorities
        idPrefix={pending.key}
        result={result}
        keep={pending.keepUnknownAuthorities}
        onChange={props.onKeepUnknownAuthorities}
      />
      {/* A file that failed whole has said why in the error summary above. */}
      {result.ok && result.problems.length > 0 ? (
        <ProblemTable fileName={pending.fileName} problems={result.problems} />
      ) : null}
      {/* Said only when literally true: every row used, every cell of a used column read. */}
      {hasNoProblems(result) ? (
        <p className="govuk-body app-all-clear">
          <strong className="govuk-tag govuk-tag--green">No problems</strong> Every row was read
          {toChoose.length > 0 ? ', but see the columns to choose above.' : ', and every cell of the columns used.'}
        </p>
      ) : null}
      {sameFile ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            You already imported this file as “{sameFile.name}” on{' '}
            {new Date(sameFile.importedAt).toLocaleString('en-GB')}. Importing it again would add nothing; to replace
            it, remove it below first.
          </strong>
        </div>
      ) : null}
      {checking ? (
        <p className="govuk-body" role="status">
          Checking which of these inspections you already hold…
        </p>
      ) : null}
      {canImport && clashes !== undefined && clashes.length > 0 ? (
        <ClashChoice
          clashes={clashes}
          fileName={pending.fileName}
          choice={pending.onDuplicate}
          onChoice={props.onDuplicateChoice}
          added={result.ok ? result.inspections.length - clashes.length : undefined}
        />
      ) : null}
      {errors > 0 && canImport ? (
        <p className="govuk-body">
          {plural(errors, 'problem')} stopped some rows being imported. You can import the rest now, or cancel, correct
          the file and choose it again.
        </p>
      ) : null}
      <div className="govuk-button-group">
        {canImport ? (
          <button
            type="button"
            className="govuk-button"
            disabled={saving || checking}
            aria-disabled={saving || checking}
            onClick={props.onConfirm}
          >
            {saving
              ? 'Importing…'
              : providerList
                ? 'Keep this provider list'
                : result.ok
                  ? importLabel(result.inspections.length, result.measures.length, clashes, pending.onDuplicate)
                  : 'Import'}
          </button>
        ) : null}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={saving}
          onClick={props.onCancel}
        >
          {canImport ? 'Cancel' : 'Close'}
        </button>
      </div>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function SheetChoice({ pending, onSheet }: ImportPreviewProps) {
  if (pending.read.kind !== 'spreadsheet') return null;
  const readable = new Set(readableSheets(pending.read));
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Which sheet?</legend>
        <div className="govuk-radios govuk-radios--small">
          {pending.read.sheets.map((entry, index) => (
            <div key={entry.sheet.name} className="govuk-radios__item">
              <input
                className="govuk-radios__input"
                id={`${pending.key}-sheet-${index}`}
                type="radio"
                name={`${pending.key}-sheet`}
                checked={pending.sheetIndex === index}
                onChange={() => onSheet(index)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={`${pending.key}-sheet-${index}`}>
                {entry.sheet.name}
                {entry.result.ok
                  ? ` (${plural(entry.result.inspections.length, 'inspection')})`
                  : readable.has(index)
                    ? ''
                    : ' (no table we can read)'}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function SampleRows({ result }: { result: Extract<ImportResult, { ok: true }> }) {
  const used = result.columns.filter((column) => column.role.kind !== 'ignored');
  const rejected = new Set(
    result.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.line),
  );
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="The first rows as they will be read">
      <table className="govuk-table app-sample-rows">
        <caption className="govuk-table__caption govuk-table__caption--s">
          The first {result.sampleRows.length} rows as they will be read
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Row
            </th>
            {used.map((column) => {
              const role = describeRole(column.role);
              return (
                <th key={column.index} scope="col" className="govuk-table__header">
                  {role}
                  {/* The file's own heading only where it says something the field name does not. */}
                  {column.heading.toLowerCase() !== role.toLowerCase() && !role.endsWith(column.heading) ? (
                    <span className="app-sample-rows__heading"> (“{column.heading}”)</span>
                  ) : null}
                </th>
              );
            })}
            <th scope="col" className="govuk-table__header">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {result.sampleRows.map((row) => (
            <tr key={row.line} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {row.line}
              </th>
              {used.map((column) => (
                <td key={column.index} className="govuk-table__cell">
                  {row.cells[column.index] ?? ''}
                </td>
              ))}
              <td className="govuk-table__cell">
                {rejected.has(row.line) ? (
                  <strong className="govuk-tag govuk-tag--red">Not imported</strong>
                ) : (
                  <strong className="govuk-tag govuk-tag--green">Imported</strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
