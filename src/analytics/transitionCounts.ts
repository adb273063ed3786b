// England's (or a region's) moves between consecutive inspections of a strand, counted from grade to grade, and what
// followed its Inadequate judgements, within a period of years.
import { ALL_GRADES, firstDayNumber, type PartialDate } from '../domain';
import {
  median,
  type AfterInadequate,
  type Journey,
  type StepOutcome,
  type StrandStep,
  type Transition,
} from './journeys';

export interface JourneyFilter {
  /** First and last calendar year in which the later judgement (a transition) or the Inadequate one became known. */
  readonly from?: number;
  readonly to?: number;
  /** Ofsted's region, or undefined for England. */
  readonly region?: string;
}

export const STEP_OUTCOMES: readonly StepOutcome[] = [...ALL_GRADES, 'no-overall-grade'];

export interface TransitionRow {
  readonly from: StepOutcome;
  /** Every outcome of `TransitionCounts.outcomes`, zero where none moved there. */
  readonly to: Readonly<Record<StepOutcome, number>>;
  readonly total: number;
}

export interface TransitionCounts {
  /** The outcomes any counted move came from or went to, best first: the rows and the columns. */
  readonly outcomes: readonly StepOutcome[];
  readonly rows: readonly TransitionRow[];
  readonly total: number;
  /** Authorities with at least one move counted. */
  readonly authorities: number;
}

/** Whether a judgement (the later of a move, an Inadequate one, a journey's first) falls in the filter's years and region. */
export const matches = (filter: JourneyFilter, step: StrandStep, region: string): boolean =>
  (filter.from === undefined || step.known.year >= filter.from) &&
  (filter.to === undefined || step.known.year <= filter.to) &&
  (filter.region === undefined || region === filter.region);

const zeros = () => Object.fromEntries(STEP_OUTCOMES.map((outcome) => [outcome, 0])) as Record<StepOutcome, number>;

/** A move counts in the period of its later judgement: the year the new grade became known. */
export function transitionCounts(transitions: readonly Transition[], filter: JourneyFilter): TransitionCounts {
  const counted = transitions.filter((transition) => matches(filter, transition.to, transition.history.region));
  const present = new Set(counted.flatMap((transition) => [transition.from.outcome, transition.to.outcome]));
  const outcomes = STEP_OUTCOMES.filter((outcome) => present.has(outcome));
  const rows = outcomes.map((from) => {
    const to = zeros();
    for (const transition of counted) if (transition.from.outcome === from) to[transition.to.outcome] += 1;
    return { from, to, total: outcomes.reduce((sum, outcome) => sum + to[outcome], 0) };
  });
  return {
    outcomes,
    rows,
    total: counted.length,
    authorities: new Set(counted.map((transition) => transition.history.key)).size,
  };
}

export interface InadequateSummary {
  /** Inadequate judgements that became known in the period. */
  readonly judgements: number;
  readonly reinspected: number;
  /** No later inspection of the strand by the data's last date. */
  readonly notYet: number;
  /** No later inspection: the authority ceased first. */
  readonly ceased: number;
  readonly medianDaysToNext?: number;
  /** Journeys that started in the period. */
  readonly journeys: number;
  readonly reached: number;
  readonly stillBelowGood: number;
  readonly ceasedJourneys: number;
  readonly medianDaysToGood?: number;
  /** Of the journeys still below Good, those already longer, at the data's last date, than the median of those that reached it. */
  readonly stillBelowLongerThanMedian: number;
}

export function inadequateSummary(
  after: readonly AfterInadequate[],
  journeys: readonly Journey[],
  filter: JourneyFilter,
  reachesTo: PartialDate,
): InadequateSummary {
  const judgements = after.filter((entry) => matches(filter, entry.judgement, entry.history.region));
  const counted = journeys.filter((journey) => matches(filter, journey.start, journey.history.region));
  const reached = counted.filter((journey) => journey.status === 'reached');
  const still = counted.filter((journey) => journey.status === 'still-below-good');
  const medianDaysToNext = median(judgements.flatMap((entry) => (entry.days === undefined ? [] : [entry.days])));
  const medianDaysToGood = median(reached.map((journey) => journey.days!));
  const end = firstDayNumber(reachesTo);
  return {
    judgements: judgements.length,
    reinspected: judgements.filter((entry) => entry.status === 'reinspected').length,
    notYet: judgements.filter((entry) => entry.status === 'not-yet').length,
    ceased: judgements.filter((entry) => entry.status === 'ceased').length,
    ...(medianDaysToNext !== undefined ? { medianDaysToNext } : {}),
    journeys: counted.length,
    reached: reached.length,
    stillBelowGood: still.length,
    ceasedJourneys: counted.filter((journey) => journey.status === 'ceased').length,
    ...(medianDaysToGood !== undefined ? { medianDaysToGood } : {}),
    stillBelowLongerThanMedian:
      medianDaysToGood === undefined
        ? 0
        : still.filter((journey) => end - firstDayNumber(journey.start.known) > medianDaysToGood).length,
  };
}
