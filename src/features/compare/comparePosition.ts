// View model for "how does the authority stand?": per area its grade, England, its region and the comparators.
import {
  positionAgainst,
  scaleOfFramework,
  tallyOnScale,
  type AreaDistribution,
  type ComparatorGrade,
  type GradeTally,
} from '../../analytics';
import {
  ALL_GRADES,
  type Authority,
  type Dataset,
  type GradeCounts,
  type GradeId,
  type GradeScale,
  type Inspection,
  type JudgementArea,
  type Outcome,
  type PartialDate,
} from '../../domain';
import { comparatorStatus, type ComparatorStatus } from './comparatorStatus';
import { OWN_GROUP_NOUN, type ComparatorNoun } from './compareGroup';

export type GroupId = 'england' | 'region' | 'comparators';

export interface GroupTally extends GradeTally {
  readonly id: GroupId;
  /** England, the region's name, or "Chosen comparators". */
  readonly label: string;
  /** Members with no grade for the area: not judged, or (for comparators) not inspected by the date. */
  readonly notJudged: number;
  readonly counts: Readonly<Record<GradeId, number>>;
}

export interface AreaComparison {
  readonly area: JudgementArea;
  readonly outcome: Outcome;
  readonly england: GroupTally;
  readonly region: GroupTally;
  /** undefined when no comparators are chosen. */
  readonly comparators: GroupTally | undefined;
  /** One per chosen comparator, in the order chosen. */
  readonly comparatorGrades: readonly ComparatorStatus[];
}

export type ComparePosition =
  | {
      readonly kind: 'position';
      readonly asAt: PartialDate;
      readonly authority: Authority;
      readonly inspection: Inspection;
      readonly scale: GradeScale;
      readonly regionName: string;
      readonly areas: readonly AreaComparison[];
      readonly comparatorCount: number;
      /** What the comparators are called: chosen comparators, or statistical neighbours. */
      readonly noun: ComparatorNoun;
    }
  /** No ILACS judgements for the authority as at the date, or it had ceased by then. */
  | {
      readonly kind: 'not-inspected';
      readonly asAt: PartialDate;
      readonly authority: Authority | undefined;
      readonly ceasedOn: PartialDate | undefined;
    };

export const CHOSEN_COMPARATORS = OWN_GROUP_NOUN.label;

function countsOf(rows: GradeTally['rows']): Record<GradeId, number> {
  const counts = Object.fromEntries(ALL_GRADES.map((grade) => [grade, 0])) as Record<GradeId, number>;
  for (const row of rows) counts[row.grade] = row.count;
  return counts;
}

function fromDistribution(id: GroupId, distribution: AreaDistribution): GroupTally {
  return {
    id,
    label: distribution.group,
    rows: distribution.rows,
    judged: distribution.judged,
    goodOrBetter: distribution.goodOrBetter,
    goodOrBetterShare: distribution.goodOrBetterShare,
    notJudged: distribution.notJudged,
    counts: countsOf(distribution.rows),
  };
}

function fromComparators(grades: readonly ComparatorGrade[], scale: GradeScale, label: string): GroupTally {
  const gradeCounts: GradeCounts = {};
  for (const { standing } of grades) {
    if (standing.kind !== 'inspected' || standing.outcome?.kind !== 'graded') continue;
    const grade = standing.outcome.grade;
    gradeCounts[grade] = (gradeCounts[grade] ?? 0) + 1;
  }
  const tally = tallyOnScale(scale, gradeCounts);
  return { id: 'comparators', label, ...tally, notJudged: grades.length - tally.judged, counts: countsOf(tally.rows) };
}

export function comparePosition(
  dataset: Dataset,
  authorityKey: string,
  asAt: PartialDate,
  comparatorKeys: readonly string[],
  noun: ComparatorNoun = OWN_GROUP_NOUN,
): ComparePosition {
  const position = positionAgainst(dataset, authorityKey, asAt, comparatorKeys, { framework: 'ilacs' });
  if (!position) {
    const authority = dataset.authorities.get(authorityKey);
    return { kind: 'not-inspected', asAt, authority, ceasedOn: authority?.ceasedOn };
  }
  const scale = scaleOfFramework(position.framework);
  const areas = position.areas.map((area): AreaComparison => {
    const known = area.comparators.grades.filter((grade) => grade.authority !== undefined);
    return {
      area: area.area,
      outcome: area.outcome,
      england: fromDistribution('england', area.england),
      region: fromDistribution('region', area.region),
      comparators: known.length > 0 ? fromComparators(known, scale, noun.label) : undefined,
      comparatorGrades: known.map((grade) => comparatorStatus(grade, scale, asAt)),
    };
  });
  return {
    kind: 'position',
    asAt,
    authority: position.authority,
    inspection: position.inspection,
    scale,
    regionName: areas[0]?.region.label ?? '',
    areas,
    comparatorCount: areas[0]?.comparatorGrades.length ?? 0,
    noun,
  };
}
