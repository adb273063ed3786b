// One row of England's grade-mix charts and tables (an area, a region or a year): a chart bar with its tally and how many were not judged.
import type { GradeRow, GradeTally } from '../../analytics';
import { barFromRows, type GradeMixBar } from '../../components/charts/gradeMixDefinition';
import { percent } from '../../components/format';

export interface GradeMix extends GradeMixBar, GradeTally {
  /** Authorities in the row with no grade for the area. */
  readonly notJudged: number;
}

/** `emphasis`: England's row among regions, drawn in bold so the comparison is easy to find. */
export function mixOf(
  key: string,
  label: string,
  tally: GradeTally & { readonly notJudged: number },
  emphasis = false,
): GradeMix {
  const notes = [
    `Good or better: ${percent(tally.goodOrBetterShare)}`,
    ...(tally.notJudged > 0 ? [`Not judged: ${tally.notJudged}`] : []),
  ];
  return {
    ...barFromRows(key, label, tally.rows, { emphasis, notes }),
    rows: tally.rows,
    judged: tally.judged,
    goodOrBetter: tally.goodOrBetter,
    goodOrBetterShare: tally.goodOrBetterShare,
    notJudged: tally.notJudged,
  };
}

/** A row with nobody in it, on the same grades as `like` (a region with no inspection yet, an area absent). */
export function emptyTally(rows: readonly GradeRow[], notJudged = 0): GradeTally & { readonly notJudged: number } {
  return {
    rows: rows.map((row) => ({ ...row, count: 0, share: 0 })),
    judged: 0,
    goodOrBetter: 0,
    goodOrBetterShare: null,
    notJudged,
  };
}
