// The authority against England, its region and the comparators, area by area: bars per area and three tables.
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { seriesOf } from '../../components/charts/gradeMixDefinition';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { percent } from '../../components/format';
import { regionNoun } from '../../components/regionWords';
import { GRADE_COLOURS } from '../../components/gradeColours';
import { formatLong, gradeLabel, shortAreaLabel } from '../../domain';
import { areaChartRows, seriesGrades } from './areaChartRows';
import type { ComparatorStatus } from './comparatorStatus';
import type { AreaComparison, ComparePosition, GroupTally } from './comparePosition';
import { OutcomeCell, ComparatorCell } from './gradeCell';
import { shareColumn } from '../../components/figureData/figureData';

type Position = Extract<ComparePosition, { kind: 'position' }>;

export interface AreaComparisonFigureProps {
  readonly model: Position;
  /** The areas to show: all of the model's, or the one chosen. */
  readonly areas: readonly AreaComparison[];
  readonly summary: string;
  readonly footnotes: readonly string[];
  readonly source: string;
}

const goodOrBetter = (group: GroupTally) =>
  group.judged === 0 ? 'No grades' : `${group.goodOrBetter} of ${group.judged} (${percent(group.goodOrBetterShare)})`;

/** "3 of 5 (60%)" as three CSV columns: how many good or better, how many judged, and the share. */
const goodOrBetterData = (name: string, group: (row: AreaComparison) => GroupTally | undefined) => [
  { heading: `${name}: good or better`, value: (row: AreaComparison) => group(row)?.goodOrBetter ?? null },
  { heading: `${name}: judged`, value: (row: AreaComparison) => group(row)?.judged ?? null },
  ...shareColumn<AreaComparison>(`${name}: good or better`, (row) => {
    const tally = group(row);
    return tally && tally.judged > 0 ? tally.goodOrBetterShare : null;
  }),
];

interface DistributionRow {
  readonly id: string;
  readonly area: string;
  readonly group: GroupTally;
}

export function AreaComparisonFigure({ model, areas, summary, footnotes, source }: AreaComparisonFigureProps) {
  const { authority, scale, asAt, regionName } = model;
  const grades = seriesGrades(scale);
  const hasComparators = model.comparatorCount > 0;
  const comparatorWords = hasComparators
    ? ` and ${model.comparatorCount} ${model.comparatorCount === 1 ? model.noun.one : model.noun.many}`
    : '';
  const title = `${authority.name} against England, ${regionNoun(regionName)}${comparatorWords}: latest grades as at ${formatLong(asAt)}`;
  const distributionRows: DistributionRow[] = areas.flatMap((comparison) =>
    [comparison.england, comparison.region, ...(comparison.comparators ? [comparison.comparators] : [])].map(
      (group) => ({
        id: `${comparison.area.id}-${group.id}`,
        area: shortAreaLabel(comparison.area),
        group,
      }),
    ),
  );
  const comparatorRows: ComparatorStatus[] = [...(areas[0]?.comparatorGrades ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, 'en-GB'),
  );
  return (
    <Figure
      title={title}
      summary={
        <>
          <p className="govuk-body">{summary}</p>
          {hasComparators ? null : (
            <p className="govuk-body app-compare-empty">Choose comparator authorities above to see how they compare.</p>
          )}
        </>
      }
      chart={
        <>
          <ul className="app-compare-legend" aria-label="Grades">
            {grades.map((grade) => (
              <li key={grade}>
                <span
                  className="app-compare-legend__swatch"
                  style={{ backgroundColor: GRADE_COLOURS[grade] }}
                  aria-hidden="true"
                />
                {gradeLabel(grade, scale)}
              </li>
            ))}
          </ul>
          <p className="govuk-body-s app-compare-chart-note">
            Each bar shows shares of the authorities with a grade; numbers on the bars are counts, and the number after
            each name is how many had a grade.
          </p>
          {areas.map((comparison) => (
            <div key={comparison.area.id} className="app-compare-area">
              <h3 className="govuk-heading-s app-compare-area__title">{comparison.area.label}</h3>
              <p className="govuk-body-s app-compare-area__own">
                {authority.name}: <OutcomeCell outcome={comparison.outcome} scale={scale} />
              </p>
              <GradeMixChart
                bars={areaChartRows(authority.name, comparison, scale)}
                series={seriesOf(grades, scale)}
                legend={false}
                title={`${comparison.area.label}: ${authority.name} against England, ${regionName} and ${model.noun.many}`}
              />
            </div>
          ))}
        </>
      }
      table={
        <>
          <DataTable<AreaComparison>
            caption={`${authority.name}’s grade and how many were good or better, by judgement area, as at ${formatLong(asAt)}`}
            columns={[
              { header: 'Judgement area', cell: (row) => row.area.label },
              { header: authority.name, cell: (row) => <OutcomeCell outcome={row.outcome} scale={scale} /> },
              {
                header: 'England: good or better',
                cell: (row) => goodOrBetter(row.england),
                numeric: true,
                csv: goodOrBetterData('England', (row) => row.england),
              },
              {
                header: `${regionName}: good or better`,
                cell: (row) => goodOrBetter(row.region),
                numeric: true,
                csv: goodOrBetterData(regionName, (row) => row.region),
              },
              ...(hasComparators
                ? [
                    {
                      header: `${model.noun.label}: good or better`,
                      cell: (row: AreaComparison) => (row.comparators ? goodOrBetter(row.comparators) : '–'),
                      numeric: true,
                      csv: goodOrBetterData(model.noun.label, (row) => row.comparators),
                    },
                  ]
                : []),
            ]}
            rows={areas}
            rowKey={(row) => row.area.id}
          />
          <DataTable<DistributionRow>
            caption={`Number of authorities at each grade, by judgement area, as at ${formatLong(asAt)}`}
            columns={[
              { header: 'Judgement area', cell: (row) => row.area },
              { header: 'Compared with', cell: (row) => row.group.label },
              ...grades.map((grade) => ({
                header: gradeLabel(grade, scale),
                cell: (row: DistributionRow) => row.group.counts[grade],
                numeric: true,
              })),
              { header: 'Without a grade', cell: (row) => row.group.notJudged, numeric: true },
              {
                header: 'Good or better',
                cell: (row) => percent(row.group.goodOrBetterShare),
                numeric: true,
                csv: shareColumn<DistributionRow>('Good or better', (row) => row.group.goodOrBetterShare),
              },
            ]}
            rows={distributionRows}
            rowKey={(row) => row.id}
          />
          {hasComparators ? (
            <DataTable<ComparatorStatus>
              caption={`Each ${model.noun.one}’s grade by judgement area, as at ${formatLong(asAt)}`}
              columns={[
                { header: 'Authority', cell: (row) => row.name },
                ...areas.map((comparison) => ({
                  header: shortAreaLabel(comparison.area),
                  cell: (row: ComparatorStatus) => {
                    const status = comparison.comparatorGrades.find((candidate) => candidate.key === row.key);
                    return status ? <ComparatorCell state={status.state} scale={scale} asAt={asAt} compact /> : '–';
                  },
                })),
              ]}
              rows={comparatorRows}
              rowKey={(row) => row.key}
            />
          ) : null}
        </>
      }
      footnotes={footnotes}
      source={source}
    />
  );
}
