// A table cell for a grade, an authority's own outcome or a comparator's absence, always in words.
import { GradeTag, NotJudgedTag } from '../../components/GradeTag';
import { formatLong, type GradeScale, type Outcome, type PartialDate } from '../../domain';
import { absenceWords, type ComparatorState } from './comparatorStatus';

export function OutcomeCell({ outcome, scale }: { outcome: Outcome; scale: GradeScale }) {
  return outcome.kind === 'graded' ? (
    <GradeTag grade={outcome.grade} scale={scale} />
  ) : (
    <NotJudgedTag reason={outcome.reason} />
  );
}

/** `compact` for cells repeated across a row, where the long wording would say the same thing five times. */
export function ComparatorCell({
  state,
  scale,
  asAt,
  compact = false,
}: {
  state: ComparatorState;
  scale: GradeScale;
  asAt: PartialDate;
  compact?: boolean;
}) {
  if (state.kind === 'graded') return <GradeTag grade={state.grade} scale={scale} />;
  if (state.kind === 'not-judged') return <NotJudgedTag reason={state.reason} />;
  return (
    <span className="app-compare-absent">{compact ? compactAbsence(state, asAt) : absenceWords(state, asAt)}</span>
  );
}

function compactAbsence(state: ComparatorState, asAt: PartialDate): string | undefined {
  if (state.kind === 'ceased') return `Ceased ${formatLong(state.ceasedOn)}`;
  if (state.kind === 'not-yet') return `Began ${formatLong(state.startedOn)}`;
  return absenceWords(state, asAt);
}
