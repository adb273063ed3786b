// Choosing comparator authorities: a search that narrows a list of checkboxes (with a link to skip past it), the chosen
// list, and a region quick pick.
import { useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { inRegion } from '../../components/regionWords';
import { comparatorChoices, matchMessage, regionAdditions, searchChoices } from './comparatorChoices';
import { hiddenChosen, hiddenChosenMessage } from './pickerSearch';
import type { Dataset } from '../../domain';

/** How long typing must pause before the count is read out, so a screen reader is not interrupted at every letter. */
const ANNOUNCE_AFTER_MS = 1000;

export interface ComparatorPickerProps {
  readonly dataset: Dataset;
  readonly authorityKey: string;
  readonly authorityName: string;
  readonly region: string | undefined;
  readonly chosen: readonly string[];
  readonly notices: readonly string[];
  readonly onChange: (keys: readonly string[]) => void;
}

export function ComparatorPicker({
  dataset,
  authorityKey,
  authorityName,
  region,
  chosen,
  notices,
  onChange,
}: ComparatorPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const choices = useMemo(() => comparatorChoices(dataset, authorityKey), [dataset, authorityKey]);
  const matches = useMemo(() => searchChoices(choices, query), [choices, query]);
  const names = useMemo(() => new Map(choices.map((choice) => [choice.key, choice.name])), [choices]);
  const chosenSet = new Set(chosen);
  const hidden = query.trim() === '' ? [] : hiddenChosen(chosen, new Set(matches.map((choice) => choice.key)));
  const countMessage = [matchMessage(matches.length, query), hiddenChosenMessage(hidden.length)]
    .filter(Boolean)
    .join(' ');
  const [announced, setAnnounced] = useState(countMessage);
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(countMessage), ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [countMessage]);
  const additions = regionAdditions(choices, region, chosen);
  const chosenHeading = useRef<HTMLHeadingElement>(null);
  // A Remove button vanishes when pressed; focus then goes to the list's heading rather than to the page's top.
  const [focusHeading, setFocusHeading] = useState(false);
  useEffect(() => {
    if (!focusHeading) return;
    chosenHeading.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, chosen]);

  const toggle = (key: string, checked: boolean) =>
    onChange(checked ? [...chosen, key] : chosen.filter((other) => other !== key));
  // The skip link moves focus itself: following "#id" would add an entry to the history, which holds the view's state.
  const skipList = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    chosenHeading.current?.focus();
  };
  const remove = (key: string) => {
    onChange(chosen.filter((other) => other !== key));
    setFocusHeading(true);
  };

  return (
    <section className="app-compare-picker" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="govuk-heading-m">
        Comparator authorities
      </h2>
      {notices.map((notice) => (
        <div key={notice} className="govuk-inset-text app-compare-notice">
          {notice}
        </div>
      ))}
      <div className="app-compare-picker__columns">
        <div className="app-compare-picker__search govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor={`${id}-search`}>
            Search authorities
          </label>
          <div id={`${id}-hint`} className="govuk-hint">
            Type part of a name or a region, then tick the authorities to compare {authorityName} with.
          </div>
          <input
            id={`${id}-search`}
            className="govuk-input app-compare-picker__input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-hint ${id}-count`}
            aria-controls={`${id}-list`}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {/* Seen at once; read out (below) once typing pauses. */}
          <p id={`${id}-count`} className="govuk-body-s app-compare-picker__count" aria-hidden="true">
            {countMessage}
          </p>
          <div className="govuk-visually-hidden" role="status">
            {announced}
          </div>
          <a href={`#${id}-chosen`} className="govuk-skip-link app-compare-picker__skip" onClick={skipList}>
            Skip the list of {matches.length === 1 ? '1 authority' : `${matches.length} authorities`}
          </a>
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              Authorities to compare with {authorityName}
            </legend>
            <div
              id={`${id}-list`}
              className="govuk-checkboxes govuk-checkboxes--small app-compare-picker__list"
              data-module="govuk-checkboxes"
            >
              {matches.map((choice) => {
                const inputId = `${id}-${choice.key}`;
                const hint = [choice.region, choice.noLongerExists ? 'no longer exists' : undefined]
                  .filter(Boolean)
                  .join(', ');
                return (
                  <div key={choice.key} className="govuk-checkboxes__item">
                    <input
                      id={inputId}
                      className="govuk-checkboxes__input"
                      type="checkbox"
                      checked={chosenSet.has(choice.key)}
                      aria-describedby={hint ? `${inputId}-hint` : undefined}
                      onChange={(event) => toggle(choice.key, event.target.checked)}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                      {choice.name}
                    </label>
                    {hint ? (
                      <div id={`${inputId}-hint`} className="govuk-hint govuk-checkboxes__hint">
                        {hint}
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <div className="app-compare-picker__chosen">
          <h3 id={`${id}-chosen`} ref={chosenHeading} tabIndex={-1} className="govuk-heading-s">
            Chosen comparators ({chosen.length})
          </h3>
          {chosen.length === 0 ? (
            <p className="govuk-body">
              None yet. Tick authorities in the list, or add all those {region ? inRegion(region) : 'in a region'}.
            </p>
          ) : (
            <ul className="govuk-list app-compare-picker__chosen-list">
              {chosen.map((key) => (
                <li key={key}>
                  <span>{names.get(key) ?? key}</span>
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary app-compare-picker__remove"
                    onClick={() => remove(key)}
                  >
                    {'Remove '}
                    <span className="govuk-visually-hidden">{names.get(key) ?? key}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="govuk-button-group app-compare-picker__actions">
            {region && additions.length > 0 ? (
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => onChange([...chosen, ...additions])}
              >
                Add all {inRegion(region)} ({additions.length})
              </button>
            ) : null}
            {chosen.length > 0 ? (
              <button
                type="button"
                className="govuk-button govuk-button--warning"
                onClick={() => {
                  onChange([]);
                  setFocusHeading(true);
                }}
              >
                Clear all
              </button>
            ) : null}
          </div>
        </div>
      </div>
    </section>
  );
}
