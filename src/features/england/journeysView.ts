// View models for "Improvement journeys": moves from grade to grade between consecutive inspections of a strand, and
// what followed Inadequate judgements, for England or a region over a period, each with its sentence.
import {
  inadequateSummary,
  isGoodOrBetter,
  matchesJourneyFilter,
  outcomeLabel,
  type AfterInadequate,
  type InadequateSummary,
  type Journey,
  type JourneyFilter,
  type StepOutcome,
  type TransitionCounts,
  type TransitionRow,
} from '../../analytics';
import { barFromRows, type GradeMixBar, type GradeMixSeries } from '../../components/charts/gradeMixDefinition';
import { yearColumns, type CountColumn } from '../../components/charts/countColumns';
import { joinList, percent, yearsAndMonths } from '../../components/format';
import { inRegion } from '../../components/regionWords';
import { formatLong, GRADE_SCALES, stepOf, type GradeId, type PartialDate, type Strand } from '../../domain';

const SCALE = GRADE_SCALES['across-frameworks'];

/** "between 2014 and 2025", "in 2020", "from 2014 to the latest (2025)". */
export function periodWords(filter: JourneyFilter, years: { first: number; last: number }): string {
  const from = filter.from ?? years.first;
  const to = filter.to ?? years.last;
  return from === to ? `in ${from}` : `between ${from} and ${to}`;
}

export const placeWords = (filter: JourneyFilter) => (filter.region ? inRegion(filter.region) : 'in England');

export interface TransitionsModel {
  readonly counts: TransitionCounts;
  readonly bars: readonly GradeMixBar[];
  readonly series: readonly GradeMixSeries[];
  readonly summary: string;
}

const rank = (outcome: StepOutcome) => (outcome === 'no-overall-grade' ? undefined : stepOf(SCALE, outcome)?.rank);

export function transitionsModel(
  counts: TransitionCounts,
  strand: Strand,
  filter: JourneyFilter,
  years: { first: number; last: number },
): TransitionsModel {
  const grades = counts.outcomes.filter((outcome): outcome is GradeId => outcome !== 'no-overall-grade');
  const series = grades.map((grade) => ({ grade, label: outcomeLabel(grade) }));
  const bars = counts.rows
    .filter((row) => row.total > 0 && row.from !== 'no-overall-grade')
    .map((row) => {
      const graded = grades.reduce((sum, grade) => sum + row.to[grade], 0);
      return barFromRows(
        row.from,
        `From ${outcomeLabel(row.from)} (${row.total})`,
        grades.map((grade) => ({ grade, count: row.to[grade], share: graded === 0 ? 0 : row.to[grade] / graded })),
        { description: rowWords(row, counts.outcomes) },
      );
    });
  return { counts, bars, series, summary: transitionsSentence(counts, strand, filter, years) };
}

/** "From Inadequate (55): 1 to Outstanding, 14 to Good, 31 to Requires improvement, 9 to Inadequate". */
export function rowWords(row: TransitionRow, outcomes: readonly StepOutcome[]): string {
  const moves = outcomes.filter((to) => row.to[to] > 0).map((to) => `${row.to[to]} to ${outcomeLabel(to)}`);
  return `From ${outcomeLabel(row.from)} (${row.total}): ${moves.length > 0 ? moves.join(', ') : 'none'}`;
}

function transitionsSentence(
  counts: TransitionCounts,
  strand: Strand,
  filter: JourneyFilter,
  years: { first: number; last: number },
): string {
  const when = periodWords(filter, years);
  const where = placeWords(filter);
  if (counts.total === 0)
    return `No local authority ${where} had two consecutive inspections judging ${strand.words} with the later one ${when}.`;
  let up = 0;
  let same = 0;
  let down = 0;
  for (const row of counts.rows)
    for (const to of counts.outcomes) {
      const count = row.to[to];
      const [a, b] = [rank(row.from), rank(to)];
      if (count === 0 || a === undefined || b === undefined) continue;
      if (b < a) up += count;
      else if (b === a) same += count;
      else down += count;
    }
  const sentences = [
    `${when.charAt(0).toUpperCase()}${when.slice(1)}, ${counts.total} inspections of ${counts.authorities} local authorities ${where} judged ${strand.words} after an earlier inspection that judged it: ${up} moved to a better grade, ${same} stayed at the same level and ${down} moved to a worse one.`,
  ];
  const inadequate = counts.rows.find((row) => row.from === 'inadequate');
  if (inadequate && inadequate.total > 0) {
    const better = counts.outcomes.filter((to) => isGoodOrBetter(to)).reduce((sum, to) => sum + inadequate.to[to], 0);
    sentences.push(
      `Of the ${inadequate.total} of these inspections that followed an Inadequate judgement, ${better} (${percent(better / inadequate.total)}) were judged Good or better and ${inadequate.to.inadequate} Inadequate again.`,
    );
  }
  return sentences.join(' ');
}

