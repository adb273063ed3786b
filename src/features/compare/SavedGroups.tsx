// The user's own comparator groups: bring a CSV list of authorities (every name not recognised is listed by row), save
// it under a name in this browser, and use or delete saved groups.
import { useId, useState } from 'react';
import { useChangeSavedGroups, useSavedGroups } from '../../data/useSavedGroups';
import { registeredByCode, type Dataset } from '../../domain';
import { describeProblem, readAuthorityList, type AuthorityList } from '../../import';

export interface SavedGroupsProps {
  readonly dataset: Dataset;
  readonly onUse: (keys: readonly string[]) => void;
}

/** The dataset's key for each saved code: the register knows every code an authority has had. */
function keysFor(dataset: Dataset, codes: readonly string[]): string[] {
  return codes.map(
    (code) => registeredByCode(code)?.onsCodes.find((candidate) => dataset.authorities.has(candidate)) ?? code,
  );
}

export function SavedGroups({ dataset, onUse }: SavedGroupsProps) {
  const id = useId();
  const saved = useSavedGroups();
  const { save, remove } = useChangeSavedGroups();
  const [list, setList] = useState<{ file: string; read: AuthorityList } | undefined>();
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const groups = saved.data?.groups ?? [];
  const problems = list?.read.problems ?? [];
  const errors = problems.filter((problem) => problem.severity === 'error');

  const choose = async (file: File | undefined) => {
    setMessage('');
    if (!file) return setList(undefined);
    const read = readAuthorityList(new Uint8Array(await file.arrayBuffer()));
    setList({ file: file.name, read });
    if (name.trim() === '') setName(file.name.replace(/\.[^.]+$/, ''));
  };
  const saveGroup = () => {
    if (!list || list.read.authorities.length === 0 || name.trim() === '') return;
    const codes = list.read.authorities.map((authority) => authority.onsCodes[0]!);
    save.mutate(
      { name: name.trim(), codes, savedAt: new Date().toISOString() },
      {
        onSuccess: (persistent) => {
          setMessage(
            `Saved “${name.trim()}” (${codes.length} ${codes.length === 1 ? 'authority' : 'authorities'})${persistent ? ' in this browser' : ' for this tab only: this browser is not keeping data'}.`,
          );
          onUse(keysFor(dataset, codes));
        },
        onError: (error) => setMessage(`Not saved: ${error.message}`),
      },
    );
  };

  return (
    <section className="app-saved-groups" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="govuk-heading-s">
        Saved groups ({groups.length})
      </h3>
      {saved.data && saved.data.unreadable > 0 ? (
        <p className="govuk-body-s">
          {saved.data.unreadable} saved {saved.data.unreadable === 1 ? 'group' : 'groups'} could not be read (saved by
          another version?) and {saved.data.unreadable === 1 ? 'is' : 'are'} left as kept.
        </p>
      ) : null}
      {groups.length === 0 ? (
        <p className="govuk-body">None yet. Upload a list below to save one.</p>
      ) : (
        <ul className="govuk-list app-compare-picker__chosen-list">
          {groups.map((group) => (
            <li key={group.name}>
              <span>
                {group.name} ({group.codes.length} {group.codes.length === 1 ? 'authority' : 'authorities'})
              </span>
              <span className="govuk-button-group app-saved-groups__actions">
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => onUse(keysFor(dataset, group.codes))}
                >
                  Use <span className="govuk-visually-hidden">{group.name}</span>
                </button>
                <button
                  type="button"
                  className="govuk-button govuk-button--warning"
                  onClick={() => remove.mutate(group.name)}
                >
                  Delete <span className="govuk-visually-hidden">{group.name}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-file`}>
          Upload a list of authorities (CSV)
        </label>
        <div id={`${id}-file-hint`} className="govuk-hint">
          One authority a row: a name, an ONS code (E08000030) or a DfE LA number (335), with or without a heading. It
          is read here and never leaves the browser.
        </div>
        <input
          id={`${id}-file`}
          className="govuk-file-upload"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {list ? (
        <div className="app-saved-groups__preview" role="status">
          <p className="govuk-body">
            {list.file}: {list.read.rowsRead} {list.read.rowsRead === 1 ? 'row' : 'rows'} read,{' '}
            {list.read.authorities.length} {list.read.authorities.length === 1 ? 'authority' : 'authorities'} recognised
            {errors.length > 0 ? `, ${errors.length} not recognised (listed below and left out)` : ''}.
          </p>
          {problems.length > 0 ? (
            <ul
              className="govuk-list govuk-list--bullet app-saved-groups__problems"
              aria-label="Rows not used as given"
            >
              {problems.map((problem) => (
                <li key={`${problem.line}-${problem.message}`}>{describeProblem(problem)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {list && list.read.authorities.length > 0 ? (
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor={`${id}-name`}>
            Name of the group
          </label>
          <input
            id={`${id}-name`}
            className="govuk-input govuk-!-width-two-thirds"
            type="text"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <div className="govuk-button-group app-saved-groups__save">
            <button
              type="button"
              className="govuk-button"
              disabled={name.trim() === '' || save.isPending}
              onClick={saveGroup}
            >
              Save and use this group
            </button>
          </div>
        </div>
      ) : null}
      {message ? (
        <p className="govuk-body" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
