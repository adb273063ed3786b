// How one inspection's judgements spread over the grades of its framework's scale.
import { countsForCouncil, type GradeCounts, type GradeScale, type Inspection } from '../domain';
import { countGrade, tallyOnScale } from './gradeRows';
import type { GradeTally } from './gradeRows';
import { scaleOf } from './scaleOf';

export interface GradeDistribution extends GradeTally {
  readonly scale: GradeScale;
  /** Judgements recorded as not judged (blank, "not yet inspected"…): never counted as a grade. */
  readonly notJudged: number;
  /** True when the inspection is known only by its totals, so there are no per-area judgements. */
  readonly fromSummaryCounts: boolean;
}

/**
 * A grade outside the inspection's scale (say Adequate on an ILACS inspection) should not reach us;
 * if it does it is counted nowhere, neither as judged nor as not judged, so the shares stay honest.
 */
export function gradeDistribution(inspection: Inspection): GradeDistribution {
  const scale = scaleOf(inspection);
  if (inspection.summaryCounts) {
    return { scale, ...tallyOnScale(scale, inspection.summaryCounts), notJudged: 0, fromSummaryCounts: true };
  }
  const counts: GradeCounts = {};
  let notJudged = 0;
  for (const judgement of inspection.judgements) {
    // The LSCB's judgement is the board's, not the council's: shown with the inspection, left out of its mix.
    if (!countsForCouncil(judgement.area)) continue;
    if (judgement.outcome.kind === 'graded') countGrade(counts, judgement.outcome.grade);
    else notJudged += 1;
  }
  return { scale, ...tallyOnScale(scale, counts), notJudged, fromSummaryCounts: false };
}
