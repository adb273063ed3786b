// A Remove button that asks before removing something kept in this browser: used for datasets and provider lists alike.
export interface ConfirmRemoveProps {
  readonly name: string;
  readonly confirming: boolean;
  readonly busy: boolean;
  readonly onAsk: (asking: boolean) => void;
  readonly onRemove: () => void;
}

export function ConfirmRemove({ name, confirming, busy, onAsk, onRemove }: ConfirmRemoveProps) {
  if (!confirming)
    return (
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-inline-button"
        disabled={busy}
        onClick={() => onAsk(true)}
      >
        Remove<span className="govuk-visually-hidden"> {name}</span>
      </button>
    );
  return (
    <div role="group" aria-label={`Confirm removing ${name}`}>
      <p className="govuk-body-s">Remove “{name}” from this browser? This cannot be undone.</p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning app-inline-button"
          disabled={busy}
          onClick={() => {
            onAsk(false);
            onRemove();
          }}
        >
          Yes, remove it
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary app-inline-button"
          onClick={() => onAsk(false)}
        >
          Keep it
        </button>
      </div>
    </div>
  );
}
