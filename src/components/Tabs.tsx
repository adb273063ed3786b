// GOV.UK-styled tabs with the keyboard behaviour of the ARIA tabs pattern (arrow keys, Home, End).
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab {
  readonly id: string;
  readonly label: string;
  readonly panel: ReactNode;
  /** Drawn only while shown: a chart measures its box, and a hidden one would measure nothing (and recharts warns). */
  readonly onlyWhenShown?: boolean;
}

export function Tabs({ tabs, label, initial }: { tabs: readonly Tab[]; label: string; initial?: string }) {
  const [selected, setSelected] = useState(initial ?? tabs[0]?.id);
  const baseId = useId();
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    setSelected(tabs[target]!.id);
    buttons.current[target]?.focus();
  };
  return (
    <div className="govuk-tabs app-tabs">
      <div className="govuk-tabs__list" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => {
          const isSelected = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel-${tab.id}`}
              tabIndex={isSelected ? 0 : -1}
              className={`govuk-tabs__list-item app-tabs__tab${isSelected ? ' govuk-tabs__list-item--selected' : ''}`}
              onClick={() => setSelected(tab.id)}
              onKeyDown={(event) => move(event, index)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          className="govuk-tabs__panel app-tabs__panel"
          hidden={tab.id !== selected}
        >
          {tab.onlyWhenShown && tab.id !== selected ? null : tab.panel}
        </div>
      ))}
    </div>
  );
}
