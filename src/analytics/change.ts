// What changed between two inspections of an authority: area by area, or grade counts when only totals are known.
import { ALL_GRADES, GRADE_SCALES, stepOf } from '../domain';
import type { GradeId, GradeScale, Inspection, JudgementArea, Outcome } from '../domain';
import { gradeDistribution } from './gradeDistribution';
import { scaleOf } from './scaleOf';

export type AreaChangeKind = 'improved' | 'declined' | 'unchanged' | 'newly-judged' | 'no-longer-judged' | 'not-judged';

export interface AreaChange {
  readonly area: JudgementArea;
  /** undefined when the earlier inspection has no judgement for the area. */
  readonly before: Outcome | undefined;
  readonly after: Outcome | undefined;
  readonly change: AreaChangeKind;
}

export interface GradeCountChange {
  readonly grade: GradeId;
  readonly before: number;
  readonly after: number;
  /** after − before. */
  readonly difference: number;
}

export interface InspectionComparison {
  /** False when the two were graded on different scales: then "unchanged" means the same position, not the same words. */
  readonly sameScale: boolean;
  /** Empty when either inspection is known only by summary counts. */
  readonly areas: readonly AreaChange[];
  /** Present only when either inspection is known only by summary counts. */
  readonly counts?: readonly GradeCountChange[];
}

export function compareInspections(earlier: Inspection, later: Inspection): InspectionComparison {
  const earlierScale = scaleOf(earlier);
  const laterScale = scaleOf(later);
  const sameScale = earlierScale.id === laterScale.id;
  if (earlier.summaryCounts || later.summaryCounts) {
    return { sameScale, areas: [], counts: countChanges(earlier, later, earlierScale, laterScale) };
  }

  const before = outcomesByArea(earlier);
  const after = outcomesByArea(later);
  const areas: AreaChange[] = [];
  for (const [id, { area, outcome }] of after) {
    areas.push(areaChange(area, before.get(id)?.outcome, earlierScale, outcome, laterScale));
  }
  for (const [id, { area, outcome }] of before) {
    if (!after.has(id)) areas.push(areaChange(area, outcome, earlierScale, undefined, laterScale));
  }
  return { sameScale, areas };
}

/** A repeated area keeps its first judgement: sources list the headline judgement first. */
function outcomesByArea(inspection: Inspection): Map<string, { area: JudgementArea; outcome: Outcome }> {
  const byArea = new Map<string, { area: JudgementArea; outcome: Outcome }>();
  for (const { area, outcome } of inspection.judgements) {
    if (!byArea.has(area.id)) byArea.set(area.id, { area, outcome });
  }
  return byArea;
}

function areaChange(
  area: JudgementArea,
  before: Outcome | undefined,
  beforeScale: GradeScale,
  after: Outcome | undefined,
  afterScale: GradeScale,
): AreaChange {
  const beforeGrade = before?.kind === 'graded' ? before.grade : undefined;
  const afterGrade = after?.kind === 'graded' ? after.grade : undefined;
  const change: AreaChangeKind =
    beforeGrade === undefined
      ? afterGrade === undefined
        ? 'not-judged'
        : 'newly-judged'
      : afterGrade === undefined
        ? 'no-longer-judged'
        : byRank(rankOf(beforeGrade, beforeScale), rankOf(afterGrade, afterScale));
  return { area, before, after, change };
}

function byRank(before: number, after: number): AreaChangeKind {
  if (after < before) return 'improved';
  if (after > before) return 'declined';
  return 'unchanged';
}

/**
 * Rank on the grade's own scale. A grade its scale lacks should not happen; every scale ranks a
 * given grade the same, so any scale that has it gives the rank rather than dropping the judgement.
 */
function rankOf(grade: GradeId, scale: GradeScale): number {
  const step =
    stepOf(scale, grade) ??
    Object.values(GRADE_SCALES)
      .map((other) => stepOf(other, grade))
      .find(Boolean);
  return step?.rank ?? Number.NaN;
}

function countChanges(
  earlier: Inspection,
  later: Inspection,
  earlierScale: GradeScale,
  laterScale: GradeScale,
): GradeCountChange[] {
  const before = countsOf(earlier);
  const after = countsOf(later);
  return ALL_GRADES.filter((grade) => stepOf(earlierScale, grade) || stepOf(laterScale, grade)).map((grade) => {
    const countBefore = before.get(grade) ?? 0;
    const countAfter = after.get(grade) ?? 0;
    return { grade, before: countBefore, after: countAfter, difference: countAfter - countBefore };
  });
}

function countsOf(inspection: Inspection): Map<GradeId, number> {
  return new Map(gradeDistribution(inspection).rows.map((row) => [row.grade, row.count]));
}
