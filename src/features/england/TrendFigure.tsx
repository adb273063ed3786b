// How one area's grade shares moved at each 31 March: 100%-stacked columns per year and a table with coverage.
import { memo } from 'react';
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { percent } from '../../components/format';
import { formatLong, shortAreaLabel } from '../../domain';
import type { AreaTrend, TrendPoint } from './areaTrend';
import { EmptyChart } from './EmptyChart';
import { countAndShare, shareColumn } from '../../components/figureData/figureData';

export const TrendFigure = memo(function TrendFigure({
  model,
  notes,
  source,
}: {
  model: AreaTrend;
  notes: readonly string[];
  source: string;
}) {
  const area = shortAreaLabel(model.area);
  const first = model.points[0]?.point.asAt;
  const last = model.points[model.points.length - 1]?.point.asAt;
  const span =
    first && last ? (first === last ? formatLong(first) : `${formatLong(first)} to ${formatLong(last)}`) : '';
  const place = model.region ?? 'England';
  const grades = model.points[0]?.mix.rows ?? [];
  // Dates before anyone was judged on the area (care leavers before 2023) stay in the table but would be empty columns.
  const firstJudged = model.points.findIndex((entry) => entry.point.judged > 0);
  const drawn = model.points.slice(Math.max(firstJudged, 0));
  const skipped = model.points[firstJudged - 1];
  const coverageNote = `Authorities covered at each date: ${model.coverage}. The others had not yet had an ILACS inspection by that date; most were last inspected under the earlier single inspection framework, whose grades this data does not hold, so they are not counted that year.`;
  return (
    <Figure
      title={`${area}: shares of each grade, ${place}, ${span}`}
      summary={model.summary}
      chart={
        model.anyJudged ? (
          <>
            {skipped ? (
              <p className="govuk-body-s">
                No authority had a judgement for {area.toLowerCase()} at {formatLong(skipped.point.asAt)} or before, so
                the chart starts at {formatLong(drawn[0]!.point.asAt)}; the table has every date.
              </p>
            ) : null}
            <GradeMixChart
              bars={drawn.map((entry) => entry.mix)}
              series={grades}
              orientation="columns"
              segmentText="share"
              categoryTitle="As at 31 March"
            />
          </>
        ) : (
          <EmptyChart>
            No authority had a judgement for {area.toLowerCase()} at any of these dates: choose a later date or another
            area.
          </EmptyChart>
        )
      }
      table={
        <DataTable<TrendPoint>
          caption={`Share of local authorities at each grade for ${area.toLowerCase()}, ${place}, ${span}`}
          columns={[
            { header: 'As at', cell: (entry) => formatLong(entry.point.asAt) },
            ...grades.map((grade) => ({
              header: grade.label,
              numeric: true,
              cell: (entry: TrendPoint) => {
                const row = entry.point.rows.find((candidate) => candidate.grade === grade.grade);
                return row ? `${percent(entry.point.judged === 0 ? null : row.share)} (${row.count})` : '–';
              },
              csv: countAndShare<TrendPoint>(
                grade.label,
                (entry) => entry.point.rows.find((candidate) => candidate.grade === grade.grade)?.count,
                (entry) =>
                  entry.point.judged === 0
                    ? null
                    : entry.point.rows.find((candidate) => candidate.grade === grade.grade)?.share,
              ),
            })),
            {
              header: 'Good or better',
              cell: (entry) => percent(entry.point.goodOrBetterShare),
              numeric: true,
              csv: shareColumn<TrendPoint>('Good or better', (entry) => entry.point.goodOrBetterShare),
            },
            ...(model.region
              ? [
                  {
                    header: 'England good or better',
                    cell: (entry: TrendPoint) => percent(entry.england?.goodOrBetterShare ?? null),
                    numeric: true,
                    csv: shareColumn<TrendPoint>('England good or better', (entry) => entry.england?.goodOrBetterShare),
                  },
                ]
              : []),
            { header: 'Judged', cell: (entry) => entry.point.judged, numeric: true },
            { header: 'Not judged', cell: (entry) => entry.point.notJudged, numeric: true },
            { header: 'Authorities inspected under ILACS', cell: (entry) => entry.point.authorities, numeric: true },
          ]}
          rows={model.points}
          rowKey={(entry) => entry.mix.key}
        />
      }
      footnotes={[
        coverageNote,
        ...(model.stoppedAt
          ? [
              `The data holds no inspection after ${formatLong(model.stoppedAt)}, so the years stop there: later dates would repeat it.`,
            ]
          : []),
        ...notes,
      ]}
      source={source}
    />
  );
});
