// View model for "an authority's inspections over time": grade mixes for judged inspections, visits and ungraded events beside them.
import { gradeDistribution, type GradeDistribution, type TimelineEntry } from '../../analytics';
import { barFromRows, gradesIn, type GradeMixBar } from '../../components/charts/gradeMixDefinition';
import { joinList } from '../../components/format';
import {
  areaWords,
  formatIso,
  formatLong,
  shortInspectionLabel,
  type GradeId,
  type Inspection,
  type JudgementArea,
} from '../../domain';

/** A judged inspection as a chart bar: its label is the date as known and the inspection type; grades not on its scale are 0. */
export interface TimelineRow extends GradeMixBar {
  readonly inspection: Inspection;
  readonly distribution: GradeDistribution;
  readonly summary: string;
}

/** Everything on the timeline in date order: judged inspections, and events the chart cannot draw, with why. */
export type TimelineEvent =
  | { readonly kind: 'judged'; readonly id: string; readonly label: string; readonly row: TimelineRow }
  | {
      readonly kind: 'visit';
      readonly id: string;
      readonly label: string;
      readonly inspection: Inspection;
      readonly theme?: string;
    }
  | {
      readonly kind: 'ungraded';
      readonly id: string;
      readonly label: string;
      readonly inspection: Inspection;
      readonly reason: string;
    };

export interface AuthorityTimeline {
  readonly authorityName: string;
  /** The area the grade mixes are limited to, when the area filter is set. */
  readonly area?: JudgementArea;
  /** Judged inspections: the chart's bars. */
  readonly rows: readonly TimelineRow[];
  readonly events: readonly TimelineEvent[];
  /** Grades that occur in at least one inspection, best first: the chart's series. */
  readonly grades: readonly GradeId[];
  readonly visits: readonly Inspection[];
}

export function describeInspection(
  authorityName: string,
  inspection: Inspection,
  distribution: GradeDistribution,
): string {
  const judged = distribution.judged;
  // Worst first: members asked first how many judgements were inadequate.
  const parts = [...distribution.rows]
    .reverse()
    .filter((row) => row.count > 0)
    .map((row, i) => `${row.count} ${row.label.toLowerCase()}${i === 0 ? ` (${Math.round(row.share * 100)}%)` : ''}`);
  const noun = judged === 1 ? 'judgement' : 'judgements';
  const notJudged =
    distribution.notJudged > 0
      ? ` ${distribution.notJudged} ${distribution.notJudged === 1 ? 'area was' : 'areas were'} not judged.`
      : '';
  return `${authorityName}’s inspection of ${formatLong(inspection.date)} made ${judged} ${noun}: ${joinList(parts)}.${notJudged}`;
}

export function inspectionLabel(inspection: Inspection): string {
  return `${formatLong(inspection.date)}: ${inspection.type}`;
}

/** `entries` oldest first, as `authorityInspections` gives them; `area` limits each grade mix to that area's judgement. */
export function authorityTimeline(
  authorityName: string,
  entries: readonly TimelineEntry[],
  area?: JudgementArea,
): AuthorityTimeline {
  const rows: TimelineRow[] = [];
  const events: TimelineEvent[] = [];
  const visits: Inspection[] = [];
  for (const { inspection, distribution } of entries) {
    const id = `${formatIso(inspection.date)}-${inspection.framework}-${inspection.type}`;
    const label = inspectionLabel(inspection);
    if (!distribution) {
      visits.push(inspection);
      events.push({ kind: 'visit', id, label, inspection, ...(inspection.note ? { theme: inspection.note } : {}) });
      continue;
    }
    const limited = area
      ? limitToArea(inspection, area)
      : distribution.judged === 0
        ? { reason: 'No graded judgements recorded' }
        : { distribution };
    if ('reason' in limited) {
      events.push({ kind: 'ungraded', id, label, inspection, reason: limited.reason });
      continue;
    }
    const row = timelineRow(authorityName, id, label, inspection, limited.distribution);
    rows.push(row);
    events.push({ kind: 'judged', id, label, row });
  }
  return { authorityName, ...(area ? { area } : {}), rows, events, grades: gradesIn(rows), visits };
}

function limitToArea(
  inspection: Inspection,
  area: JudgementArea,
): { distribution: GradeDistribution } | { reason: string } {
  if (inspection.summaryCounts)
    return { reason: `Known only by its counts: the grade for ${areaWords(area)} is not known` };
  const judgements = inspection.judgements.filter((judgement) => judgement.area.id === area.id);
  const first = judgements[0];
  if (!first) return { reason: `No judgement of ${areaWords(area)}` };
  if (first.outcome.kind === 'not-judged') return { reason: first.outcome.reason };
  return { distribution: gradeDistribution({ ...inspection, judgements: [first] }) };
}

function timelineRow(
  authorityName: string,
  id: string,
  label: string,
  inspection: Inspection,
  distribution: GradeDistribution,
): TimelineRow {
  return {
    ...barFromRows(id, label, distribution.rows),
    shortLabel: shortInspectionLabel(inspection),
    inspection,
    distribution,
    summary: describeInspection(authorityName, inspection, distribution),
  };
}
