// View model for "England's latest Overall effectiveness grades": rows, totals and the sentence above the chart.
import { areaDistributions, ENGLAND, latestAsAt, type GradeRow } from '../../analytics';
import { joinList } from '../../components/format';
import { formatLong, type Dataset, type PartialDate } from '../../domain';

export const OVERALL_EFFECTIVENESS = 'overall-effectiveness';

export interface EnglandOverall {
  readonly asAt: PartialDate;
  readonly rows: readonly GradeRow[];
  readonly authorities: number;
  readonly goodOrBetter: number;
  readonly goodOrBetterShare: number | null;
  readonly summary: string;
}

/**
 * Ofsted reports positions "as at 31 March", so the default is the first 31 March on or after the
 * latest ILACS inspection held: the date the published figures use.
 */
export function defaultAsAt(dataset: Dataset): PartialDate | undefined {
  const judged = dataset.inspections.filter((inspection) => inspection.framework === 'ilacs');
  const latest = judged[judged.length - 1]?.date;
  if (!latest) return undefined;
  const month = latest.precision === 'year' ? 12 : latest.month;
  const day = latest.precision === 'day' ? latest.day : 31;
  const afterMarch = month > 3 || (month === 3 && day > 31);
  return { precision: 'day', year: afterMarch ? latest.year + 1 : latest.year, month: 3, day: 31 };
}

export function englandOverall(dataset: Dataset, asAt: PartialDate): EnglandOverall | undefined {
  const latest = latestAsAt(dataset, asAt, { framework: 'ilacs' });
  const distribution = areaDistributions(latest, 'england').find(
    (entry) => entry.group === ENGLAND && entry.area.id === OVERALL_EFFECTIVENESS,
  );
  if (!distribution || distribution.judged === 0) return undefined;
  const list = distribution.rows.map((row) => `${row.count} ${row.label.toLowerCase()}`);
  const share = distribution.goodOrBetterShare === null ? '' : ` (${Math.round(distribution.goodOrBetterShare * 100)}%)`;
  return {
    asAt,
    rows: distribution.rows,
    authorities: distribution.judged,
    goodOrBetter: distribution.goodOrBetter,
    goodOrBetterShare: distribution.goodOrBetterShare,
    summary:
      `As at ${formatLong(asAt)}, ${distribution.goodOrBetter} of ${distribution.judged} local authorities${share} were judged good or outstanding ` +
      `for overall effectiveness at their latest ILACS inspection: ${joinList(list)}.`,
  };
}
