// The authority's position among its statistical neighbours, area by area: how many neighbours were judged good or
// better, and how many were better, the same and worse than the authority.
import { gradeLabel, stepOf, type GradeScale, type JudgementArea, type Outcome } from '../../domain';
import type { ComparatorNoun } from './compareGroup';
import type { AreaComparison, GroupTally } from './comparePosition';
import { areaTitleInSentence } from './compareSummary';

export interface AreaStanding {
  readonly area: JudgementArea;
  readonly outcome: Outcome;
  /** Members of the group. */
  readonly members: number;
  /** Members with a grade for the area. */
  readonly judged: number;
  readonly goodOrBetter: number;
  /** undefined when the authority has no grade for the area. */
  readonly better: number | undefined;
  readonly same: number | undefined;
  readonly worse: number | undefined;
  readonly tally: GroupTally | undefined;
}

export function neighbourStanding(areas: readonly AreaComparison[], scale: GradeScale): AreaStanding[] {
  return areas.map((comparison) => {
    const graded = comparison.comparatorGrades.flatMap((status) =>
      status.state.kind === 'graded' ? [status.state] : [],
    );
    const own = comparison.outcome.kind === 'graded' ? stepOf(scale, comparison.outcome.grade) : undefined;
    const better = own ? graded.filter((state) => state.rank < own.rank).length : undefined;
    const same = own ? graded.filter((state) => state.rank === own.rank).length : undefined;
    return {
      area: comparison.area,
      outcome: comparison.outcome,
      members: comparison.comparatorGrades.length,
      judged: graded.length,
      goodOrBetter: graded.filter((state) => state.goodOrBetter).length,
      better,
      same,
      worse: own && better !== undefined && same !== undefined ? graded.length - better - same : undefined,
      tally: comparison.comparators,
    };
  });
}

/** "Joint 1st of 11" style words for where the authority stands; undefined without a grade. */
export function placeWords(standing: AreaStanding): string | undefined {
  if (standing.better === undefined || standing.same === undefined) return undefined;
  const place = standing.better + 1;
  const joint = standing.same > 0 ? 'joint ' : '';
  return `${joint}${ordinal(place)} of ${standing.judged + 1}`;
}

function ordinal(place: number): string {
  const tens = place % 100;
  if (tens >= 11 && tens <= 13) return `${place}th`;
  return `${place}${['th', 'st', 'nd', 'rd'][place % 10] ?? 'th'}`;
}

/** One sentence per area, the focus area's first: the authority's grade, then its neighbours with coverage. */
export function describeStanding(
  authorityName: string,
  standing: AreaStanding,
  scale: GradeScale,
  noun: ComparatorNoun,
): string {
  const area = areaTitleInSentence(standing.area);
  const coverage = `${standing.judged} of the ${standing.members} ${noun.many} had a grade for ${area}`;
  if (standing.judged === 0) return `${coverage}, so there is nothing to place ${authorityName} among.`;
  const good = `${standing.goodOrBetter} of those ${standing.judged} ${standing.goodOrBetter === 1 ? 'was' : 'were'} good or better`;
  if (standing.outcome.kind !== 'graded' || standing.better === undefined)
    return `${coverage}; ${good}. ${authorityName} had no grade for it.`;
  return `${coverage}; ${good}. ${authorityName}, judged ${gradeLabel(standing.outcome.grade, scale)}, stands ${placeWords(standing)}: ${standing.better} better, ${standing.same} the same and ${standing.worse} worse.`;
}
