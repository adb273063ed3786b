// View model for how one area's grade shares moved at each 31 March up to the as-at date, for England or a region.
import { eachThirtyFirstMarch, yearlyShares, type SharePoint } from '../../analytics';
import { joinList, percent } from '../../components/format';
import { inRegion } from '../../components/regionWords';
import {
  areaWords,
  compareDates,
  formatIso,
  formatLong,
  type Dataset,
  type JudgementArea,
  type PartialDate,
} from '../../domain';
import { mixOf, type GradeMix } from './gradeMix';

/** The first 31 March with more than a handful of ILACS inspections (31 March 2018 had one): the trend, and the view's quick picks, start here. */
export const FIRST_TREND_YEAR = 2019;

export interface TrendPoint {
  readonly point: SharePoint;
  /** The point as a chart row, labelled "2019" for 31 March 2019 and by its full date otherwise. */
  readonly mix: GradeMix;
  /** England's point on the same date, when the trend is a region's. */
  readonly england?: SharePoint;
}

export interface AreaTrend {
  readonly area: Pick<JudgementArea, 'id' | 'label'>;
  readonly region?: string;
  readonly points: readonly TrendPoint[];
  readonly summary: string;
  /** False when no point has anyone judged on the area, so there is nothing to draw. */
  readonly anyJudged: boolean;
  /** "48 at 31 March 2019, 102 at 31 March 2020 …": how many authorities each point covers. */
  readonly coverage: string;
  /** Set when the as-at date is after the latest date the data can speak for, so the trend stops there. */
  readonly stoppedAt?: PartialDate;
}

export interface AreaTrendOptions {
  readonly asAt: PartialDate;
  readonly area: Pick<JudgementArea, 'id' | 'label'>;
  readonly region?: string;
  /** The default as-at date: later 31 Marches would only repeat it. */
  readonly latestMarch: PartialDate;
}

/** The dates the trend is drawn at: each 31 March from 2019, then the as-at date itself if it is not one. */
export function trendDates(
  asAt: PartialDate,
  latestMarch: PartialDate,
): { dates: PartialDate[]; stoppedAt?: PartialDate } {
  if (compareDates(asAt, latestMarch) > 0)
    return { dates: eachThirtyFirstMarch(FIRST_TREND_YEAR, latestMarch), stoppedAt: latestMarch };
  const dates = eachThirtyFirstMarch(FIRST_TREND_YEAR, asAt);
  const last = dates[dates.length - 1];
  if (!last || formatIso(last) !== formatIso(asAt)) dates.push(asAt);
  return { dates };
}

export function areaTrend(dataset: Dataset, { asAt, area, region, latestMarch }: AreaTrendOptions): AreaTrend {
  const { dates, stoppedAt } = trendDates(asAt, latestMarch);
  const shares = yearlyShares(dataset, area.id, dates, region === undefined ? {} : { region });
  const england = region === undefined ? undefined : yearlyShares(dataset, area.id, dates);
  const points = shares.map((point, index) => {
    const englandPoint = england?.[index];
    return {
      point,
      mix: mixOf(formatIso(point.asAt), pointLabel(point.asAt), point),
      ...(englandPoint ? { england: englandPoint } : {}),
    };
  });
  const summary = summarise(area, region, points);
  const first = dates[0];
  const last = dates[dates.length - 1];
  return {
    area,
    ...(region !== undefined ? { region } : {}),
    points,
    anyJudged: summary !== undefined,
    summary:
      summary ??
      `No local authority${region === undefined ? '' : ` ${inRegion(region)}`} had a judgement for ${areaWords(area)} ` +
        (first && last && first !== last
          ? `at any date from ${formatLong(first)} to ${formatLong(last)}.`
          : `by ${first ? formatLong(first) : 'then'}.`),
    coverage: joinList(shares.map((point) => `${point.authorities} at ${formatLong(point.asAt)}`)),
    ...(stoppedAt ? { stoppedAt } : {}),
  };
}

export function pointLabel(date: PartialDate): string {
  return date.precision === 'day' && date.month === 3 && date.day === 31 ? String(date.year) : formatLong(date);
}

function summarise(
  area: Pick<JudgementArea, 'id' | 'label'>,
  region: string | undefined,
  points: readonly TrendPoint[],
): string | undefined {
  const judged = points.filter(({ point }) => point.goodOrBetterShare !== null);
  const first = judged[0];
  const last = judged[judged.length - 1];
  if (!first || !last) return undefined;
  const where = region === undefined ? '' : ` ${inRegion(region)}`;
  const lead = `The share of local authorities${where} judged good or better for ${areaWords(area)}`;
  const described = (point: SharePoint) =>
    `${percent(point.goodOrBetterShare)} (${formatLong(point.asAt)}, ${coverageOf(point)})`;
  let sentence: string;
  if (first === last) sentence = `${lead} was ${described(first.point)}.`;
  else {
    const from = Math.round((first.point.goodOrBetterShare ?? 0) * 100);
    const to = Math.round((last.point.goodOrBetterShare ?? 0) * 100);
    sentence =
      to === from
        ? `${lead} was ${described(first.point)} and again ${described(last.point)}.`
        : `${lead} ${to > from ? 'rose' : 'fell'} from ${described(first.point)} to ${described(last.point)}.`;
  }
  const englandLast = last.england;
  if (englandLast?.goodOrBetterShare !== null && englandLast !== undefined) {
    sentence += ` Across England it was ${percent(englandLast.goodOrBetterShare)} at ${formatLong(englandLast.asAt)}.`;
  }
  return sentence;
}

/** "48 authorities inspected", or "103 of 153 authorities judged" when some had no grade for the area. */
function coverageOf(point: SharePoint): string {
  if (point.notJudged === 0) return `${point.judged} ${point.judged === 1 ? 'authority' : 'authorities'} inspected`;
  return `${point.judged} of ${point.authorities} authorities judged`;
}
