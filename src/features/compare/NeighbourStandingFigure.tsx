// Where the authority stands among its comparators in each area: their grade mix, how many were good or better, and
// how many were better, the same and worse than the authority.
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { barFromRows, seriesOf } from '../../components/charts/gradeMixDefinition';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { formatLong, gradeLabel, shortAreaLabel } from '../../domain';
import { seriesGrades } from './areaChartRows';
import type { ComparePosition } from './comparePosition';
import { OutcomeCell } from './gradeCell';
import { placeWords, type AreaStanding } from './neighbourStanding';

type Position = Extract<ComparePosition, { kind: 'position' }>;

export interface NeighbourStandingFigureProps {
  readonly model: Position;
  readonly standings: readonly AreaStanding[];
  readonly summary: string;
  readonly footnotes: readonly string[];
  readonly source: string;
}

const dash = (value: number | undefined) => (value === undefined ? '–' : value);

export function NeighbourStandingFigure({
  model,
  standings,
  summary,
  footnotes,
  source,
}: NeighbourStandingFigureProps) {
  const { authority, scale, asAt, noun } = model;
  const grades = seriesGrades(scale);
  const bars = standings.map((standing) => {
    const own = standing.outcome.kind === 'graded' ? gradeLabel(standing.outcome.grade, scale) : 'not judged';
    const description = `${shortAreaLabel(standing.area)}: ${standing.goodOrBetter} of ${standing.judged} ${noun.many} with a grade were good or better; ${authority.name}: ${own}`;
    return barFromRows(
      standing.area.id,
      `${shortAreaLabel(standing.area)} (${standing.judged}) – ${authority.name}: ${own}`,
      standing.tally?.rows ?? [],
      { description },
    );
  });
  return (
    <Figure
      title={`${authority.name}’s position among its ${noun.many}, by judgement area, as at ${formatLong(asAt)}`}
      summary={<p className="govuk-body">{summary}</p>}
      chart={
        <GradeMixChart
          bars={bars}
          series={seriesOf(grades, scale)}
          title={`${noun.label}’ grades by judgement area, with ${authority.name}’s own`}
        />
      }
      table={
        <DataTable<AreaStanding>
          caption={`${authority.name} among its ${noun.many} by judgement area, as at ${formatLong(asAt)}`}
          columns={[
            { header: 'Judgement area', cell: (row) => row.area.label },
            { header: authority.name, cell: (row) => <OutcomeCell outcome={row.outcome} scale={scale} /> },
            { header: `${noun.label} with a grade`, cell: (row) => `${row.judged} of ${row.members}`, numeric: true },
            { header: 'Good or better', cell: (row) => row.goodOrBetter, numeric: true },
            { header: 'Better', cell: (row) => dash(row.better), numeric: true },
            { header: 'Same', cell: (row) => dash(row.same), numeric: true },
            { header: 'Worse', cell: (row) => dash(row.worse), numeric: true },
            { header: `${authority.name}’s place`, cell: (row) => placeWords(row) ?? '–' },
          ]}
          rows={standings}
          rowKey={(row) => row.area.id}
        />
      }
      footnotes={footnotes}
      source={source}
    />
  );
}
