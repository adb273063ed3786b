// The chosen comparators on one judgement area, best grade first: who, when inspected, the grade, and good or better.
import { useId } from 'react';
import { DataTable } from '../../components/DataTable';
import { formatLong, type GradeScale, type PartialDate } from '../../domain';
import { goodOrBetterWord, type ComparatorStatus } from './comparatorStatus';
import { ComparatorCell } from './gradeCell';

export interface ComparatorTableProps {
  /** "Chosen comparators" or "Statistical neighbours". */
  readonly groupLabel: string;
  readonly areaLabel: string;
  readonly rows: readonly ComparatorStatus[];
  readonly summary: string;
  readonly scale: GradeScale;
  readonly asAt: PartialDate;
  readonly source: string;
}

export function ComparatorTable({ groupLabel, areaLabel, rows, summary, scale, asAt, source }: ComparatorTableProps) {
  const id = useId();
  return (
    <section className="app-compare-table" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="govuk-heading-m">
        {groupLabel}, best first: {areaLabel}
      </h2>
      {rows.length === 0 ? (
        <p className="govuk-body app-compare-empty">Choose comparator authorities above to see how they compare.</p>
      ) : (
        <>
          <p className="govuk-body app-figure__summary">{summary}</p>
          <DataTable<ComparatorStatus>
            caption={`${groupLabel} by grade for ${areaLabel}, best first, as at ${formatLong(asAt)}`}
            columns={[
              { header: 'Authority', cell: (row) => row.name },
              { header: 'Region', cell: (row) => row.authority?.region ?? '–' },
              { header: 'Inspection date', cell: (row) => (row.inspection ? formatLong(row.inspection.date) : '–') },
              { header: 'Grade', cell: (row) => <ComparatorCell state={row.state} scale={scale} asAt={asAt} /> },
              { header: 'Good or better', cell: (row) => goodOrBetterWord(row.state) },
            ]}
            rows={rows}
            rowKey={(row) => row.key}
          />
          <p className="govuk-body-s app-figure__source">Source: {source}</p>
        </>
      )}
    </section>
  );
}
