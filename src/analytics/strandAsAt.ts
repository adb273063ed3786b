// England's (or a region's) latest grade in each strand as at a date, across the frameworks that judged it.
import {
  endsOnOrBefore,
  existedOn,
  GRADE_SCALES,
  isLocalAuthority,
  sortKey,
  speaksForStrand,
  strandOutcome,
  type Authority,
  type Dataset,
  type FrameworkId,
  type GradeCounts,
  type PartialDate,
  type Strand,
} from '../domain';
import { REGION_NOT_RECORDED } from './areaDistributions';
import { countGrade, tallyOnScale, type GradeTally } from './gradeRows';
import { lastDayOf } from './latestAsAt';
import { authorityHistoriesOf, latestIn } from './latestIndex';

export interface StrandPosition extends GradeTally {
  readonly strand: Strand;
  readonly asAt: PartialDate;
  /** Local authorities in being at the date (in the region, if one is given): what every share is a part of. */
  readonly authorities: number;
  /** Of those, authorities whose latest word on the strand is an ILACS inspection from April 2026, which gives no overall grade. */
  readonly noOverallGrade: number;
  /** Authorities counted, by the framework of the inspection counted. */
  readonly byFramework: ReadonlyArray<readonly [FrameworkId, number]>;
}

/** A region's name as areaDistributions groups authorities: blank is 'Region not recorded'. */
const regionOf = (authority: Authority) => authority.region?.trim() || REGION_NOT_RECORDED;

/** Grades are counted in each framework's own words (Adequate and Requires improvement apart). */
const SCALE = GRADE_SCALES['across-frameworks'];

/**
 * Each local authority counts once, at its latest inspection on or before the date that judged the strand (by the
 * inspection date where known, else the publication date, as Ofsted's own as-at tables do).
 */
export function strandAsAt(dataset: Dataset, asAt: PartialDate, strand: Strand, region?: string): StrandPosition {
  const limit = lastDayOf(asAt);
  const limitKey = sortKey(limit);
  const counts: GradeCounts = {};
  let noOverallGrade = 0;
  const frameworks = new Map<FrameworkId, number>();
  const inRegion = (authority: Authority) => region === undefined || regionOf(authority) === region;
  for (const history of authorityHistoriesOf(dataset.inspections, `strand:${strand.id}`, (inspection) =>
    speaksForStrand(inspection, strand),
  )) {
    const found = latestIn(history, limitKey);
    if (!found) continue;
    const { inspection } = found;
    const authority = dataset.authorities.get(history.key) ?? inspection.authority;
    if (!isLocalAuthority(authority) || (authority.ceasedOn && endsOnOrBefore(authority.ceasedOn, limit))) continue;
    if (!inRegion(authority)) continue;
    const outcome = strandOutcome(inspection, strand);
    if (outcome?.kind === 'graded') countGrade(counts, outcome.grade);
    else noOverallGrade += 1;
    frameworks.set(inspection.framework, (frameworks.get(inspection.framework) ?? 0) + 1);
  }
  const authorities = [...dataset.authorities.entries()].filter(
    ([, authority]) => isLocalAuthority(authority) && inRegion(authority) && existedOn(authority, limit),
  ).length;
  return { strand, asAt, ...tallyOnScale(SCALE, counts), authorities, noOverallGrade, byFramework: [...frameworks] };
}
