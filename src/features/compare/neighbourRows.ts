// The authority's statistical neighbours in DfE's order with their closeness and, area by area, their standing as at
// the date; and the sentence that says how many were inspected, so a comparison never hides its coverage.
import { CLOSENESS_BANDS, formatLong, neighbourSet, type Closeness, type NeighbourSetId } from '../../domain';
import type { ComparatorStatus } from './comparatorStatus';
import type { HeldNeighbour } from './compareGroup';
import type { AreaComparison } from './comparePosition';

export interface NeighbourRow {
  readonly rank: number;
  readonly name: string;
  readonly key: string | undefined;
  readonly closeness: Closeness;
  /** Per area id: the neighbour's standing; absent when the data shown does not hold the authority. */
  readonly statuses: ReadonlyMap<string, ComparatorStatus>;
  /** The neighbour's latest ILACS inspection as at the date, when it had one. */
  readonly inspected: ComparatorStatus['inspection'];
}

export function neighbourRows(neighbours: readonly HeldNeighbour[], areas: readonly AreaComparison[]): NeighbourRow[] {
  return neighbours.map((neighbour) => {
    const statuses = new Map<string, ComparatorStatus>();
    for (const comparison of areas) {
      const status = comparison.comparatorGrades.find((candidate) => candidate.key === neighbour.key);
      if (status) statuses.set(comparison.area.id, status);
    }
    const inspected = [...statuses.values()].find((status) => status.inspection)?.inspection;
    return {
      rank: neighbour.rank,
      name: neighbour.name,
      key: neighbour.key,
      closeness: neighbour.closeness,
      statuses,
      inspected,
    };
  });
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "DfE names 10 statistical neighbours for Walsall (May 2025): 8 very close and 2 close. 10 of the 10 have been inspected under ILACS by …" */
export function describeNeighbours(
  authorityName: string,
  setId: NeighbourSetId,
  rows: readonly NeighbourRow[],
  asAt: Parameters<typeof formatLong>[0],
): string {
  const set = neighbourSet(setId);
  if (rows.length === 0) return `DfE’s ${set.label} statistical neighbours name no neighbours for ${authorityName}.`;
  const bands = CLOSENESS_BANDS.map(
    (band) => [band, rows.filter((row) => row.closeness === band).length] as const,
  ).filter(([, count]) => count > 0);
  const bandWords = bands.map(([band, count]) => `${count} ${band.toLowerCase()}`);
  const listed = bandWords.length > 1 ? `${bandWords.slice(0, -1).join(', ')} and ${bandWords.at(-1)}` : bandWords[0];
  const inspected = rows.filter((row) => row.inspected).length;
  const missing = rows.filter((row) => !row.key).length;
  const sentences = [
    `DfE names ${plural(rows.length, 'statistical neighbour', 'statistical neighbours')} for ${authorityName} (${set.label}): ${listed}.`,
    `${inspected} of the ${rows.length} neighbours had been inspected under ILACS by ${formatLong(asAt)}.`,
  ];
  if (missing > 0) sentences.push(`${plural(missing, 'neighbour is', 'neighbours are')} not in the data shown.`);
  return sentences.join(' ');
}
