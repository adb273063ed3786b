// Each authority's latest judged inspection of one framework as at a date: the basis of "as at" national figures.
import { FRAMEWORKS, daysInMonth, endsOnOrBefore, isLocalAuthority, sortKey } from '../domain';
import type { Authority, Dataset, FrameworkId, Inspection, PartialDate } from '../domain';
import { authorityHistories, latestIn } from './latestIndex';
import type { LatestFound } from './latestIndex';

export interface LatestAsAtOptions {
  /** Defaults to 'ilacs'. */
  readonly framework?: FrameworkId;
  /**
   * Bodies kept as their own (`kind: 'other'`: a school, a test) are left out unless this is true: they are no local
   * authority, so never part of England's or a region's figures, nor of how many authorities those cover.
   */
  readonly includeOtherBodies?: boolean;
}

export interface LatestInspection {
  /** The authority's `authorityKey`. */
  readonly key: string;
  /** The dataset's record for the authority, or the inspection's own when the dataset has none. */
  readonly authority: Authority;
  readonly inspection: Inspection;
}

export interface LatestJudgements {
  readonly asAt: PartialDate;
  readonly framework: FrameworkId;
  /** In the dataset's authority order, then any authority known only from its inspections. */
  readonly entries: readonly LatestInspection[];
}

/**
 * An inspection counts once its whole date has passed by the end of `asAt` ("as at March 2025" means
 * by 31 March 2025). An inspection with no graded judgement and no summary counts is skipped, so the
 * authority keeps its previous judgements. On the same date the later record in the dataset wins.
 * An authority drops out once it has ceased (`ceasedOn` on or before `asAt`); `noLongerExists`
 * alone carries no date, so it does not.
 */
export function latestAsAt(dataset: Dataset, asAt: PartialDate, options: LatestAsAtOptions = {}): LatestJudgements {
  const framework = options.framework ?? 'ilacs';
  const limit = lastDayOf(asAt);
  if (!FRAMEWORKS[framework].makesJudgements) return { asAt, framework, entries: [] };

  // Built once per dataset: each call after the first is a binary search per authority, not a scan of every inspection.
  const limitKey = sortKey(limit);
  const latest = new Map<string, LatestFound>();
  for (const history of authorityHistories(dataset.inspections, framework)) {
    const found = latestIn(history, limitKey);
    if (found) latest.set(history.key, found);
  }

  // Authorities the dataset does not list follow, in the order of their first counted inspection.
  const unlisted = [...latest.keys()].filter((key) => !dataset.authorities.has(key));
  unlisted.sort((a, b) => latest.get(a)!.firstPosition - latest.get(b)!.firstPosition);
  const entries: LatestInspection[] = [];
  for (const key of [...dataset.authorities.keys(), ...unlisted]) {
    const found = latest.get(key);
    if (!found) continue;
    const { inspection } = found;
    const authority = dataset.authorities.get(key) ?? inspection.authority;
    if (authority.ceasedOn && endsOnOrBefore(authority.ceasedOn, limit)) continue;
    if (!options.includeOtherBodies && !isLocalAuthority(authority)) continue;
    entries.push({ key, authority, inspection });
  }
  return { asAt, framework, entries };
}

export function lastDayOf(date: PartialDate): PartialDate {
  switch (date.precision) {
    case 'day':
      return date;
    case 'month':
      return { precision: 'day', year: date.year, month: date.month, day: daysInMonth(date.year, date.month) };
    case 'year':
      return { precision: 'day', year: date.year, month: 12, day: 31 };
  }
}
