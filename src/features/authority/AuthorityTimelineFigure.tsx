// One authority's inspections over time as grade mixes, with visits and ungraded records listed in date order beside them.
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { seriesOf } from '../../components/charts/gradeMixDefinition';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { joinList, percent } from '../../components/format';
import {
  areaWords,
  othersJudgementNotes,
  dateDisagreements,
  formatLong,
  gradeLabel,
  judgedFromNotes,
  judgementNotes,
  sourceLine,
  sourceNotes,
  type GradeId,
} from '../../domain';
import type { AuthorityTimeline, TimelineEvent } from './authorityTimeline';
import { shareColumn } from '../../components/figureData/figureData';

const yearSpan = (events: readonly TimelineEvent[]) => {
  const first = events[0] ? eventInspection(events[0]).date.year : undefined;
  const lastEvent = events[events.length - 1];
  const last = lastEvent ? eventInspection(lastEvent).date.year : undefined;
  return first === last ? `${first}` : `${first} to ${last}`;
};

const eventInspection = (event: TimelineEvent) => (event.kind === 'judged' ? event.row.inspection : event.inspection);

/** Why an event has no bar, as the table and the list under the chart say it. */
function withoutGrades(event: Exclude<TimelineEvent, { kind: 'judged' }>): string {
  if (event.kind === 'visit')
    return event.theme ? `No judgements (visit; theme: ${event.theme})` : 'No judgements (visit)';
  return event.reason;
}

export function AuthorityTimelineFigure({ model }: { model: AuthorityTimeline }) {
  const areaPart = model.area ? `: ${areaWords(model.area)}` : ': judgements by grade';
  const title = `${model.authorityName}’s inspections, ${yearSpan(model.events)}${areaPart}`;
  const ungraded = model.events.filter(
    (event): event is Exclude<TimelineEvent, { kind: 'judged' }> => event.kind !== 'judged',
  );
  const sources = model.events.flatMap((event) => eventInspection(event).sources);
  const scales = new Set(model.rows.map((row) => row.distribution.scale.id));
  const visitSentence =
    model.visits.length > 0
      ? `${model.authorityName} also had ${model.visits.length} ${model.visits.length === 1 ? 'visit' : 'visits'} (${joinList(
          model.visits.map(
            (visit) => `${visit.type.replace(/^LA |^ILACS /, '').toLowerCase()} on ${formatLong(visit.date)}`,
          ),
        )}), which ${model.visits.length === 1 ? 'makes' : 'make'} no graded judgements.`
      : '';
  return (
    <Figure
      title={title}
      fileParts={[
        model.authorityName,
        'inspections',
        yearSpan(model.events).replace(' to ', '-'),
        model.area?.label ?? '',
      ]}
      summary={
        <>
          {model.rows.map((row) => (
            <span key={row.key}>{row.summary} </span>
          ))}
          {visitSentence ? <span>{visitSentence}</span> : null}
        </>
      }
      chart={
        <>
          {model.rows.length > 0 ? (
            <GradeMixChart bars={model.rows} series={seriesOf(model.grades)} />
          ) : (
            <p className="govuk-body">
              No graded inspections in this selection: the events below made no graded judgements.
            </p>
          )}
          {ungraded.length > 0 ? (
            <div className="authority-events">
              <h3 className="govuk-heading-s">On the timeline without grades</h3>
              <ul className="govuk-list govuk-list--bullet">
                {ungraded.map((event) => (
                  <li key={event.id}>
                    <strong>{event.label}</strong>: {withoutGrades(event)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      }
      table={
        <DataTable<TimelineEvent>
          caption={`${model.authorityName}’s inspections and visits, oldest first: number of judgements at each grade`}
          columns={[
            { header: 'Inspection or visit', cell: (event) => event.label },
            {
              header: 'Judgements',
              cell: (event) => (event.kind === 'judged' ? event.row.distribution.judged : withoutGrades(event)),
              numeric: true,
            },
            ...model.grades.map((grade: GradeId) => ({
              header: gradeLabel(grade),
              cell: (event: TimelineEvent) => (event.kind === 'judged' ? event.row.counts[grade] : '–'),
              numeric: true,
            })),
            {
              header: 'Good or better',
              cell: (event) => (event.kind === 'judged' ? percent(event.row.distribution.goodOrBetterShare) : '–'),
              numeric: true,
              csv: shareColumn<TimelineEvent>('Good or better', (event) =>
                event.kind === 'judged' ? event.row.distribution.goodOrBetterShare : null,
              ),
            },
            {
              header: 'Not judged',
              cell: (event) => (event.kind === 'judged' ? event.row.distribution.notJudged : '–'),
              numeric: true,
            },
          ]}
          rows={model.events}
          rowKey={(event) => event.id}
        />
      }
      footnotes={[
        'Bars show each inspection’s judgements as shares of the judgements it made; the numbers on the bars are counts.',
        ...(scales.size > 1
          ? [
              'Adequate (inspections to 2012) and Requires improvement (from 2013) are different grades on different frameworks, and the number and areas of judgements differ between frameworks: compare shares with care.',
            ]
          : []),
        ...sourceNotes(sources),
        ...(model.area ? [`Each bar is the inspection’s single judgement of ${areaWords(model.area)}.`] : []),
        ...(model.visits.length > 0
          ? [
              'Monitoring and focused visits make no graded judgements: they are listed under the chart and in the table, not drawn as bars.',
            ]
          : []),
        ...judgedFromNotes(
          model.events.flatMap((event) => eventInspection(event).judgements.map((judgement) => judgement.area.id)),
        ),
        ...othersJudgementNotes(
          model.events.flatMap((event) => eventInspection(event).judgements.map((judgement) => judgement.area.id)),
        ),
        ...model.events.flatMap((event) => judgementNotes(eventInspection(event))),
        ...model.events.flatMap((event) =>
          dateDisagreements(eventInspection(event)).map(
            (text) => `${formatLong(eventInspection(event).date)}: ${text}`,
          ),
        ),
      ]}
      source={sourceLine(sources)}
    />
  );
}
