// Which row of the file holds the column headings: found by the importer, and always the user's to correct.
import { useId } from 'react';
import type { ImportResult } from '../../import';

interface HeaderRowChoiceProps {
  readonly result: ImportResult;
  readonly onHeaderRow: (line: number) => void;
}

export function HeaderRowChoice({ result, onHeaderRow }: HeaderRowChoiceProps) {
  const id = useId();
  const candidates = result.headerCandidates ?? [];
  if (candidates.length === 0) return null;
  const current = result.headerLine;
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={`${id}-header`}>
        Which row holds the column headings?
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        Rows are numbered as a spreadsheet numbers them. Each shows its first few cells. The file is read again as soon
        as you choose.
      </div>
      <select
        id={`${id}-header`}
        className="govuk-select app-header-row-select"
        aria-describedby={`${id}-hint`}
        value={current ?? ''}
        onChange={(event) => onHeaderRow(Number(event.target.value))}
      >
        {current === undefined ? <option value="">Choose a row</option> : null}
        {candidates.map((candidate) => (
          <option key={candidate.line} value={candidate.line}>
            Row {candidate.line}: {candidate.text}
          </option>
        ))}
      </select>
    </div>
  );
}
