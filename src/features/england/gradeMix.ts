// One row of a grade-mix chart or table (an area, a region or a year): counts, shares and how many were not judged.
import type { GradeRow, GradeTally } from '../../analytics';

export interface GradeMix extends GradeTally {
  readonly key: string;
  readonly label: string;
  /** Authorities in the row with no grade for the area. */
  readonly notJudged: number;
  /** England's row among regions, drawn in bold so the comparison is easy to find. */
  readonly emphasis?: boolean;
}

export function mixOf(key: string, label: string, tally: GradeTally & { readonly notJudged: number }, emphasis = false): GradeMix {
  return {
    key,
    label,
    rows: tally.rows,
    judged: tally.judged,
    goodOrBetter: tally.goodOrBetter,
    goodOrBetterShare: tally.goodOrBetterShare,
    notJudged: tally.notJudged,
    ...(emphasis ? { emphasis } : {}),
  };
}

/** A row with nobody in it, on the same grades as `like` (a region with no inspection yet, an area absent). */
export function emptyTally(rows: readonly GradeRow[], notJudged = 0): GradeTally & { readonly notJudged: number } {
  return { rows: rows.map((row) => ({ ...row, count: 0, share: 0 })), judged: 0, goodOrBetter: 0, goodOrBetterShare: null, notJudged };
}
