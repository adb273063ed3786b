// The plain-English sentences above the comparison, computed from the view model.
import { lowerFirst, percent } from '../../components/format';
import { inRegion } from '../../components/regionWords';
import {
  compareDates,
  endsOnOrBefore,
  formatLong,
  gradeLabel,
  type Authority,
  type JudgementArea,
  type PartialDate,
} from '../../domain';
import type { ComparatorNoun } from './compareGroup';
import type { AreaComparison, ComparePosition, GroupTally } from './comparePosition';

/**
 * The area's full Ofsted title mid-sentence. Compare names areas in full (its headings do too), unlike the shorter
 * `areaWords` the England view's sentences use.
 */
export function areaTitleInSentence(area: JudgementArea): string {
  return lowerFirst(area.label);
}

const were = (count: number) => (count === 1 ? 'was' : 'were');

function englandClause(england: GroupTally): string {
  if (england.judged === 0) return 'No authority in England had a grade for this area';
  return `${percent(england.goodOrBetterShare)} of authorities in England (${england.goodOrBetter} of ${england.judged})`;
}

function regionClause(region: GroupTally): string {
  if (region.judged === 0) return `none ${inRegion(region.label)} had a grade for it`;
  return `${region.goodOrBetter} of ${region.judged} ${inRegion(region.label)}`;
}

function comparatorClause(comparators: GroupTally | undefined, noun: ComparatorNoun): string {
  if (!comparators) return '';
  const chosen = comparators.judged + comparators.notJudged;
  if (comparators.judged === 0) {
    return chosen === 1
      ? ` The ${noun.one} had no grade for this area as at the date.`
      : ` None of the ${chosen} ${noun.many} had a grade for this area as at the date.`;
  }
  const others =
    comparators.notJudged > 0
      ? ` (${comparators.notJudged} other${comparators.notJudged === 1 ? '' : 's'} had no grade as at the date)`
      : '';
  const members = comparators.judged === 1 ? noun.one : noun.many;
  const who = comparators.notJudged > 0 ? `${members} with a grade` : members;
  return ` ${comparators.goodOrBetter} of ${comparators.judged} ${who} ${were(comparators.judged)} good or better${others}.`;
}

/** The sentence for one area: the authority's grade, then England, its region and the comparators. */
export function describeArea(
  model: Extract<ComparePosition, { kind: 'position' }>,
  comparison: AreaComparison,
): string {
  const { authority, inspection, asAt, scale } = model;
  const inspected = formatLong(inspection.date);
  const area = areaTitleInSentence(comparison.area);
  const own =
    comparison.outcome.kind === 'graded'
      ? `As at ${formatLong(asAt)} ${authority.name} was judged ${gradeLabel(comparison.outcome.grade, scale)} for ${area} (inspected ${inspected}).`
      : `As at ${formatLong(asAt)} ${authority.name} had no grade for ${area}: its latest inspection (${inspected}) did not judge it.`;
  const { england, region } = comparison;
  const groups =
    england.judged === 0
      ? ` ${englandClause(england)}.`
      : ` ${englandClause(england)} and ${regionClause(region)} ${were(region.judged)} good or better.`;
  return `${own}${groups}${comparatorClause(comparison.comparators, model.noun)}`;
}

/** Why there is nothing to compare, and what to do about it. */
export function describeNotInspected(authority: Authority | undefined, asAt: PartialDate): string {
  const name = authority?.name ?? 'This authority';
  const ceased = authority?.ceasedOn;
  if (ceased && endsOnOrBefore(ceased, asAt)) {
    return `${name} no longer existed on ${formatLong(asAt)}: it ceased on ${formatLong(ceased)}. Choose an earlier date or another authority.`;
  }
  const began = authority?.startedOn;
  if (began && compareDates(began, asAt) > 0) {
    return `${name} did not exist yet on ${formatLong(asAt)}: it began on ${formatLong(began)}. Choose a later date or another authority.`;
  }
  return `${name} had no inspection under the ILACS framework (from 2018) on or before ${formatLong(asAt)}. Choose a later date or another authority.`;
}
