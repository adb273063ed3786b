// A per-dataset index of judged inspections, so "latest as at a date" is a binary search per authority, not a scan.
import { authorityKey, lastPossibleKey, sortKey } from '../domain';
import type { Authority, FrameworkId, Inspection } from '../domain';

/** One authority's judged inspections of one framework, ordered by the last day each could have happened. */
export interface AuthorityHistory {
  readonly key: string;
  /** Ascending `lastPossibleKey`s: the inspections that have happened by a date are always a prefix. */
  readonly lastKeys: Float64Array;
  /** For each prefix, the inspection `latestAsAt` picks from it: latest `sortKey`, then the later record in the dataset. */
  readonly best: readonly Inspection[];
  /** For each prefix, its earliest position in the dataset, which orders authorities the dataset does not list. */
  readonly firstPosition: Int32Array;
}

/** The inspection that counts as at `limitKey` (a day's `sortKey`), and where the first counted one sits in the dataset. */
export interface LatestFound {
  readonly inspection: Inspection;
  readonly firstPosition: number;
}

/**
 * Keyed by the inspections array itself: datasets are built once and never changed (buildFromGroups makes a new array
 * for every change), so an index stays right for as long as its array lives, and goes with it.
 */
const indexes = new WeakMap<readonly Inspection[], Map<string, readonly AuthorityHistory[]>>();

/** Each authority's history of judged inspections of `framework`, in the order of its first one in `inspections`. */
export function authorityHistories(
  inspections: readonly Inspection[],
  framework: FrameworkId,
): readonly AuthorityHistory[] {
  return authorityHistoriesOf(
    inspections,
    framework,
    (inspection) => inspection.framework === framework && isJudged(inspection),
  );
}

/**
 * Each authority's history of the inspections `counts` picks (a strand's judgements, say), indexed once per dataset
 * under `name`: the same name must always pick the same inspections.
 */
export function authorityHistoriesOf(
  inspections: readonly Inspection[],
  name: string,
  counts: (inspection: Inspection) => boolean,
): readonly AuthorityHistory[] {
  let byName = indexes.get(inspections);
  if (!byName) {
    byName = new Map();
    indexes.set(inspections, byName);
  }
  let histories = byName.get(name);
  if (!histories) {
    histories = buildHistories(inspections, counts);
    byName.set(name, histories);
  }
  return histories;
}

/** The history's answer as at `limitKey`, or undefined when none of its inspections had happened by then. */
export function latestIn(history: AuthorityHistory, limitKey: number): LatestFound | undefined {
  const { lastKeys } = history;
  // The number of inspections whose last possible day is on or before the limit.
  let low = 0;
  let high = lastKeys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lastKeys[middle]! <= limitKey) low = middle + 1;
    else high = middle;
  }
  if (low === 0) return undefined;
  return { inspection: history.best[low - 1]!, firstPosition: history.firstPosition[low - 1]! };
}

/** An inspection with no graded judgement and no summary counts says nothing about an authority's grades. */
function isJudged(inspection: Inspection): boolean {
  if (inspection.summaryCounts) return Object.values(inspection.summaryCounts).some((count) => count > 0);
  for (const judgement of inspection.judgements) if (judgement.outcome.kind === 'graded') return true;
  return false;
}

/**
 * One pass over the dataset into flat arrays (hundreds of thousands of inspections, a few hundred authorities), then
 * each authority's inspections ordered by their last possible day, with the running answers `latestIn` reads.
 */
function buildHistories(
  inspections: readonly Inspection[],
  counts: (inspection: Inspection) => boolean,
): AuthorityHistory[] {
  const count = inspections.length;
  const groupOf = new Int32Array(count).fill(-1);
  const lastKeyOf = new Float64Array(count);
  const firstKeyOf = new Float64Array(count);
  const groupKeys: string[] = [];
  const groupSizes: number[] = [];
  const groupByKey = new Map<string, number>();
  // Datasets share a handful of authority records across thousands of inspections: each one's key is worked out once.
  const groupByAuthority = new Map<Authority, number>();
  for (let position = 0; position < count; position++) {
    const inspection = inspections[position]!;
    if (!counts(inspection)) continue;
    const { date } = inspection;
    const first = sortKey(date);
    // A day is its own last possible day; sparing the second call matters over hundreds of thousands of inspections.
    const last = date.precision === 'day' ? first : lastPossibleKey(date);
    // A date that makes no number never passes `endsOnOrBefore`, and would unsettle the ordering below.
    if (Number.isNaN(last)) continue;
    let group = groupByAuthority.get(inspection.authority);
    if (group === undefined) {
      const key = authorityKey(inspection.authority);
      group = groupByKey.get(key);
      if (group === undefined) {
        group = groupKeys.length;
        groupByKey.set(key, group);
        groupKeys.push(key);
        groupSizes.push(0);
      }
      groupByAuthority.set(inspection.authority, group);
    }
    groupOf[position] = group;
    groupSizes[group]! += 1;
    lastKeyOf[position] = last;
    firstKeyOf[position] = first;
  }

  // Each group's positions, in dataset order.
  const members = groupSizes.map((size) => new Int32Array(size));
  const filled = new Int32Array(groupKeys.length);
  for (let position = 0; position < count; position++) {
    const group = groupOf[position]!;
    if (group >= 0) members[group]![filled[group]!++] = position;
  }
  return groupKeys.map((key, group) => historyOf(key, members[group]!, inspections, lastKeyOf, firstKeyOf));
}

function historyOf(
  key: string,
  positions: Int32Array,
  inspections: readonly Inspection[],
  lastKeyOf: Float64Array,
  firstKeyOf: Float64Array,
): AuthorityHistory {
  // Not by sortKey: "2024" sorts before 2024-06-10 yet ends after it, so what has happened by a date would not be a prefix.
  // Datasets come oldest first, so this is usually already in order and the check spares the sort.
  if (!inOrder(positions, lastKeyOf)) positions.sort((a, b) => lastKeyOf[a]! - lastKeyOf[b]!);

  const size = positions.length;
  const lastKeys = new Float64Array(size);
  const best: Inspection[] = new Array<Inspection>(size);
  const firstPosition = new Int32Array(size);
  let winner = positions[0]!;
  let earliest = winner;
  for (let rank = 0; rank < size; rank++) {
    const position = positions[rank]!;
    lastKeys[rank] = lastKeyOf[position]!;
    // The rule of a scan in dataset order that replaces on `compareDates(...) >= 0`: the latest date, ties to the later record.
    const first = firstKeyOf[position]!;
    const winnerFirst = firstKeyOf[winner]!;
    if (first > winnerFirst || (first === winnerFirst && position > winner)) winner = position;
    best[rank] = inspections[winner]!;
    if (position < earliest) earliest = position;
    firstPosition[rank] = earliest;
  }
  return { key, lastKeys, best, firstPosition };
}

function inOrder(positions: Int32Array, keyOf: Float64Array): boolean {
  for (let rank = 1; rank < positions.length; rank++)
    if (keyOf[positions[rank - 1]!]! > keyOf[positions[rank]!]!) return false;
  return true;
}
