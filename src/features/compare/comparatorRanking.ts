// The comparator table's rows for one area (best first) and the sentence that says where the authority sits among them.
import {
  formatLong,
  gradeLabel,
  stepOf,
  type GradeScale,
  type JudgementArea,
  type Outcome,
  type PartialDate,
} from '../../domain';
import { sortBestFirst, type ComparatorStatus } from './comparatorStatus';
import { OWN_GROUP_NOUN, type ComparatorNoun } from './compareGroup';
import { areaTitleInSentence } from './compareSummary';

export interface ComparatorRanking {
  readonly rows: readonly ComparatorStatus[];
  readonly summary: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function comparatorRanking(
  statuses: readonly ComparatorStatus[],
  area: JudgementArea,
  authorityName: string,
  outcome: Outcome,
  scale: GradeScale,
  asAt: PartialDate,
  noun: ComparatorNoun = OWN_GROUP_NOUN,
): ComparatorRanking {
  const rows = sortBestFirst(statuses);
  const graded = rows.flatMap((row) => (row.state.kind === 'graded' ? [row.state] : []));
  const good = graded.filter((state) => state.goodOrBetter).length;
  const words = areaTitleInSentence(area);
  const sentences: string[] = [];
  if (graded.length === 0)
    sentences.push(`None of the ${noun.many} had a grade for ${words} as at ${formatLong(asAt)}.`);
  else if (graded.length === 1) {
    sentences.push(
      `The one ${noun.one} with a grade for ${words} was ${good === 1 ? '' : 'not '}good or better as at ${formatLong(asAt)}.`,
    );
  } else
    sentences.push(
      `${good} of the ${graded.length} ${noun.many} with a grade for ${words} were good or better as at ${formatLong(asAt)}.`,
    );
  const ungraded = rows.length - graded.length;
  if (ungraded > 0) sentences.push(`${plural(ungraded, 'other has', 'others have')} no grade to compare.`);
  const ownStep = outcome.kind === 'graded' ? stepOf(scale, outcome.grade) : undefined;
  if (ownStep && graded.length > 0) {
    const better = graded.filter((state) => state.rank < ownStep.rank).length;
    const same = graded.filter((state) => state.rank === ownStep.rank).length;
    const worse = graded.length - better - same;
    sentences.push(
      `Against ${authorityName}’s ${gradeLabel(ownStep.grade, scale)}: ${better} better, ${same} the same and ${worse} worse.`,
    );
  }
  return { rows, summary: sentences.join(' ') };
}
