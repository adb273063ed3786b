// A file being read in the worker: how far it has got, in rows and per cent, and a way to stop it.
import { useId } from 'react';
import type { Reading } from './usePendingImports';

export function ReadingProgress({ reading }: { reading: Reading }) {
  const id = useId();
  const percent = Math.floor(reading.fraction * 100);
  return (
    <div className="app-reading">
      <label className="govuk-label govuk-!-font-weight-bold" htmlFor={id}>
        Reading {reading.fileName}
      </label>
      <progress id={id} className="app-reading__bar" max={100} value={percent} aria-describedby={`${id}-count`}>
        {percent}%
      </progress>
      <p id={`${id}-count`} className="govuk-body-s app-reading__count">
        {reading.rows.toLocaleString('en-GB')} rows read ({percent}%)
      </p>
      <button type="button" className="govuk-button govuk-button--secondary app-inline-button" onClick={reading.cancel}>
        Cancel<span className="govuk-visually-hidden"> reading {reading.fileName}</span>
      </button>
    </div>
  );
}
