// View model for one judgement area region by region as at a date, with England alongside for comparison.
import { areaDistributions, ENGLAND, latestAsAt, type AreaDistribution } from '../../analytics';
import { joinList, percent } from '../../components/format';
import { regionNoun } from '../../components/regionWords';
import { areaWords, formatLong, type Dataset, type JudgementArea, type PartialDate } from '../../domain';
import { emptyTally, mixOf, type GradeMix } from './gradeMix';
import { mixSentence } from './sentences';

export interface RegionComparison {
  readonly asAt: PartialDate;
  readonly area: Pick<JudgementArea, 'id' | 'label'>;
  /** England first (emphasised), then each region, or only the chosen one. */
  readonly mixes: readonly GradeMix[];
  readonly summary: string;
}

/** Undefined when no authority had an ILACS inspection by the date. */
export function regionComparison(
  dataset: Dataset,
  asAt: PartialDate,
  area: Pick<JudgementArea, 'id' | 'label'>,
  region?: string,
): RegionComparison | undefined {
  const latest = latestAsAt(dataset, asAt, { framework: 'ilacs' });
  if (latest.entries.length === 0) return undefined;
  const forArea = (groupBy: 'england' | 'region') =>
    areaDistributions(latest, groupBy).filter((entry) => entry.area.id === area.id);
  const scaleRows = areaDistributions(latest, 'england')[0]?.rows ?? [];
  const englandTally = forArea('england')[0] ?? {
    area,
    group: ENGLAND,
    ...emptyTally(scaleRows, latest.entries.length),
  };
  const regions = forArea('region');
  const shown =
    region === undefined
      ? regions
      : [regions.find((entry) => entry.group === region) ?? { area, group: region, ...emptyTally(scaleRows) }];
  const mixes = [
    mixOf(ENGLAND, ENGLAND, englandTally, true),
    ...shown.map((entry) => mixOf(entry.group, entry.group, entry)),
  ];
  const summary =
    region === undefined
      ? acrossRegions(asAt, area, englandTally, regions)
      : againstEngland(asAt, area, englandTally, shown[0]!);
  return { asAt, area, mixes, summary };
}

/** "67% (103 of 153)" */
function shareOf(tally: AreaDistribution): string {
  return `${percent(tally.goodOrBetterShare)} (${tally.goodOrBetter} of ${tally.judged})`;
}

function acrossRegions(
  asAt: PartialDate,
  area: Pick<JudgementArea, 'id' | 'label'>,
  england: AreaDistribution,
  regions: readonly AreaDistribution[],
): string {
  const judged = regions.filter((entry) => entry.goodOrBetterShare !== null);
  if (judged.length < 2 || england.goodOrBetterShare === null)
    return mixSentence({ asAt, tally: england, areaWords: areaWords(area) });
  const shares = judged.map((entry) => entry.goodOrBetterShare ?? 0);
  const low = Math.min(...shares);
  const high = Math.max(...shares);
  const opening = `As at ${formatLong(asAt)}, the share of local authorities judged good or outstanding for ${areaWords(area)}`;
  const englandShare = `${shareOf(england)} across England`;
  if (low === high) return `${opening} was the same in every region: ${percent(low)}, against ${englandShare}.`;
  const at = (share: number) => judged.filter((entry) => entry.goodOrBetterShare === share);
  const describe = (entries: readonly AreaDistribution[]) =>
    joinList(
      entries.map(
        (entry) =>
          `${regionNoun(entry.group)} (${percent(entry.goodOrBetterShare)}, ${entry.goodOrBetter} of ${entry.judged})`,
      ),
    );
  return `${opening} was highest in ${describe(at(high))} and lowest in ${describe(at(low))}, against ${englandShare}.`;
}

function againstEngland(
  asAt: PartialDate,
  area: Pick<JudgementArea, 'id' | 'label'>,
  england: AreaDistribution,
  region: AreaDistribution,
): string {
  const lead = mixSentence({ asAt, tally: region, areaWords: areaWords(area), place: region.group });
  if (region.goodOrBetterShare === null || england.goodOrBetterShare === null) return lead;
  const gap = Math.round(region.goodOrBetterShare * 100) - Math.round(england.goodOrBetterShare * 100);
  const comparison =
    gap === 0
      ? 'the same as'
      : `${Math.abs(gap)} percentage point${Math.abs(gap) === 1 ? '' : 's'} ${gap > 0 ? 'above' : 'below'}`;
  return `${lead} That is ${comparison} England, where ${shareOf(england)} were good or better.`;
}
