// Per-grade counts laid out on one grade scale: rows best first, shares, and the good-or-better total.
import type { GradeCounts, GradeId, GradeScale } from '../domain';

export interface GradeRow {
  readonly grade: GradeId;
  /** The grade as this scale words it. */
  readonly label: string;
  readonly count: number;
  /** count / judged, or 0 when nothing was judged. */
  readonly share: number;
}

export interface GradeTally {
  /** Every grade of the scale, best first, zero counts included. */
  readonly rows: readonly GradeRow[];
  /** Sum of the counts of grades on the scale. */
  readonly judged: number;
  readonly goodOrBetter: number;
  /** null when nothing was judged: "0% good or better" would claim something we do not know. */
  readonly goodOrBetterShare: number | null;
}

/** Grades the scale does not have are left out of every total, rather than guessed onto a neighbour. */
export function tallyOnScale(scale: GradeScale, counts: GradeCounts): GradeTally {
  let judged = 0;
  let goodOrBetter = 0;
  for (const step of scale.steps) {
    const count = counts[step.grade] ?? 0;
    judged += count;
    if (step.goodOrBetter) goodOrBetter += count;
  }
  const rows = scale.steps.map((step) => {
    const count = counts[step.grade] ?? 0;
    return { grade: step.grade, label: step.label, count, share: judged === 0 ? 0 : count / judged };
  });
  return { rows, judged, goodOrBetter, goodOrBetterShare: judged === 0 ? null : goodOrBetter / judged };
}

/** Adds one to a grade's count. */
export function countGrade(counts: Partial<Record<GradeId, number>>, grade: GradeId): void {
  counts[grade] = (counts[grade] ?? 0) + 1;
}
