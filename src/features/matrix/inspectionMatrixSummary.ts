// The sentence above the areas-by-inspections grid, computed from the inspections shown.
import { scaleOf } from '../../analytics';
import { joinList } from '../../components/format';
import {
  formatLong,
  gradeLabel,
  OVERALL_EFFECTIVENESS,
  shortAreaLabel,
  stepOf,
  type Inspection,
  type Judgement,
} from '../../domain';

/** "in 2021" for one year, "from 2008 to 2021" for several. */
export function yearsPhrase(inspections: readonly Inspection[]): string {
  const years = inspections.map((inspection) => inspection.date.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `in ${first}` : `from ${first} to ${last}`;
}

/**
 * The headline judgement: the chosen area, or else Overall effectiveness, or an older framework's
 * "overall" finding (Walsall's 2008 joint inspection words it its own way).
 */
function headline(inspection: Inspection, areaId: string | undefined): Judgement | undefined {
  if (areaId !== undefined) return inspection.judgements.find((judgement) => judgement.area.id === areaId);
  return (
    inspection.judgements.find((judgement) => judgement.area.id === OVERALL_EFFECTIVENESS) ??
    inspection.judgements.find((judgement) => /overall/i.test(judgement.area.label))
  );
}

interface HeadlinePoint {
  readonly label: string;
  readonly when: string;
}

/** Years name the points unless two inspections share a year; then the full dates do. */
function headlinePoints(inspections: readonly Inspection[], areaId: string | undefined): HeadlinePoint[] {
  const years = inspections.map((inspection) => inspection.date.year);
  const sharedYear = new Set(years).size < years.length;
  return inspections.flatMap((inspection) => {
    const outcome = headline(inspection, areaId)?.outcome;
    if (outcome?.kind !== 'graded') return [];
    const label = stepOf(scaleOf(inspection), outcome.grade)?.label ?? gradeLabel(outcome.grade);
    return [{ label, when: sharedYear ? formatLong(inspection.date) : String(inspection.date.year) }];
  });
}

function headlineClause(inspections: readonly Inspection[], areaId: string | undefined): string | undefined {
  const points = headlinePoints(inspections, areaId);
  const areaLabel =
    areaId === undefined
      ? undefined
      : inspections.flatMap((inspection) => inspection.judgements).find((judgement) => judgement.area.id === areaId)
          ?.area;
  const what = areaLabel ? shortAreaLabel(areaLabel) : 'The overall judgement';
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return undefined;
  if (points.length === 1) return `${what} was ${first.label} (${first.when})`;
  if (first.label === last.label)
    return `${what} was ${first.label} in ${first.when} and ${last.label} again in ${last.when}`;
  return `${what} moved from ${first.label} (${first.when}) to ${last.label} (${last.when})`;
}

function countsOnlyClause(inspections: readonly Inspection[]): string | undefined {
  const countsOnly = inspections.filter((inspection) => inspection.summaryCounts);
  if (countsOnly.length === 0) return undefined;
  const names = joinList(countsOnly.map((inspection) => formatLong(inspection.date)));
  return countsOnly.length === 1
    ? `the ${names} inspection is known only by its counts`
    : `the ${names} inspections are known only by their counts`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "Walsall: 3 inspections from 2008 to 2021. The overall judgement was Good in 2008 and Good again in 2021;
 * the June 2012 inspection is known only by its counts."
 */
export function describeInspections(
  authorityName: string,
  inspections: readonly Inspection[],
  visits: readonly Inspection[],
  areaId: string | undefined,
): string {
  const count = `${inspections.length} ${inspections.length === 1 ? 'inspection' : 'inspections'}`;
  const sentences = [`${authorityName}: ${count} ${yearsPhrase(inspections)}.`];
  const clauses = [headlineClause(inspections, areaId), countsOnlyClause(inspections)].filter(
    (clause): clause is string => clause !== undefined,
  );
  if (clauses.length > 0) sentences.push(`${capitalise(clauses.join('; '))}.`);
  if (visits.length > 0) {
    sentences.push(
      `${visits.length} ${visits.length === 1 ? 'visit' : 'visits'} in these years made no judgements and ${visits.length === 1 ? 'is' : 'are'} not shown.`,
    );
  }
  return sentences.join(' ');
}
