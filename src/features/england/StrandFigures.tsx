// Figures comparing across frameworks by strand: the latest grades as at a date, and at each 31 March from 2010.
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { shareColumn } from '../../components/figureData/figureData';
import { percent } from '../../components/format';
import { formatLong, STRANDS } from '../../domain';
import { EmptyChart } from './EmptyChart';
import { GradeMixTable } from './GradeMixTable';
import type { StrandsAt, StrandTrend, StrandTrendPoint } from './strandView';

export function StrandsFigure({
  model,
  notes,
  source,
}: {
  model: StrandsAt;
  notes: readonly string[];
  source: string;
}) {
  const date = formatLong(model.asAt);
  const place = model.region ?? 'England';
  const anyJudged = model.mixes.some((mix) => mix.judged > 0);
  return (
    <Figure
      title={`Latest grades by strand, every framework since 2009, ${place}, as at ${date}`}
      summary={model.summary}
      chart={
        anyJudged ? (
          <GradeMixChart
            bars={model.mixes}
            series={model.mixes[0]?.rows ?? []}
            orientation="bars"
            segmentText="count"
          />
        ) : (
          <EmptyChart>No authority had been inspected by {date}: choose a later date.</EmptyChart>
        )
      }
      table={
        <GradeMixTable
          caption={`Local authorities by their latest grade in each strand, ${place}, as at ${date}; "Not judged" counts authorities with no judgement of the strand by then`}
          rowHeader="Strand"
          mixes={model.mixes}
        />
      }
      footnotes={notes}
      source={source}
    />
  );
}

export function StrandTrendFigure({
  model,
  notes,
  source,
}: {
  model: StrandTrend;
  notes: readonly string[];
  source: string;
}) {
  const place = model.region ?? 'England';
  const first = model.points[0]?.asAt;
  const last = model.points[model.points.length - 1]?.asAt;
  const span = first && last ? `${formatLong(first)} to ${formatLong(last)}` : '';
  return (
    <Figure
      title={`Grades by strand at each 31 March, ${place}, ${span}`}
      summary={model.summary}
      chart={
        <>
          {STRANDS.map((strand, index) => {
            const bars = model.points.map((point) => point.mixes[index]!).filter((mix) => mix.judged > 0);
            return (
              <section key={strand.id} aria-label={strand.label}>
                <h3 className="govuk-heading-s">{strand.label}</h3>
                {bars.length > 0 ? (
                  <GradeMixChart
                    bars={bars}
                    series={bars[0]!.rows}
                    orientation="columns"
                    segmentText="share"
                    categoryTitle="As at 31 March"
                    title={`${strand.label}: shares of each grade at each 31 March, ${place}`}
                  />
                ) : (
                  <EmptyChart>No authority was judged on {strand.words} at any of these dates.</EmptyChart>
                )}
              </section>
            );
          })}
        </>
      }
      table={
        <DataTable<StrandTrendPoint>
          caption={`Share of local authorities judged good or better in each strand, ${place}, with how many were judged of all authorities at the date`}
          columns={[
            { header: 'As at', cell: (point) => formatLong(point.asAt) },
            ...STRANDS.map((strand, index) => ({
              header: `${strand.label}: good or better`,
              numeric: true,
              cell: (point: StrandTrendPoint) => {
                const { position } = point.mixes[index]!;
                return position.judged === 0
                  ? `– (0 of ${position.authorities})`
                  : `${percent(position.goodOrBetterShare)} (${position.judged} of ${position.authorities})`;
              },
              csv: [
                ...shareColumn<StrandTrendPoint>(
                  `${strand.label}: good or better`,
                  (point) => point.mixes[index]!.position.goodOrBetterShare,
                ),
                {
                  heading: `${strand.label}: authorities judged`,
                  value: (point: StrandTrendPoint) => point.mixes[index]!.position.judged,
                },
                {
                  heading: `${strand.label}: authorities in being`,
                  value: (point: StrandTrendPoint) => point.mixes[index]!.position.authorities,
                },
              ],
            })),
          ]}
          rows={model.points}
          rowKey={(point) => formatLong(point.asAt)}
        />
      }
      footnotes={notes}
      source={source}
    />
  );
}
