// View model for "an authority's inspections over time": one row per inspection, shares per grade, a sentence each.
import { authorityInspections, measuresOverTime, type GradeDistribution } from '../../analytics';
import { ALL_GRADES, formatIso, formatLong, type Dataset, type GradeId, type Inspection } from '../../domain';
import { joinList } from '../../components/format';

export interface TimelineRow {
  readonly id: string;
  /** Axis label: the date as known and the inspection type. */
  readonly label: string;
  readonly inspection: Inspection;
  readonly distribution: GradeDistribution;
  /** Share of each grade (0–1) for the chart; grades not on the scale are 0. */
  readonly shares: Readonly<Record<GradeId, number>>;
  readonly counts: Readonly<Record<GradeId, number>>;
  readonly summary: string;
}

export interface AuthorityTimeline {
  readonly authorityName: string;
  readonly rows: readonly TimelineRow[];
  /** Grades that occur in at least one inspection, best first: the chart's series. */
  readonly grades: readonly GradeId[];
  readonly visits: readonly Inspection[];
  readonly measureSentences: readonly string[];
}

export function describeInspection(authorityName: string, inspection: Inspection, distribution: GradeDistribution): string {
  const judged = distribution.judged;
  // Worst first: members asked first how many judgements were inadequate.
  const parts = [...distribution.rows]
    .reverse()
    .filter((row) => row.count > 0)
    .map((row, i) => `${row.count} ${row.label.toLowerCase()}${i === 0 ? ` (${Math.round(row.share * 100)}%)` : ''}`);
  const noun = judged === 1 ? 'judgement' : 'judgements';
  const notJudged =
    distribution.notJudged > 0 ? ` ${distribution.notJudged} ${distribution.notJudged === 1 ? 'area was' : 'areas were'} not judged.` : '';
  return `${authorityName}’s inspection of ${formatLong(inspection.date)} made ${judged} ${noun}: ${joinList(parts)}.${notJudged}`;
}

export function authorityTimeline(dataset: Dataset, authorityKey: string): AuthorityTimeline | undefined {
  const authority = dataset.authorities.get(authorityKey);
  if (!authority) return undefined;
  const entries = authorityInspections(dataset, authorityKey);
  const rows: TimelineRow[] = [];
  const visits: Inspection[] = [];
  for (const { inspection, distribution } of entries) {
    if (!distribution) {
      visits.push(inspection);
      continue;
    }
    if (distribution.judged === 0) continue;
    const shares = Object.fromEntries(ALL_GRADES.map((grade) => [grade, 0])) as Record<GradeId, number>;
    const counts = { ...shares };
    for (const row of distribution.rows) {
      shares[row.grade] = row.share;
      counts[row.grade] = row.count;
    }
    rows.push({
      id: `${formatIso(inspection.date)}-${inspection.type}`,
      label: `${formatLong(inspection.date)}: ${inspection.type}`,
      inspection,
      distribution,
      shares,
      counts,
      summary: describeInspection(authority.name, inspection, distribution),
    });
  }
  const grades = ALL_GRADES.filter((grade) => rows.some((row) => row.counts[grade] > 0));
  const measureSentences = measuresOverTime(dataset, authorityKey).flatMap((series) =>
    series.points.map((point) => `${formatLong(point.date)}: ${series.name}, ${point.value}${series.unit === '%' ? '%' : ` ${series.unit}`}.`),
  );
  return { authorityName: authority.name, rows, grades, visits, measureSentences };
}
