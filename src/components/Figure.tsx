// A chart as a <figure>: title, summary, a Chart / Table tab pair with the same numbers, numbered notes, a source line and exports.
import { use, useId, useMemo, useRef, type ReactNode } from 'react';
import { FigureExportContext } from './export/exportContext';
import { ExportToolbar } from './export/ExportToolbar';
import { FigureTitleContext } from './figureTitle';
import { FigureTablesContext, type FigureTable, type FigureTables } from './figureData/figureData';
import { Tabs } from './Tabs';

export interface FigureProps {
  readonly title: string;
  /** A plain-English summary computed from the analytics, shown above the chart. */
  readonly summary?: ReactNode;
  readonly chart: ReactNode;
  readonly table: ReactNode;
  readonly footnotes?: readonly ReactNode[];
  readonly source: ReactNode;
  /** Open on the table rather than the chart (for figures whose table is the main reading). */
  readonly tableFirst?: boolean;
  /** The current filters in words, for exported images; defaults to what the view provides through FigureExportContext. */
  readonly subtitle?: string;
  /** What exported files hold, one part each (["Walsall", "inspections", "2008-2021"]); defaults to the title. */
  readonly fileParts?: readonly string[];
}

export function Figure({
  title,
  summary,
  chart,
  table,
  footnotes = [],
  source,
  tableFirst = false,
  subtitle,
  fileParts,
}: FigureProps) {
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  const settings = use(FigureExportContext);
  const exportSubtitle = subtitle ?? settings.subtitle;
  // The Table tab's tables as data, recorded by each DataTable (or the matrix) as it renders: the CSV is made from these.
  const recorded = useRef(new Map<string, FigureTable>());
  const tables = useMemo<FigureTables>(
    () => ({
      record: (key, table) => {
        if (table) recorded.current.set(key, table);
        else recorded.current.delete(key);
      },
    }),
    [],
  );
  return (
    <figure ref={figure} className="app-figure" aria-labelledby={titleId}>
      <figcaption id={titleId} className="govuk-heading-m app-figure__title" data-figure-part="title">
        {title}
      </figcaption>
      {summary ? <div className="govuk-body app-figure__summary">{summary}</div> : null}
      <Tabs
        label={`${title}: show as`}
        initial={tableFirst ? 'table' : 'chart'}
        tabs={[
          {
            id: 'chart',
            label: 'Chart',
            onlyWhenShown: true,
            panel: (
              <div className="app-figure__chart" data-figure-part="chart">
                <FigureTitleContext value={title}>{chart}</FigureTitleContext>
              </div>
            ),
          },
          {
            id: 'table',
            label: 'Table',
            panel: (
              <div data-figure-part="table">
                <FigureTablesContext value={tables}>{table}</FigureTablesContext>
              </div>
            ),
          },
        ]}
      />
      {footnotes.length > 0 ? (
        <ol className="govuk-list govuk-list--number app-figure__footnotes" aria-label={`Notes on ${title}`}>
          {footnotes.map((note, i) => (
            <li key={i} data-figure-part="note">
              {note}
            </li>
          ))}
        </ol>
      ) : null}
      <p className="govuk-body-s app-figure__source" data-figure-part="source">
        Source: {source}
      </p>
      <ExportToolbar
        figure={figure}
        title={title}
        {...(exportSubtitle ? { subtitle: exportSubtitle } : {})}
        fileParts={fileParts ?? [title]}
        tables={() => [...recorded.current.values()]}
      />
    </figure>
  );
}
