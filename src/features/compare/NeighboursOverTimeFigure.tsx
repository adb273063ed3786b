// The comparators' grade mix in one area at each 31 March, with the share good or better and the authority's own grade.
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { barFromRows, seriesOf } from '../../components/charts/gradeMixDefinition';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { shareColumn } from '../../components/figureData/figureData';
import { percent } from '../../components/format';
import { formatLong, gradeLabel, type GradeScale, type JudgementArea } from '../../domain';
import { seriesGrades } from './areaChartRows';
import type { ComparatorNoun } from './compareGroup';
import type { OverTimePoint } from './neighboursOverTime';

export interface NeighboursOverTimeFigureProps {
  readonly authorityName: string;
  readonly area: JudgementArea;
  readonly noun: ComparatorNoun;
  readonly members: number;
  readonly points: readonly OverTimePoint[];
  readonly scale: GradeScale;
  readonly summary: string;
  readonly footnotes: readonly string[];
  readonly source: string;
}

export function NeighboursOverTimeFigure({
  authorityName,
  area,
  noun,
  members,
  points,
  scale,
  summary,
  footnotes,
  source,
}: NeighboursOverTimeFigureProps) {
  const grades = seriesGrades(scale);
  const ownWords = (point: OverTimePoint) => (point.own ? gradeLabel(point.own, scale) : 'No ILACS grade');
  const bars = points.map((point) =>
    barFromRows(
      String(point.asAt.year),
      `${point.asAt.year} (${point.neighbours.judged}) – ${authorityName}: ${ownWords(point)}`,
      point.neighbours.rows,
      {
        notes: [
          `Good or better: ${percent(point.neighbours.goodOrBetterShare)}`,
          `${authorityName}: ${ownWords(point)}`,
        ],
      },
    ),
  );
  return (
    <Figure
      title={`${area.label}: ${noun.many} judged good or better at each 31 March, beside ${authorityName}’s grade`}
      summary={<p className="govuk-body">{summary}</p>}
      chart={
        <>
          <p className="govuk-body-s app-compare-chart-note">
            Each bar is the {noun.many}’ grades at their latest ILACS inspection by that 31 March; the number after the
            year is how many had a grade, then {authorityName}’s own grade at that date.
          </p>
          <GradeMixChart bars={bars} series={seriesOf(grades, scale)} orientation="bars" segmentText="count" />
        </>
      }
      table={
        <DataTable<OverTimePoint>
          caption={`${area.label}: ${noun.many} (${members}) good or better at each 31 March, and ${authorityName}’s grade`}
          columns={[
            { header: 'As at', cell: (point) => formatLong(point.asAt) },
            {
              header: 'Inspected under ILACS',
              cell: (point) => `${point.neighbours.authorities} of ${members}`,
              numeric: true,
            },
            { header: 'With a grade', cell: (point) => point.neighbours.judged, numeric: true },
            { header: 'Good or better', cell: (point) => point.neighbours.goodOrBetter, numeric: true },
            {
              header: 'Share good or better',
              cell: (point) => percent(point.neighbours.judged > 0 ? point.neighbours.goodOrBetterShare : null),
              numeric: true,
              csv: shareColumn('Share good or better', (point: (typeof points)[number]) =>
                point.neighbours.judged > 0 ? point.neighbours.goodOrBetterShare : null,
              ),
            },
            { header: authorityName, cell: (point) => ownWords(point) },
          ]}
          rows={points}
          rowKey={(point) => String(point.asAt.year)}
        />
      }
      footnotes={footnotes}
      source={source}
    />
  );
}
