// Chart rows for one judgement area: the authority's own grade, then England, its region and the comparators as shares.
import { ALL_GRADES, gradeLabel, type GradeId, type GradeScale } from '../../domain';
import type { AreaComparison, GroupTally } from './comparePosition';

export interface AreaChartRow {
  readonly id: 'authority' | GroupTally['id'];
  /** The axis label: a name and, for groups, how many have a grade. */
  readonly label: string;
  /** Share of each grade, 0–1; the authority's own row is 1 for its grade. */
  readonly shares: Readonly<Record<GradeId, number>>;
  readonly counts: Readonly<Record<GradeId, number>>;
  /** What the row says in words, for the tooltip and screen readers. */
  readonly description: string;
}

const zeros = (): Record<GradeId, number> => Object.fromEntries(ALL_GRADES.map((grade) => [grade, 0])) as Record<GradeId, number>;

function groupRow(group: GroupTally, scale: GradeScale): AreaChartRow {
  const shares = zeros();
  for (const row of group.rows) shares[row.grade] = row.share;
  const parts = group.rows.filter((row) => row.count > 0).map((row) => `${row.count} ${gradeLabel(row.grade, scale)}`);
  const missing = group.notJudged > 0 ? `; ${group.notJudged} without a grade` : '';
  return {
    id: group.id,
    label: `${group.label} (${group.judged})`,
    shares,
    counts: group.counts,
    description: `${group.label}: ${parts.length > 0 ? parts.join(', ') : 'no grades'}${missing}`,
  };
}

export function areaChartRows(authorityName: string, comparison: AreaComparison, scale: GradeScale): AreaChartRow[] {
  const shares = zeros();
  const counts = zeros();
  let description = `${authorityName}: not judged`;
  if (comparison.outcome.kind === 'graded') {
    shares[comparison.outcome.grade] = 1;
    counts[comparison.outcome.grade] = 1;
    description = `${authorityName}: ${gradeLabel(comparison.outcome.grade, scale)}`;
  }
  const own: AreaChartRow = { id: 'authority', label: authorityName, shares, counts, description };
  const groups = [comparison.england, comparison.region, ...(comparison.comparators ? [comparison.comparators] : [])];
  return [own, ...groups.map((group) => groupRow(group, scale))];
}

/** The scale's grades, best first: the chart's stacked series. */
export function seriesGrades(scale: GradeScale): GradeId[] {
  return scale.steps.map((step) => step.grade);
}
