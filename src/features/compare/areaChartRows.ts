// Chart rows for one judgement area: the authority's own grade, then England, its region and the comparators as shares.
import { barFromRows, type GradeMixBar } from '../../components/charts/gradeMixDefinition';
import { gradeLabel, type GradeId, type GradeScale } from '../../domain';
import type { AreaComparison, GroupTally } from './comparePosition';

export interface AreaChartRow extends GradeMixBar {
  readonly id: 'authority' | GroupTally['id'];
  /** What the row says in words, for the tooltip and screen readers. */
  readonly description: string;
}

function groupRow(group: GroupTally, scale: GradeScale): AreaChartRow {
  const parts = group.rows.filter((row) => row.count > 0).map((row) => `${row.count} ${gradeLabel(row.grade, scale)}`);
  const missing = group.notJudged > 0 ? `; ${group.notJudged} without a grade` : '';
  const description = `${group.label}: ${parts.length > 0 ? parts.join(', ') : 'no grades'}${missing}`;
  // The axis label says how many had a grade: the shares are of those.
  return {
    ...barFromRows(group.id, `${group.label} (${group.judged})`, group.rows, { description }),
    id: group.id,
    description,
  };
}

export function areaChartRows(authorityName: string, comparison: AreaComparison, scale: GradeScale): AreaChartRow[] {
  const { outcome } = comparison;
  const graded = outcome.kind === 'graded';
  const description = graded ? `${authorityName}: ${gradeLabel(outcome.grade, scale)}` : `${authorityName}: not judged`;
  const rows = graded ? [{ grade: outcome.grade, count: 1, share: 1 }] : [];
  const own: AreaChartRow = {
    ...barFromRows('authority', authorityName, rows, { ownGrade: true, description }),
    id: 'authority',
    description,
  };
  const groups = [comparison.england, comparison.region, ...(comparison.comparators ? [comparison.comparators] : [])];
  return [own, ...groups.map((group) => groupRow(group, scale))];
}

/** The scale's grades, best first: the chart's stacked series. */
export function seriesGrades(scale: GradeScale): GradeId[] {
  return scale.steps.map((step) => step.grade);
}
