// "Improvement journeys": moves from grade to grade between consecutive inspections of a strand, and the time from an
// Inadequate judgement to the next inspection and to Good or better.
import { CountColumnsChart } from '../../components/charts/CountColumnsChart';
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { outcomeLabel, type TransitionRow } from '../../analytics';
import { EmptyChart } from './EmptyChart';
import { type AfterInadequateModel, type AfterInadequateRow, type TransitionsModel } from './journeysView';

export interface JourneyFigureProps<Model> {
  readonly model: Model;
  /** "Whole service, England, 2014 to 2025": what the title names. */
  readonly scope: string;
  readonly notes: readonly string[];
  readonly source: string;
}

export function TransitionsFigure({ model, scope, notes, source }: JourneyFigureProps<TransitionsModel>) {
  const { counts } = model;
  return (
    <Figure
      title={`Moves from grade to grade between consecutive inspections, ${scope}`}
      summary={model.summary}
      chart={
        model.bars.length > 0 ? (
          <GradeMixChart bars={model.bars} series={model.series} orientation="bars" segmentText="count" />
        ) : (
          <EmptyChart>No moves between consecutive inspections in these years: choose a longer period.</EmptyChart>
        )
      }
      table={
        <DataTable<TransitionRow>
          caption={`Inspections by the grade of the one before (rows) and their own grade (columns), ${scope}`}
          columns={[
            { header: 'From', cell: (row) => outcomeLabel(row.from) },
            ...counts.outcomes.map((to) => ({
              header: `To ${outcomeLabel(to)}`,
              numeric: true,
              cell: (row: TransitionRow) => row.to[to],
            })),
            { header: 'All', numeric: true, cell: (row) => row.total },
          ]}
          rows={counts.rows}
          rowKey={(row) => row.from}
        />
      }
      footnotes={notes}
      source={source}
    />
  );
}

export function AfterInadequateFigure({ model, scope, notes, source }: JourneyFigureProps<AfterInadequateModel>) {
  const { summary } = model;
  return (
    <Figure
      title={`After an Inadequate judgement: the time to the next inspection and to Good or better, ${scope}`}
      summary={model.sentence}
      chart={
        summary.judgements === 0 ? (
          <EmptyChart>No Inadequate judgement in these years: choose a longer period or another region.</EmptyChart>
        ) : (
          <div className="app-journeys__charts">
            <section aria-label="To the next inspection">
              <h3 className="govuk-heading-s">
                To the next inspection ({summary.reinspected} of {summary.judgements} Inadequate judgements)
              </h3>
              <CountColumnsChart
                title="Years from an Inadequate judgement to the next inspection"
                columns={model.toNext}
                categoryTitle="Years after the Inadequate judgement"
                counted="judgements"
              />
            </section>
            <section aria-label="To Good or better">
              <h3 className="govuk-heading-s">
                To Good or better ({summary.reached} of {summary.journeys} journeys from Inadequate)
              </h3>
              <CountColumnsChart
                title="Years from an Inadequate judgement to Good or better"
                columns={model.toGood}
                categoryTitle="Years after the Inadequate judgement"
                counted="journeys"
              />
            </section>
          </div>
        )
      }
      table={
        <DataTable<AfterInadequateRow>
          caption={`Inadequate judgements by the years to the next inspection, and journeys from Inadequate by the years to Good or better, with those not yet there, ${scope}`}
          columns={[
            {
              header: 'Years after the Inadequate judgement',
              cell: (row) => (row.coverage ? <strong>{row.label}</strong> : row.label),
            },
            { header: 'To the next inspection (judgements)', numeric: true, cell: (row) => row.judgements },
            { header: 'To Good or better (journeys)', numeric: true, cell: (row) => row.journeys },
          ]}
          rows={model.rows}
          rowKey={(row) => row.label}
        />
      }
      footnotes={notes}
      source={source}
    />
  );
}
