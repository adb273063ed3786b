// Where one authority stands against England, its region and chosen comparators, area by area, as at a date.
import { stepOf } from '../domain';
import type {
  Authority,
  Dataset,
  FrameworkId,
  GradeScale,
  Inspection,
  JudgementArea,
  Outcome,
  PartialDate,
} from '../domain';
import { areaDistributions, groupOf, outcomeFor } from './areaDistributions';
import type { AreaDistribution } from './areaDistributions';
import { latestAsAt } from './latestAsAt';
import type { LatestAsAtOptions, LatestInspection } from './latestAsAt';
import { scaleOfFramework } from './scaleOf';

export type ComparatorStanding =
  /** No judged inspection of the framework as at the date, or the authority had ceased by then. */
  | { readonly kind: 'not-inspected' }
  /** `outcome` is undefined when the inspection has no judgement for the area. */
  | { readonly kind: 'inspected'; readonly inspection: Inspection; readonly outcome: Outcome | undefined };

export interface ComparatorGrade {
  readonly key: string;
  /** undefined when the dataset does not know the key. */
  readonly authority: Authority | undefined;
  readonly standing: ComparatorStanding;
}

export interface AreaPosition {
  readonly area: JudgementArea;
  readonly outcome: Outcome;
  readonly england: AreaDistribution;
  readonly region: AreaDistribution;
  readonly comparators: {
    readonly grades: readonly ComparatorGrade[];
    readonly goodOrBetter: number;
    /** Comparators with a grade on the framework's scale for this area. */
    readonly judged: number;
  };
}

export interface AuthorityPosition {
  readonly asAt: PartialDate;
  readonly framework: FrameworkId;
  readonly authority: Authority;
  readonly inspection: Inspection;
  /** In the order of the authority's latest inspection. */
  readonly areas: readonly AreaPosition[];
}

/**
 * null when the authority has no judged inspection of the framework as at the date (or has ceased).
 * Comparator keys are `authorityKey`s; repeats are counted once.
 */
export function positionAgainst(
  dataset: Dataset,
  key: string,
  asAt: PartialDate,
  comparatorKeys: readonly string[],
  options: LatestAsAtOptions = {},
): AuthorityPosition | null {
  // The authority and its comparators may be bodies of their own; England and its region are counted without them.
  const latest = latestAsAt(dataset, asAt, { ...options, includeOtherBodies: true });
  const byKey = new Map(latest.entries.map((entry) => [entry.key, entry]));
  const own = byKey.get(key);
  if (!own) return null;

  const scale = scaleOfFramework(latest.framework);
  const england = indexByArea(areaDistributions(latest, 'england'));
  const ownRegion = groupOf(own, 'region');
  const regions = indexByArea(areaDistributions(latest, 'region').filter((row) => row.group === ownRegion));
  const comparators = [...new Set(comparatorKeys)].map((comparatorKey) => ({
    key: comparatorKey,
    entry: byKey.get(comparatorKey),
  }));

  const areas: AreaPosition[] = [];
  const placed = new Set<string>();
  for (const { area, outcome } of own.inspection.judgements) {
    const englandRow = england.get(area.id);
    const regionRow = regions.get(area.id);
    if (placed.has(area.id) || !englandRow || !regionRow) continue;
    placed.add(area.id);
    const grades = comparators.map(({ key: comparatorKey, entry }) =>
      comparatorGrade(dataset, comparatorKey, entry, area.id),
    );
    areas.push({
      area,
      outcome,
      england: englandRow,
      region: regionRow,
      comparators: { grades, ...tallyComparators(grades, scale) },
    });
  }
  return { asAt, framework: latest.framework, authority: own.authority, inspection: own.inspection, areas };
}

function comparatorGrade(
  dataset: Dataset,
  key: string,
  entry: LatestInspection | undefined,
  areaId: string,
): ComparatorGrade {
  if (!entry) return { key, authority: dataset.authorities.get(key), standing: { kind: 'not-inspected' } };
  return {
    key,
    authority: entry.authority,
    standing: {
      kind: 'inspected',
      inspection: entry.inspection,
      outcome: outcomeFor(entry.inspection.judgements, areaId),
    },
  };
}

/** A grade outside the scale is counted nowhere, as in the distributions. */
function tallyComparators(
  grades: readonly ComparatorGrade[],
  scale: GradeScale,
): { goodOrBetter: number; judged: number } {
  let goodOrBetter = 0;
  let judged = 0;
  for (const { standing } of grades) {
    if (standing.kind !== 'inspected' || standing.outcome?.kind !== 'graded') continue;
    const step = stepOf(scale, standing.outcome.grade);
    if (!step) continue;
    judged += 1;
    if (step.goodOrBetter) goodOrBetter += 1;
  }
  return { goodOrBetter, judged };
}

function indexByArea(distributions: readonly AreaDistribution[]): Map<string, AreaDistribution> {
  return new Map(distributions.map((distribution) => [distribution.area.id, distribution]));
}
