// England's latest grades in each judgement area as at a date: 100%-stacked bars and the same numbers as a table.
import { memo } from 'react';
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { Figure } from '../../components/Figure';
import { formatLong } from '../../domain';
import type { EnglandAreas } from './englandAreas';
import { GradeMixTable } from './GradeMixTable';
import { EmptyChart } from './EmptyChart';

export const EnglandAreasFigure = memo(function EnglandAreasFigure({
  model,
  notes,
  source,
}: {
  model: EnglandAreas;
  notes: readonly string[];
  source: string;
}) {
  const date = formatLong(model.asAt);
  const only = model.mixes.length === 1 ? model.mixes[0] : undefined;
  const title = only
    ? `${only.label}: latest grades in England as at ${date}`
    : `Latest grades in each judgement area, England, as at ${date}`;
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
            No authority had a judgement for {only ? only.label.toLowerCase() : 'any area'} by {date}: choose a later
            date or another area.
          </EmptyChart>
        )
      }
      table={
        <GradeMixTable
          caption={`Local authorities by latest grade in each judgement area, England, as at ${date} (${model.authorities} authorities inspected under ILACS)`}
          rowHeader="Judgement area"
          mixes={model.mixes}
        />
      }
      footnotes={notes}
      source={source}
    />
  );
});
