// One authority's inspections and visits in date order, each with its grade distribution.
import { FRAMEWORKS, authorityKey, compareDates } from '../domain';
import type { Dataset, Inspection } from '../domain';
import { gradeDistribution } from './gradeDistribution';
import type { GradeDistribution } from './gradeDistribution';

export interface TimelineEntry {
  readonly inspection: Inspection;
  /** null for visits: their frameworks make no graded judgements. */
  readonly distribution: GradeDistribution | null;
}

/** Oldest first; inspections on the same date keep their dataset order. `key` is an `authorityKey`. */
export function authorityInspections(dataset: Dataset, key: string): TimelineEntry[] {
  return dataset.inspections
    .filter((inspection) => authorityKey(inspection.authority) === key)
    .sort((a, b) => compareDates(a.date, b.date))
    .map((inspection) => ({
      inspection,
      distribution: FRAMEWORKS[inspection.framework].makesJudgements ? gradeDistribution(inspection) : null,
    }));
}
