// View model for England's latest grades in each judgement area as at a date: one mix per area and the sentences above.
import { areaDistributions, latestAsAt, type AreaDistribution } from '../../analytics';
import { joinList, percent } from '../../components/format';
import {
  areaWords,
  OVERALL_EFFECTIVENESS,
  shortAreaLabel,
  type Dataset,
  type JudgementArea,
  type PartialDate,
} from '../../domain';
import { emptyTally, mixOf, type GradeMix } from './gradeMix';
import { localAuthorities, mixSentence } from './sentences';

export interface EnglandAreas {
  readonly asAt: PartialDate;
  /** Authorities with an ILACS inspection by the date: every mix covers all of them, judged or not. */
  readonly authorities: number;
  readonly mixes: readonly GradeMix[];
  readonly summary: string;
}

/** Undefined when no authority had an ILACS inspection by the date. `area` limits the figure to one area. */
export function englandAreas(
  dataset: Dataset,
  asAt: PartialDate,
  area?: Pick<JudgementArea, 'id' | 'label'>,
): EnglandAreas | undefined {
  const latest = latestAsAt(dataset, asAt, { framework: 'ilacs' });
  const authorities = latest.entries.length;
  if (authorities === 0) return undefined;
  const distributions = areaDistributions(latest, 'england');
  const chosen = area
    ? [distributions.find((entry) => entry.area.id === area.id) ?? absent(area, distributions, authorities)]
    : distributions;
  const mixes = chosen.map((entry) => mixOf(entry.area.id, shortAreaLabel(entry.area), entry));
  return { asAt, authorities, mixes, summary: summarise(asAt, chosen, authorities) };
}

/** An area no inspection held by the date judged: everyone counts as not judged, so the figure can say so. */
function absent(
  area: Pick<JudgementArea, 'id' | 'label'>,
  distributions: readonly AreaDistribution[],
  authorities: number,
): AreaDistribution {
  const like = distributions[0]?.rows ?? [];
  return { area: { id: area.id, label: area.label }, group: 'England', ...emptyTally(like, authorities) };
}

function summarise(asAt: PartialDate, distributions: readonly AreaDistribution[], authorities: number): string {
  const lead = distributions.find((entry) => entry.area.id === OVERALL_EFFECTIVENESS) ?? distributions[0];
  if (!lead)
    return `As at the date, ${localAuthorities(authorities)} had an ILACS inspection but none was judged on any area.`;
  const sentences = [mixSentence({ asAt, tally: lead, areaWords: areaWords(lead.area) })];
  const judged = distributions.filter((entry) => entry.goodOrBetterShare !== null);
  if (distributions.length > 1 && judged.length > 1) {
    const shares = judged.map((entry) => entry.goodOrBetterShare ?? 0);
    const low = Math.min(...shares);
    const high = Math.max(...shares);
    const named = (share: number) =>
      joinList(judged.filter((entry) => entry.goodOrBetterShare === share).map((entry) => areaWords(entry.area)));
    sentences.push(
      low === high
        ? `Every judgement area had the same share judged good or better: ${percent(low)}.`
        : `Across the ${judged.length} judgement areas, the share judged good or better ranged from ${percent(low)} ` +
            `for ${named(low)} to ${percent(high)} for ${named(high)}.`,
    );
    for (const entry of distributions) {
      if (entry === lead || entry.notJudged === 0) continue;
      sentences.push(
        entry.judged === 0
          ? `None of the ${authorities} authorities had a judgement for ${areaWords(entry.area)}.`
          : `For ${areaWords(entry.area)}, ${entry.judged} of the ${authorities} authorities had a judgement and ${entry.notJudged} did not.`,
      );
    }
  }
  return sentences.join(' ');
}
