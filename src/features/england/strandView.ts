// View models for comparing across frameworks by strand: each strand's latest grades as at a date, and at each 31 March from 2010.
import { eachThirtyFirstMarch, strandAsAt, type StrandPosition } from '../../analytics';
import { joinList, percent } from '../../components/format';
import { inRegion } from '../../components/regionWords';
import { compareDates, FRAMEWORKS, formatLong, STRANDS, type Dataset, type PartialDate } from '../../domain';
import { mixOf, type GradeMix } from './gradeMix';
import { pointLabel } from './areaTrend';

/** The first 31 March after Ofsted's first published inspection of local authority children's services under SLAC (2009). */
export const FIRST_STRAND_YEAR = 2010;

export interface StrandMix extends GradeMix {
  readonly position: StrandPosition;
}

export interface StrandsAt {
  readonly asAt: PartialDate;
  readonly region?: string;
  readonly mixes: readonly StrandMix[];
  readonly summary: string;
  /** Authorities whose latest inspection gave no overall grade (ILACS from April 2026). */
  readonly noOverallGrade: number;
}

const mixFor = (key: string, label: string, position: StrandPosition): StrandMix => ({
  ...mixOf(key, label, { ...position, notJudged: position.authorities - position.judged }),
  position,
});

/** "67% of all 153 authorities", or "52% of the 48 judged (of 152 authorities)" when not every authority was judged. */
export function coverageWords(position: StrandPosition): string {
  const share = percent(position.goodOrBetterShare);
  if (position.judged === position.authorities) return `${share} of all ${position.authorities} authorities`;
  return `${share} of the ${position.judged} judged by then (of ${position.authorities} authorities)`;
}

export function strandsAt(dataset: Dataset, asAt: PartialDate, region?: string): StrandsAt {
  const mixes = STRANDS.map((strand) => mixFor(strand.id, strand.label, strandAsAt(dataset, asAt, strand, region)));
  const where = region ? ` ${inRegion(region)}` : ' in England';
  const date = formatLong(asAt);
  const sentences = mixes.map(({ position }) =>
    position.judged === 0
      ? `As at ${date}, no local authority${where} had been judged on ${position.strand.words}${position.strand.gap ? ` (${lowerStart(position.strand.gap)})` : ''}.`
      : `As at ${date}, ${position.goodOrBetter} local authorities${where}, ${coverageWords(position)}, were judged good or outstanding for ${position.strand.words} at their latest inspection that judged it (${frameworksWords(position)}).`,
  );
  const noOverallGrade = mixes.find((mix) => mix.position.strand.id === 'whole-service')?.position.noOverallGrade ?? 0;
  if (noOverallGrade > 0)
    sentences.push(
      `${noOverallGrade} of them were last inspected under ILACS from April 2026, which gives no overall grade: they are counted as having none.`,
    );
  return { asAt, ...(region ? { region } : {}), mixes, summary: sentences.join(' '), noOverallGrade };
}

function lowerStart(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

function frameworksWords(position: StrandPosition): string {
  return joinList(position.byFramework.map(([framework, count]) => `${count} under ${shortFramework(framework)}`));
}

export function shortFramework(framework: keyof typeof FRAMEWORKS): string {
  return FRAMEWORKS[framework].name.replace(/\s*\(.*$/, '');
}

export interface StrandTrendPoint {
  readonly asAt: PartialDate;
  readonly mixes: readonly StrandMix[];
}

export interface StrandTrend {
  readonly region?: string;
  readonly points: readonly StrandTrendPoint[];
  readonly summary: string;
}

/** Each 31 March from 2010 up to the as-at date (and the date itself when it is not a 31 March), never past `latest`. */
export function strandTrend(dataset: Dataset, asAt: PartialDate, latest: PartialDate, region?: string): StrandTrend {
  const until = compareDates(asAt, latest) > 0 ? latest : asAt;
  const dates = eachThirtyFirstMarch(FIRST_STRAND_YEAR, until);
  const points = dates.map((date) => ({
    asAt: date,
    mixes: STRANDS.map((strand) =>
      mixFor(`${strand.id}:${pointLabel(date)}`, pointLabel(date), strandAsAt(dataset, date, strand, region)),
    ),
  }));
  const sentences = STRANDS.map((strand, index) => {
    const judged = points.filter((point) => point.mixes[index]!.position.judged > 0);
    const first = judged[0]?.mixes[index]?.position;
    const last = judged[judged.length - 1]?.mixes[index]?.position;
    if (!first || !last) return `No authority was judged on ${strand.words} at any of these dates.`;
    if (first === last)
      return `For ${strand.words}: ${coverageWords(last)} judged good or better at ${formatLong(last.asAt)}.`;
    return `For ${strand.words}: ${coverageWords(last)} judged good or better at ${formatLong(last.asAt)}, against ${coverageWords(first)} at ${formatLong(first.asAt)}.`;
  });
  return { ...(region ? { region } : {}), points, summary: sentences.join(' ') };
}
