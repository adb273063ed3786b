// England's latest grades in each judgement area as at a date: 100%-stacked bars and the same numbers as a table.
import { Figure } from '../../components/Figure';
import { formatLong, OFSTED_PUBLICATION, OGL_ATTRIBUTION } from '../../domain';
import type { EnglandAreas } from './englandAreas';
import { GradeMixChart } from './GradeMixChart';
import { GradeMixTable } from './GradeMixTable';
import { EmptyChart } from './EmptyChart';

export function EnglandAreasFigure({ model, notes }: { model: EnglandAreas; notes: readonly string[] }) {
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
          <GradeMixChart mixes={model.mixes} orientation="bars" segmentText="count" />
        ) : (
          <EmptyChart>
            No authority had a judgement for {only ? only.label.toLowerCase() : 'any area'} by {date}: choose a later date or another area.
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
      source={`${OFSTED_PUBLICATION}. ${OGL_ATTRIBUTION}`}
    />
  );
}
