// The neighbours' share judged good or better in one area at each 31 March, beside the authority's own grade then.
import { yearlyShares, type SharePoint } from '../../analytics';
import { formatLong, type GradeId, type PartialDate } from '../../domain';

export interface OverTimePoint {
  readonly asAt: PartialDate;
  readonly neighbours: SharePoint;
  /** The authority's grade for the area at its latest ILACS inspection by then; undefined when it had none. */
  readonly own: GradeId | undefined;
}

export function neighboursOverTime(
  dataset: Parameters<typeof yearlyShares>[0],
  authorityKey: string,
  memberKeys: readonly string[],
  areaId: string,
  dates: readonly PartialDate[],
): OverTimePoint[] {
  const group = yearlyShares(dataset, areaId, dates, { members: memberKeys });
  const own = yearlyShares(dataset, areaId, dates, { members: [authorityKey] });
  return group.map((point, index) => ({
    asAt: point.asAt,
    neighbours: point,
    own: own[index]?.rows.find((row) => row.count > 0)?.grade,
  }));
}

/** The first and last dates' shares with their coverage, so a rise from 3 of 4 to 6 of 10 reads as what it is. */
export function describeOverTime(
  points: readonly OverTimePoint[],
  members: number,
  many: string,
  areaWords: string,
): string {
  const withGrades = points.filter((point) => point.neighbours.judged > 0);
  const first = withGrades[0];
  const last = withGrades.at(-1);
  if (!first || !last)
    return `None of the ${members} ${many} had an ILACS grade for ${areaWords} at any 31 March shown.`;
  const at = (point: OverTimePoint) =>
    `${point.neighbours.goodOrBetter} of the ${point.neighbours.judged} with a grade on ${formatLong(point.asAt)}`;
  if (first === last)
    return `Of the ${members} ${many}, ${at(last)} ${last.neighbours.goodOrBetter === 1 ? 'was' : 'were'} good or better for ${areaWords}.`;
  return `Of the ${members} ${many}, ${at(first)} were good or better for ${areaWords}, and ${at(last)}.`;
}
