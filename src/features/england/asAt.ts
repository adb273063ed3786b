// The "as at" dates the view offers: the default (Ofsted's reporting date for the data held) and the 31 March quick picks.
import type { Dataset, PartialDate } from '../../domain';

/** The first 31 March with more than a handful of ILACS inspections: 31 March 2018 had one. */
export const FIRST_QUICK_PICK_YEAR = 2019;

/** The most recent ILACS inspection held, if any. */
export function latestIlacsDate(dataset: Dataset): PartialDate | undefined {
  const judged = dataset.inspections.filter((inspection) => inspection.framework === 'ilacs');
  return judged[judged.length - 1]?.date;
}

/** The earliest ILACS inspection held, if any. */
export function earliestIlacsDate(dataset: Dataset): PartialDate | undefined {
  return dataset.inspections.find((inspection) => inspection.framework === 'ilacs')?.date;
}

/**
 * Ofsted reports positions "as at 31 March", so the default is the first 31 March on or after the
 * latest ILACS inspection held: the date the published figures use.
 */
export function defaultAsAt(dataset: Dataset): PartialDate | undefined {
  const latest = latestIlacsDate(dataset);
  if (!latest) return undefined;
  const month = latest.precision === 'year' ? 12 : latest.month;
  return { precision: 'day', year: month > 3 ? latest.year + 1 : latest.year, month: 3, day: 31 };
}

/** Each year from the first quick pick to the default date's year (at least the default's own year). */
export function quickPickYears(defaultDate: PartialDate): number[] {
  const years: number[] = [];
  for (let year = Math.min(FIRST_QUICK_PICK_YEAR, defaultDate.year); year <= defaultDate.year; year += 1) years.push(year);
  return years;
}
