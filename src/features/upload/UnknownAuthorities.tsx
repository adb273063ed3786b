// The preview's choice about names that are no English local authority we know: leave their rows out, or keep them as
// bodies of their own that never count in England's or a region's figures. Shown only when the file has such names.
import { isUnknownAuthorityProblem, type ImportResult } from '../../import';

export interface UnknownAuthoritiesProps {
  /** Tells this preview's checkbox apart from another's. */
  readonly idPrefix: string;
  readonly result: ImportResult;
  readonly keep: boolean;
  readonly onChange: (keep: boolean) => void;
}

/** The names the choice is about: those refused (while not kept) or kept as bodies of their own, in file order. */
export function unknownNames(result: ImportResult, keep: boolean): string[] {
  if (!result.ok) return [];
  const names = keep
    ? [...result.inspections, ...result.measures]
        .filter((record) => record.authority.kind === 'other')
        .map((record) => record.authority.name)
    : result.problems.filter(isUnknownAuthorityProblem).map((problem) => problem.value);
  return [...new Set(names)];
}

const EXAMPLES = 3;

export function UnknownAuthorities({ idPrefix, result, keep, onChange }: UnknownAuthoritiesProps) {
  const names = unknownNames(result, keep);
  if (names.length === 0 && !keep) return null;
  const id = `${idPrefix}-keep-unknown`;
  const examples = names.slice(0, EXAMPLES).map((name) => `‘${name}’`);
  const more = names.length > EXAMPLES ? ` and ${(names.length - EXAMPLES).toLocaleString('en-GB')} more` : '';
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          Names that are not English local authorities
        </legend>
        <div id={`${id}-hint`} className="govuk-hint app-unknown-names">
          {names.length === 0
            ? 'Every name read now is an English local authority we know. '
            : `${names.length === 1 ? 'One name in this file is' : `${names.length.toLocaleString('en-GB')} names in this file are`} not an English local authority we know: ${examples.join(', ')}${more}. `}
          If they are bodies of their own (a school, a test), you can keep them: they are shown under their own names,
          but never counted in England’s or a region’s figures. Otherwise their rows are left out.
        </div>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={id}
              type="checkbox"
              checked={keep}
              onChange={(event) => onChange(event.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
              Keep them as bodies of their own, not local authorities
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}
