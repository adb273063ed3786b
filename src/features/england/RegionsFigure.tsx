// One judgement area region by region as at a date, England first for comparison: stacked bars and a table.
import { memo } from 'react';
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { Figure } from '../../components/Figure';
import { formatLong, shortAreaLabel } from '../../domain';
import { EmptyChart } from './EmptyChart';
import { GradeMixTable } from './GradeMixTable';
import type { RegionComparison } from './regionComparison';

export const RegionsFigure = memo(function RegionsFigure({
  model,
  region,
  notes,
  source,
}: {
  model: RegionComparison;
  region?: string;
  notes: readonly string[];
  source: string;
}) {
  const date = formatLong(model.asAt);
  const area = shortAreaLabel(model.area);
  const title = region ? `${area}: ${region} compared with England, as at ${date}` : `${area} by region, as at ${date}`;
  const anyJudged = model.mixes.some((mix) => mix.judged > 0);
  return (
    <Figure
      title={title}
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
          <EmptyChart>
            No authority had a judgement for {area.toLowerCase()} by {date}: choose a later date or another area.
          </EmptyChart>
        )
      }
      table={
        <GradeMixTable
          caption={`Local authorities by latest ${area.toLowerCase()} grade, ${region ? `${region} and England` : 'England and each region'}, as at ${date}`}
          rowHeader="Region"
          mixes={model.mixes}
        />
      }
      footnotes={notes}
      source={source}
    />
  );
});
