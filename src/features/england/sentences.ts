// The plain-English sentence about one grade mix ("As at 31 March 2025, 103 of 153 local authorities (67%) were…").
import type { GradeTally } from '../../analytics';
import { joinList, percent } from '../../components/format';
import { inRegion } from '../../components/regionWords';
import { formatLong, type PartialDate } from '../../domain';

export interface MixSentence {
  readonly asAt: PartialDate;
  readonly tally: GradeTally & { readonly notJudged: number };
  /** "overall effectiveness", "care leavers". */
  readonly areaWords: string;
  /** A region's name; England when absent. */
  readonly place?: string;
}

export function localAuthorities(count: number): string {
  return count === 1 ? '1 local authority' : `${count} local authorities`;
}

export function mixSentence({ asAt, tally, areaWords, place }: MixSentence): string {
  const date = formatLong(asAt);
  const where = place ? ` ${inRegion(place)}` : '';
  const inspected = tally.judged + tally.notJudged;
  if (inspected === 0) return `As at ${date}, no local authority${where} had had an ILACS inspection.`;
  if (tally.judged === 0) {
    return `As at ${date}, none of the ${localAuthorities(inspected)}${where} inspected under ILACS had a judgement for ${areaWords}.`;
  }
  const list = joinList(tally.rows.map((row) => `${row.count} ${row.label.toLowerCase()}`));
  const share = `(${percent(tally.goodOrBetterShare)})`;
  if (tally.notJudged === 0) {
    return (
      `As at ${date}, ${tally.goodOrBetter} of ${localAuthorities(tally.judged)}${where} ${share} were judged good or outstanding ` +
      `for ${areaWords} at their latest ILACS inspection: ${list}.`
    );
  }
  return (
    `As at ${date}, ${tally.goodOrBetter} of the ${localAuthorities(tally.judged)}${where} judged on ${areaWords} ${share} were judged ` +
    `good or outstanding at their latest ILACS inspection: ${list}. ${tally.notJudged} more had no judgement for ${areaWords}.`
  );
}
