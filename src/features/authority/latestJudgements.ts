// View model for "the latest inspection, area by area": each area's grade or why it was not judged, or the counts when that is all we know.
import { scaleOf, type GradeDistribution, type TimelineEntry } from '../../analytics';
import { formatLong, gradeLabel, stepOf, type GradeScale, type Inspection, type Judgement } from '../../domain';
import { describeInspection } from './authorityTimeline';

export type LatestJudgements =
  | {
      readonly kind: 'areas';
      readonly inspection: Inspection;
      readonly scale: GradeScale;
      /** One judgement per area, in the source's order. */
      readonly judgements: readonly Judgement[];
      readonly summary: string;
    }
  | {
      readonly kind: 'counts';
      readonly inspection: Inspection;
      readonly distribution: GradeDistribution;
      readonly summary: string;
    };

/**
 * The latest inspection with at least one grade (visits and ungraded records are skipped, so the
 * authority keeps its previous judgements). `areaId` limits the areas shown to one.
 */
export function latestJudgements(
  authorityName: string,
  entries: readonly TimelineEntry[],
  areaId?: string,
): LatestJudgements | undefined {
  const latest = [...entries].reverse().find(({ distribution }) => distribution !== null && distribution.judged > 0);
  if (!latest?.distribution) return undefined;
  const { inspection, distribution } = latest;
  const opening = `${authorityName}’s latest inspection, of ${formatLong(inspection.date)} (${inspection.type})`;
  if (inspection.summaryCounts) {
    const counts = describeInspection(authorityName, inspection, distribution);
    return {
      kind: 'counts',
      inspection,
      distribution,
      summary: `${opening}, is known only by its counts. ${counts} Which area received which grade was not recorded.`,
    };
  }
  const scale = scaleOf(inspection);
  const judgements = firstPerArea(inspection.judgements).filter(
    (judgement) => areaId === undefined || judgement.area.id === areaId,
  );
  return { kind: 'areas', inspection, scale, judgements, summary: `${opening}, ${describeAreas(judgements, scale)}` };
}

function firstPerArea(judgements: readonly Judgement[]): Judgement[] {
  const seen = new Set<string>();
  return judgements.filter((judgement) => {
    if (seen.has(judgement.area.id)) return false;
    seen.add(judgement.area.id);
    return true;
  });
}

function describeAreas(judgements: readonly Judgement[], scale: GradeScale): string {
  if (judgements.length === 0) return 'made no judgement of this area.';
  const graded = judgements.flatMap((judgement) =>
    judgement.outcome.kind === 'graded' ? [{ judgement, grade: judgement.outcome.grade }] : [],
  );
  const notJudged = judgements.length - graded.length;
  if (graded.length === 0)
    return `graded none of the areas shown: ${notJudged === 1 ? 'it was' : `all ${notJudged} were`} not judged.`;
  const only = graded[0];
  if (judgements.length === 1 && only) {
    return `judged ${only.judgement.area.label.toLowerCase()} ${gradeLabel(only.grade, scale).toLowerCase()}.`;
  }
  const goodOrBetter = graded.filter(({ grade }) => stepOf(scale, grade)?.goodOrBetter === true).length;
  const belowGood = graded
    .filter(({ grade }) => stepOf(scale, grade)?.goodOrBetter === false)
    .map(({ judgement, grade }) => `${judgement.area.label.toLowerCase()} (${gradeLabel(grade, scale).toLowerCase()})`);
  const areaNoun = graded.length === 1 ? 'area' : 'areas';
  let sentence = `judged ${goodOrBetter} of ${graded.length} ${areaNoun} good or better.`;
  if (belowGood.length > 0) sentence += ` Below good: ${belowGood.join('; ')}.`;
  if (notJudged > 0) sentence += ` ${notJudged} ${notJudged === 1 ? 'area was' : 'areas were'} not judged.`;
  return sentence;
}
