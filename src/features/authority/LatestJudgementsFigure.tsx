// The latest inspection area by area: each area's grade as its word on its colour, or why it was not judged.
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { barFromRows, gradesIn, seriesOf } from '../../components/charts/gradeMixDefinition';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { percent } from '../../components/format';
import { GradeTag } from '../../components/GradeTag';
import {
  dateDisagreements,
  formatIso,
  formatLong,
  judgedFromNotes,
  judgementNotes,
  notJudgedReason,
  sourceLine,
  sourceNotes,
  type GradeScale,
  type Judgement,
  type Outcome,
} from '../../domain';
import type { GradeRow as TallyRow } from '../../analytics';
import type { LatestJudgements } from './latestJudgements';
import { shareColumn } from '../../components/figureData/figureData';

export function OutcomeTag({ outcome, scale }: { outcome: Outcome | undefined; scale: GradeScale }) {
  if (!outcome) return <span className="authority-no-judgement">No judgement</span>;
  if (outcome.kind === 'graded') return <GradeTag grade={outcome.grade} scale={scale} />;
  return (
    <span>
      <span className="app-grade-tag app-grade-tag--not-judged">Not judged</span>{' '}
      <span className="authority-reason">({notJudgedReason(outcome.reason)})</span>
    </span>
  );
}

export function LatestJudgementsFigure({ authorityName, model }: { authorityName: string; model: LatestJudgements }) {
  const { inspection } = model;
  const title = `${authorityName}’s latest inspection, ${formatLong(inspection.date)}: judgements by area`;
  const source = sourceLine(inspection.sources);
  if (model.kind === 'counts') {
    const rows = model.distribution.rows;
    const bar = barFromRows('latest', `${formatLong(inspection.date)}: ${inspection.type}`, rows);
    return (
      <Figure
        title={title}
        fileParts={[authorityName, 'latest-inspection', formatIso(inspection.date)]}
        summary={<p className="govuk-body">{model.summary}</p>}
        chart={
          <>
            <p className="govuk-body">Known only by its counts: the grade of each area was not recorded.</p>
            <ul className="govuk-list authority-tag-list">
              {[...rows].reverse().map((row) =>
                row.count > 0 ? (
                  <li key={row.grade}>
                    {row.count} × <GradeTag grade={row.grade} scale={model.distribution.scale} />
                  </li>
                ) : null,
              )}
            </ul>
            <GradeMixChart bars={[bar]} series={seriesOf(gradesIn([bar]))} />
          </>
        }
        table={
          <DataTable<TallyRow>
            caption={`${authorityName}’s inspection of ${formatLong(inspection.date)}: judgements at each grade (counts only)`}
            columns={[
              { header: 'Grade', cell: (row) => row.label },
              { header: 'Judgements', cell: (row) => row.count, numeric: true },
              {
                header: 'Share',
                cell: (row) => percent(row.share),
                numeric: true,
                csv: shareColumn('Share', (row) => row.share),
              },
            ]}
            rows={rows}
            rowKey={(row) => row.grade}
          />
        }
        footnotes={[
          inspection.judgements.length > 0
            ? `This chart shows the number of judgements at each grade, the inspection’s only record of all its judgements; the ${inspection.judgements.length} judgements recorded area by area are among them.`
            : 'This inspection is known only by the number of judgements at each grade: which area received which grade is not known.',
          ...sourceNotes(inspection.sources),
          `Grades on the scale ${model.distribution.scale.name}.`,
        ]}
        source={source}
      />
    );
  }
  const caption = `${authorityName}’s inspection of ${formatLong(inspection.date)}: grade for each judgement area`;
  return (
    <Figure
      title={title}
      fileParts={[authorityName, 'latest-inspection', formatIso(inspection.date)]}
      summary={<p className="govuk-body">{model.summary}</p>}
      chart={
        model.judgements.length > 0 ? (
          <ul className="govuk-list authority-areas" aria-label={caption}>
            {model.judgements.map((judgement) => (
              <li key={judgement.area.id} className="authority-areas__item">
                <span className="authority-areas__label">{judgement.area.label}</span>
                <OutcomeTag outcome={judgement.outcome} scale={model.scale} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">
            This inspection made no judgement of the chosen area: clear the area filter to see all its judgements.
          </p>
        )
      }
      table={
        <DataTable<Judgement>
          caption={caption}
          columns={[
            { header: 'Judgement area', cell: (judgement) => judgement.area.label },
            {
              header: 'Grade',
              cell: (judgement) =>
                judgement.outcome.kind === 'graded' ? (
                  <OutcomeTag outcome={judgement.outcome} scale={model.scale} />
                ) : (
                  'Not judged'
                ),
            },
            {
              header: 'Why not judged',
              cell: (judgement) =>
                judgement.outcome.kind === 'not-judged' ? notJudgedReason(judgement.outcome.reason) : '',
            },
          ]}
          rows={model.judgements}
          rowKey={(judgement) => judgement.area.id}
        />
      }
      footnotes={[
        `${inspection.type}: grades on the scale ${model.scale.name}.`,
        ...judgedFromNotes(model.judgements.map((judgement) => judgement.area.id)),
        ...judgementNotes(inspection),
        ...sourceNotes(inspection.sources),
        ...dateDisagreements(inspection),
      ]}
      source={source}
    />
  );
}
