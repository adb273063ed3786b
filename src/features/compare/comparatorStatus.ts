// One comparator's standing on one judgement area as at a date, in words, and the best-first order of comparators.
import type { ComparatorGrade } from '../../analytics';
import {
  compareDates,
  endsOnOrBefore,
  formatLong,
  stepOf,
  type Authority,
  type GradeId,
  type GradeScale,
  type Inspection,
  type PartialDate,
} from '../../domain';

export type ComparatorState =
  | { readonly kind: 'graded'; readonly grade: GradeId; readonly rank: number; readonly goodOrBetter: boolean }
  /** Inspected, but this area was not judged (care leavers before 2023) or has no entry. */
  | { readonly kind: 'not-judged'; readonly reason: string }
  | { readonly kind: 'not-inspected' }
  | { readonly kind: 'ceased'; readonly ceasedOn: PartialDate }
  /** Made by a reorganisation after the date (North Northamptonshire before April 2021). */
  | { readonly kind: 'not-yet'; readonly startedOn: PartialDate };

export interface ComparatorStatus {
  readonly key: string;
  readonly name: string;
  readonly authority: Authority | undefined;
  /** The latest ILACS inspection on or before the date, when there is one. */
  readonly inspection: Inspection | undefined;
  readonly state: ComparatorState;
}

const NO_ENTRY = 'The inspection made no judgement for this area';

export function comparatorStatus(
  { key, authority, standing }: ComparatorGrade,
  scale: GradeScale,
  asAt: PartialDate,
): ComparatorStatus {
  const name = authority?.name ?? key;
  if (standing.kind === 'not-inspected') {
    return { key, name, authority, inspection: undefined, state: absentState(authority, asAt) };
  }
  const { inspection, outcome } = standing;
  if (outcome?.kind === 'graded') {
    const step = stepOf(scale, outcome.grade);
    if (step)
      return {
        key,
        name,
        authority,
        inspection,
        state: { kind: 'graded', grade: step.grade, rank: step.rank, goodOrBetter: step.goodOrBetter },
      };
  }
  const reason = outcome?.kind === 'not-judged' ? outcome.reason : NO_ENTRY;
  return { key, name, authority, inspection, state: { kind: 'not-judged', reason } };
}

function absentState(authority: Authority | undefined, asAt: PartialDate): ComparatorState {
  const { ceasedOn, startedOn } = authority ?? {};
  if (ceasedOn && endsOnOrBefore(ceasedOn, asAt)) return { kind: 'ceased', ceasedOn };
  if (startedOn && compareDates(startedOn, asAt) > 0) return { kind: 'not-yet', startedOn };
  return { kind: 'not-inspected' };
}

const STATE_ORDER: Readonly<Record<ComparatorState['kind'], number>> = {
  graded: 0,
  'not-judged': 1,
  'not-inspected': 2,
  'not-yet': 3,
  ceased: 4,
};

function rankOf(state: ComparatorState): number {
  return state.kind === 'graded' ? state.rank : 0;
}

/** Best grade first, then not judged, not inspected, not yet made and ceased; by name within each. */
export function sortBestFirst(statuses: readonly ComparatorStatus[]): ComparatorStatus[] {
  return [...statuses].sort(
    (a, b) =>
      STATE_ORDER[a.state.kind] - STATE_ORDER[b.state.kind] ||
      rankOf(a.state) - rankOf(b.state) ||
      a.name.localeCompare(b.name, 'en-GB'),
  );
}

/** The words a table shows where there is no grade. */
export function absenceWords(state: ComparatorState, asAt: PartialDate): string | undefined {
  switch (state.kind) {
    case 'graded':
      return undefined;
    case 'not-judged':
      return 'Not judged';
    case 'not-inspected':
      return `Not inspected by ${formatLong(asAt)}`;
    case 'ceased':
      return `No longer existed (ceased ${formatLong(state.ceasedOn)})`;
    case 'not-yet':
      return `Did not exist yet (began ${formatLong(state.startedOn)})`;
  }
}

/** "Yes", "No", or a dash when there is no grade to judge by. */
export function goodOrBetterWord(state: ComparatorState): string {
  if (state.kind !== 'graded') return '–';
  return state.goodOrBetter ? 'Yes' : 'No';
}