export interface AfterInadequateModel {
  readonly summary: InadequateSummary;
  readonly sentence: string;
  readonly toNext: readonly CountColumn[];
  readonly toGood: readonly CountColumn[];
  readonly rows: readonly AfterInadequateRow[];
}

export interface AfterInadequateRow {
  readonly label: string;
  /** Inadequate judgements. */
  readonly judgements: number;
  /** Journeys from Inadequate. */
  readonly journeys: number;
  /** A row that is not a span of years: a total, or those with no end yet. */
  readonly coverage?: boolean;
}

export function afterInadequateModel(
  after: readonly AfterInadequate[],
  journeys: readonly Journey[],
  strand: Strand,
  filter: JourneyFilter,
  years: { first: number; last: number },
  reachesTo: PartialDate,
): AfterInadequateModel {
  const summary = inadequateSummary(after, journeys, filter, reachesTo);
  const nextDays = after.flatMap((entry) =>
    entry.days !== undefined && matchesJourneyFilter(filter, entry.judgement, entry.history.region) ? [entry.days] : [],
  );
  const goodDays = journeys.flatMap((journey) =>
    journey.days !== undefined && matchesJourneyFilter(filter, journey.start, journey.history.region)
      ? [journey.days]
      : [],
  );
  const longest = Math.max(0, ...nextDays, ...goodDays);
  const toNext = yearColumns(nextDays, longest);
  const toGood = yearColumns(goodDays, longest);
  const date = formatLong(reachesTo);
  const rows: AfterInadequateRow[] = [
    ...toNext.map((column, i) => ({
      label: `${column.label} years`,
      judgements: column.count,
      journeys: toGood[i]!.count,
    })),
    { label: `No later inspection by ${date}`, judgements: summary.notYet, journeys: 0, coverage: true },
    { label: `Not yet Good or better by ${date}`, judgements: 0, journeys: summary.stillBelowGood, coverage: true },
    {
      label: 'The authority ceased first',
      judgements: summary.ceased,
      journeys: summary.ceasedJourneys,
      coverage: true,
    },
    { label: 'All', judgements: summary.judgements, journeys: summary.journeys, coverage: true },
  ];
  return {
    summary,
    sentence: afterInadequateSentence(summary, strand, filter, years, date),
    toNext,
    toGood,
    rows,
  };
}

function afterInadequateSentence(
  summary: InadequateSummary,
  strand: Strand,
  filter: JourneyFilter,
  years: { first: number; last: number },
  date: string,
): string {
  const when = periodWords(filter, years);
  const where = placeWords(filter);
  if (summary.judgements === 0)
    return `No local authority ${where} was judged Inadequate for ${strand.words} ${when}, so there is no time to measure.`;
  const ceased = (count: number) => (count > 0 ? [`${count} ended when the authority ceased`] : []);
  const next = [
    ...(summary.medianDaysToNext !== undefined
      ? [
          `${summary.reinspected} were followed by another inspection, after a median of ${yearsAndMonths(summary.medianDaysToNext)}`,
        ]
      : []),
    ...(summary.notYet > 0 ? [`${summary.notYet} had no later inspection by ${date}`] : []),
    ...ceased(summary.ceased),
  ];
  const good = [
    ...(summary.medianDaysToGood !== undefined
      ? [`${summary.reached} reached Good or better, after a median of ${yearsAndMonths(summary.medianDaysToGood)}`]
      : [`none reached Good or better by ${date}`]),
    ...(summary.stillBelowGood > 0
      ? [
          `${summary.stillBelowGood} had not by ${date}${summary.medianDaysToGood !== undefined && summary.stillBelowLongerThanMedian > 0 ? ` (${summary.stillBelowLongerThanMedian} of them had already waited longer than that median)` : ''}`,
        ]
      : []),
    ...ceased(summary.ceasedJourneys),
  ];
  return [
    `${summary.judgements} Inadequate judgements for ${strand.words} were published ${where} ${when}: ${joinList(next)}.`,
    `Of the ${summary.journeys} journeys that began with an Inadequate judgement then, ${joinList(good)}.`,
    ...(summary.stillBelowGood > 0 && summary.medianDaysToGood !== undefined
      ? [
          'The medians count only those that got there: journeys still under way are left out, so the typical time to Good is likely longer.',
        ]
      : []),
  ].join(' ');
}
