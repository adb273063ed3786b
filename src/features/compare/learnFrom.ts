// "Who to learn from": the statistical neighbours and the authorities in the same Ofsted region judged Good or
// Outstanding at their latest ILACS inspection, area by area, with the inspection's date.
import { formatLong, type GradeId, type JudgementArea, type PartialDate } from '../../domain';
import type { HeldNeighbour } from './compareGroup';
import type { AreaComparison } from './comparePosition';

export interface LearnFromRow {
  readonly area: JudgementArea;
  readonly key: string;
  readonly name: string;
  readonly grade: GradeId;
  readonly rank: number;
  readonly inspected: PartialDate;
  /** "SN2, very close", "in the West Midlands", or both. */
  readonly why: string;
  readonly neighbour: boolean;
}

/** The keys to look at: the neighbours held, then the region's other current authorities. */
export function learnFromKeys(
  neighbours: readonly HeldNeighbour[],
  regionKeys: readonly string[],
  authorityKey: string,
): string[] {
  const keys = [...neighbours.flatMap((neighbour) => (neighbour.key ? [neighbour.key] : [])), ...regionKeys];
  return [...new Set(keys)].filter((key) => key !== authorityKey);
}

export function learnFromRows(
  areas: readonly AreaComparison[],
  neighbours: readonly HeldNeighbour[],
  regionName: string,
  regionKeys: readonly string[],
): LearnFromRow[] {
  const neighbourByKey = new Map(
    neighbours.flatMap((neighbour) => (neighbour.key ? [[neighbour.key, neighbour] as const] : [])),
  );
  const inRegion = new Set(regionKeys);
  return areas.flatMap((comparison) =>
    comparison.comparatorGrades
      .flatMap((status) => {
        if (status.state.kind !== 'graded' || !status.state.goodOrBetter || !status.inspection) return [];
        const neighbour = neighbourByKey.get(status.key);
        const why = [
          neighbour ? `SN${neighbour.rank}, ${neighbour.closeness.toLowerCase()}` : undefined,
          inRegion.has(status.key) ? `in ${regionName}` : undefined,
        ]
          .filter(Boolean)
          .join('; ');
        return [
          {
            area: comparison.area,
            key: status.key,
            name: status.name,
            grade: status.state.grade,
            rank: status.state.rank,
            inspected: status.inspection.date,
            why,
            neighbour: neighbour !== undefined,
          },
        ];
      })
      .sort(
        (a, b) => a.rank - b.rank || Number(b.neighbour) - Number(a.neighbour) || a.name.localeCompare(b.name, 'en-GB'),
      ),
  );
}

export function describeLearnFrom(
  authorityName: string,
  rows: readonly LearnFromRow[],
  areas: readonly AreaComparison[],
  looked: number,
  asAt: PartialDate,
): string {
  const overall = areas[0];
  const inOverall = overall ? rows.filter((row) => row.area.id === overall.area.id) : [];
  const names = new Set(rows.map((row) => row.key));
  if (names.size === 0)
    return `None of the ${looked} neighbours and authorities in ${authorityName}’s region was judged Good or Outstanding in any area at its latest inspection by ${formatLong(asAt)}.`;
  const lead = overall ? ` ${inOverall.length} of them for ${overall.area.label.toLowerCase()}.` : '';
  return `Of ${looked} statistical neighbours and authorities in ${authorityName}’s region, ${names.size} were judged Good or Outstanding in at least one area at their latest inspection by ${formatLong(asAt)};${lead.replace(/^ /, ' ')}`;
}
