// Grade distributions per judgement area across authorities' latest judgements, for England or by region.
import { isLocalAuthority, type GradeCounts, type Judgement, type JudgementArea, type Outcome } from '../domain';
import { countGrade, tallyOnScale } from './gradeRows';
import type { GradeTally } from './gradeRows';
import type { LatestInspection, LatestJudgements } from './latestAsAt';
import { scaleOfFramework } from './scaleOf';

export type AreaGrouping = 'england' | 'region';

export const ENGLAND = 'England';
export const REGION_NOT_RECORDED = 'Region not recorded';

export interface AreaDistribution extends GradeTally {
  readonly area: JudgementArea;
  /** 'England', a region's name, or 'Region not recorded'. */
  readonly group: string;
  /**
   * Authorities in the group without a grade for this area: judged "not judged", or inspected before
   * the area existed (care leavers before 2023), or known only by summary counts.
   */
  readonly notJudged: number;
}

/**
 * Areas in the order they first appear in the inspections; within an area, groups alphabetically with
 * 'Region not recorded' last. Every group appears for every area, so a region with no grade for an
 * area shows as all not judged rather than vanishing. A grade outside the framework's scale is counted nowhere.
 */
export function areaDistributions(latest: LatestJudgements, groupBy: AreaGrouping): AreaDistribution[] {
  const scale = scaleOfFramework(latest.framework);
  const areas = new Map<string, JudgementArea>();
  for (const { inspection } of latest.entries) {
    for (const { area } of inspection.judgements) if (!areas.has(area.id)) areas.set(area.id, area);
  }
  const groups = groupEntries(latest.entries, groupBy);

  const distributions: AreaDistribution[] = [];
  for (const area of areas.values()) {
    for (const [group, entries] of groups) {
      const counts: GradeCounts = {};
      let notJudged = 0;
      for (const { inspection } of entries) {
        const outcome = outcomeFor(inspection.judgements, area.id);
        if (outcome?.kind === 'graded') countGrade(counts, outcome.grade);
        else notJudged += 1;
      }
      distributions.push({ area, group, ...tallyOnScale(scale, counts), notJudged });
    }
  }
  return distributions;
}

/** The group an authority falls in; blank regions count as not recorded. */
export function groupOf(entry: LatestInspection, groupBy: AreaGrouping): string {
  if (groupBy === 'england') return ENGLAND;
  const region = entry.authority.region?.trim();
  return region ? region : REGION_NOT_RECORDED;
}

/** Bodies kept as their own (`kind: 'other'`) are in no group: England and the regions are local authorities only. */
function groupEntries(
  entries: readonly LatestInspection[],
  groupBy: AreaGrouping,
): Array<[string, LatestInspection[]]> {
  const groups = new Map<string, LatestInspection[]>();
  for (const entry of entries) {
    if (!isLocalAuthority(entry.authority)) continue;
    const group = groupOf(entry, groupBy);
    const members = groups.get(group);
    if (members) members.push(entry);
    else groups.set(group, [entry]);
  }
  return [...groups].sort(([a], [b]) => groupOrder(a) - groupOrder(b) || a.localeCompare(b, 'en-GB'));
}

function groupOrder(group: string): number {
  return group === REGION_NOT_RECORDED ? 1 : 0;
}

/** The first judgement for the area, as in `compareInspections`. */
export function outcomeFor(judgements: readonly Judgement[], areaId: string): Outcome | undefined {
  return judgements.find((judgement) => judgement.area.id === areaId)?.outcome;
}
