// View model for "what changed between two of an authority's inspections": the user's pair, or the last two judged ones.
import { compareInspections, gradeDistribution, scaleOf } from '../../analytics';
import type { AreaChange, AreaChangeKind, GradeCountChange, TimelineEntry } from '../../analytics';
import { compareDates, formatLong, gradeLabel, inspectionRef, type Inspection } from '../../domain';
import { joinList, percent } from '../../components/format';
import { inspectionLabel } from './authorityTimeline';

export interface InspectionOption {
  readonly value: string;
  readonly label: string;
  readonly inspection: Inspection;
}

export type InspectionChange =
  | { readonly kind: 'needs-two'; readonly options: readonly InspectionOption[]; readonly message: string }
  | {
      readonly kind: 'refused';
      readonly options: readonly InspectionOption[];
      readonly before: InspectionOption;
      readonly after: InspectionOption;
      readonly message: string;
    }
  | {
      readonly kind: 'compared';
      readonly options: readonly InspectionOption[];
      readonly before: InspectionOption;
      readonly after: InspectionOption;
      readonly sameScale: boolean;
      /** Empty when either inspection is known only by counts. */
      readonly areas: readonly AreaChange[];
      readonly counts?: readonly GradeCountChange[];
      readonly summary: string;
    };

export const CHANGE_WORDS: Readonly<Record<AreaChangeKind, string>> = {
  improved: 'Improved',
  declined: 'Declined',
  unchanged: 'Unchanged',
  'newly-judged': 'Newly judged',
  'no-longer-judged': 'No longer judged',
  'not-judged': 'Not judged in either',
};

/**
 * `beforeRef` and `afterRef` are `inspectionRef`s; one that names no judged inspection in `entries`
 * falls back to the default pair: the previous judged inspection and the latest. `areaId` limits the areas compared.
 */
export function inspectionChange(
  authorityName: string,
  entries: readonly TimelineEntry[],
  beforeRef?: string,
  afterRef?: string,
  areaId?: string,
): InspectionChange {
  const options = entries
    .filter(({ distribution }) => distribution !== null && distribution.judged > 0)
    .map(({ inspection }) => ({ value: inspectionRef(inspection), label: inspectionLabel(inspection), inspection }));
  const latest = options[options.length - 1];
  const previous = options[options.length - 2];
  if (!latest || !previous) {
    const held = options.length === 1 ? `only one judged inspection (${latest?.label ?? ''})` : 'no judged inspection';
    return {
      kind: 'needs-two',
      options,
      message: `A change table needs two judged inspections, and ${authorityName} has ${held} in this selection. Widen the years, clear the type or choose another authority.`,
    };
  }
  const before = options.find((option) => option.value === beforeRef) ?? previous;
  const after = options.find((option) => option.value === afterRef) ?? latest;
  if (before.value === after.value) {
    return {
      kind: 'refused',
      options,
      before,
      after,
      message: 'The earlier and later inspections are the same: choose two different inspections.',
    };
  }
  if (compareDates(before.inspection.date, after.inspection.date) > 0) {
    return {
      kind: 'refused',
      options,
      before,
      after,
      message: `The earlier inspection (${formatLong(before.inspection.date)}) is after the later one (${formatLong(after.inspection.date)}): choose an earlier inspection that comes first, or swap them.`,
    };
  }
  const comparison = compareInspections(before.inspection, after.inspection);
  const areas = comparison.areas.filter((change) => areaId === undefined || change.area.id === areaId);
  const between = `Between ${formatLong(before.inspection.date)} and ${formatLong(after.inspection.date)}`;
  const summary = comparison.counts
    ? describeCounts(between, before.inspection, after.inspection) +
      (areaId === undefined ? '' : ' The judgement area filter cannot apply here: grades by area are not known.')
    : describeAreas(between, areas);
  return {
    kind: 'compared',
    options,
    before,
    after,
    sameScale: comparison.sameScale,
    areas,
    ...(comparison.counts ? { counts: comparison.counts } : {}),
    summary,
  };
}

const SENTENCE_VERBS: Readonly<Record<AreaChangeKind, string>> = {
  improved: 'improved',
  declined: 'declined',
  unchanged: 'stayed the same',
  'newly-judged': 'was judged for the first time',
  'no-longer-judged': 'was no longer judged',
  'not-judged': 'was judged in neither',
};

const SENTENCE_ORDER: readonly AreaChangeKind[] = [
  'improved',
  'declined',
  'unchanged',
  'newly-judged',
  'no-longer-judged',
  'not-judged',
];

function describeAreas(between: string, areas: readonly AreaChange[]): string {
  if (areas.length === 0) return `${between} neither inspection judged this area.`;
  const parts = SENTENCE_ORDER.flatMap((kind) => {
    const changed = areas.filter((change) => change.change === kind);
    if (changed.length === 0) return [];
    const names = changed.map((change) => change.area.label.toLowerCase()).join('; ');
    return [`${CHANGE_WORDS[kind].toLowerCase()}: ${names}`];
  });
  const noun = areas.length === 1 ? 'area' : 'areas';
  const counted = SENTENCE_ORDER.flatMap((kind) => {
    const count = areas.filter((change) => change.change === kind).length;
    return count > 0 ? [`${count} ${SENTENCE_VERBS[kind]}`] : [];
  });
  return `${between}, of ${areas.length} ${noun} ${joinList(counted)}. ${parts.map(capitalise).join('. ')}.`;
}

function describeCounts(between: string, earlier: Inspection, later: Inspection): string {
  const before = gradeDistribution(earlier);
  const after = gradeDistribution(later);
  const share = (judged: number, good: number, shareOf: number | null) => `${percent(shareOf)} (${good} of ${judged})`;
  const inadequateBefore = before.rows.find((row) => row.grade === 'inadequate')?.count ?? 0;
  const inadequateAfter = after.rows.find((row) => row.grade === 'inadequate')?.count ?? 0;
  return (
    `${between}, the share of judgements that were good or better went from ` +
    `${share(before.judged, before.goodOrBetter, before.goodOrBetterShare)} to ${share(after.judged, after.goodOrBetter, after.goodOrBetterShare)}, ` +
    `and ${gradeLabel('inadequate', scaleOf(later)).toLowerCase()} judgements from ${inadequateBefore} to ${inadequateAfter}. ` +
    'One of the two is known only by its counts, so the change is in counts per grade, not area by area.'
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
