// One judgement area's grade mix at a series of "as at" dates (each 31 March): how the shares moved year by year.
import {
  lastPossibleKey,
  sortKey,
  type Dataset,
  type FrameworkId,
  type GradeCounts,
  type PartialDate,
} from '../domain';
import { groupOf, outcomeFor } from './areaDistributions';
import { countGrade, tallyOnScale, type GradeTally } from './gradeRows';
import { latestAsAt } from './latestAsAt';
import { scaleOfFramework } from './scaleOf';

export interface SharePoint extends GradeTally {
  readonly asAt: PartialDate;
  /**
   * Authorities (in the region, if one is given) with a judged inspection of the framework by the date:
   * the coverage. The others were last inspected under an earlier framework, or not at all.
   */
  readonly authorities: number;
  /** Of those, the authorities without a grade for the area (not judged, or inspected before the area existed). */
  readonly notJudged: number;
}

export interface YearlySharesOptions {
  /** Defaults to 'ilacs'. */
  readonly framework?: FrameworkId;
  /** A region's name, as `areaDistributions` groups them; England when absent. */
  readonly region?: string;
  /** Only these authorities (`authorityKey`s), such as an authority's statistical neighbours; every one when absent. */
  readonly members?: readonly string[];
}

/** Each authority counts once per date, at its latest inspection on or before it, as `latestAsAt` defines. */
export function yearlyShares(
  dataset: Dataset,
  areaId: string,
  dates: readonly PartialDate[],
  options: YearlySharesOptions = {},
): SharePoint[] {
  const framework = options.framework ?? 'ilacs';
  const scale = scaleOfFramework(framework);
  const members = options.members ? new Set(options.members) : undefined;
  return dates.map((asAt) => {
    const entries = latestAsAt(dataset, asAt, { framework }).entries.filter(
      (entry) =>
        (options.region === undefined || groupOf(entry, 'region') === options.region) &&
        (!members || members.has(entry.key)),
    );
    const counts: GradeCounts = {};
    let notJudged = 0;
    for (const { inspection } of entries) {
      const outcome = outcomeFor(inspection.judgements, areaId);
      if (outcome?.kind === 'graded') countGrade(counts, outcome.grade);
      else notJudged += 1;
    }
    return { asAt, ...tallyOnScale(scale, counts), authorities: entries.length, notJudged };
  });
}

/** 31 March of each year from `fromYear` that falls within `until` or before it ("2025" includes 31 March 2025); oldest first. */
export function eachThirtyFirstMarch(fromYear: number, until: PartialDate): PartialDate[] {
  const dates: PartialDate[] = [];
  for (let year = fromYear; ; year += 1) {
    const march: PartialDate = { precision: 'day', year, month: 3, day: 31 };
    if (sortKey(march) > lastPossibleKey(until)) return dates;
    dates.push(march);
  }
}
