// Each authority's latest judged inspection of one framework as at a date: the basis of "as at" national figures.
import { FRAMEWORKS, authorityKey, compareDates, daysInMonth, endsOnOrBefore } from '../domain';
import type { Authority, Dataset, FrameworkId, Inspection, PartialDate } from '../domain';

export interface LatestAsAtOptions {
  /** Defaults to 'ilacs'. */
  readonly framework?: FrameworkId;
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
  const latest = new Map<string, Inspection>();
  if (FRAMEWORKS[framework].makesJudgements) {
    for (const inspection of dataset.inspections) {
      if (inspection.framework !== framework || !isJudged(inspection) || !endsOnOrBefore(inspection.date, limit)) continue;
      const key = authorityKey(inspection.authority);
      const current = latest.get(key);
      if (!current || compareDates(inspection.date, current.date) >= 0) latest.set(key, inspection);
    }
  }

  const order = [...dataset.authorities.keys(), ...latest.keys()];
  const entries: LatestInspection[] = [];
  const seen = new Set<string>();
  for (const key of order) {
    const inspection = latest.get(key);
    if (seen.has(key) || !inspection) continue;
    seen.add(key);
    const authority = dataset.authorities.get(key) ?? inspection.authority;
    if (authority.ceasedOn && endsOnOrBefore(authority.ceasedOn, limit)) continue;
    entries.push({ key, authority, inspection });
  }
  return { asAt, framework, entries };
}

function isJudged(inspection: Inspection): boolean {
  if (inspection.summaryCounts) return Object.values(inspection.summaryCounts).some((count) => count > 0);
  return inspection.judgements.some((judgement) => judgement.outcome.kind === 'graded');
}

function lastDayOf(date: PartialDate): PartialDate {
  switch (date.precision) {
    case 'day':
      return date;
    case 'month':
      return { precision: 'day', year: date.year, month: date.month, day: daysInMonth(date.year, date.month) };
    case 'year':
      return { precision: 'day', year: date.year, month: 12, day: 31 };
  }
}
