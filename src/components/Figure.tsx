// A chart as a <figure>: title, the chart, the same numbers as a table, numbered footnotes and a source line.
import { useId, type ReactNode } from 'react';

export interface FigureProps {
  readonly title: string;
  /** A plain-English summary computed from the analytics, shown above the chart. */
  readonly summary?: ReactNode;
  readonly chart: ReactNode;
  readonly table: ReactNode;
  readonly footnotes?: readonly ReactNode[];
  readonly source: ReactNode;
}

export function Figure({ title, summary, chart, table, footnotes = [], source }: FigureProps) {
  const titleId = useId();
  return (
    <figure className="figure" aria-labelledby={titleId}>
      <figcaption id={titleId} className="figure__title">
        {title}
      </figcaption>
      {summary ? <p className="figure__summary">{summary}</p> : null}
      <div className="figure__chart">{chart}</div>
      <div className="figure__table">{table}</div>
      {footnotes.length > 0 ? (
        <ol className="figure__footnotes" aria-label="Notes">
          {footnotes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ol>
      ) : null}
      <p className="figure__source">Source: {source}</p>
    </figure>
  );
}
