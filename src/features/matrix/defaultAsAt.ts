// The matrix's default "as at" date and the 31 March quick picks, both drawn from the ILACS inspections held.
import { compareDates, type Dataset, type PartialDate } from '../../domain';

const march31 = (year: number): PartialDate => ({ precision: 'day', year, month: 3, day: 31 });

/** The latest ILACS inspection's date, whatever order the dataset holds them in. */
function latestIlacsDate(dataset: Dataset): PartialDate | undefined {
  let latest: PartialDate | undefined;
  for (const inspection of dataset.inspections) {
    if (inspection.framework !== 'ilacs') continue;
    if (!latest || compareDates(inspection.date, latest) > 0) latest = inspection.date;
  }
  return latest;
}

/**
 * Ofsted reports positions "as at 31 March", so the default is the first 31 March on or after the latest
 * ILACS inspection held. A date known only to the year could fall after March, so it counts as December.
 */
export function defaultMatrixAsAt(dataset: Dataset): PartialDate | undefined {
  const latest = latestIlacsDate(dataset);
  if (!latest) return undefined;
  const month = latest.precision === 'year' ? 12 : latest.month;
  return march31(month > 3 ? latest.year + 1 : latest.year);
}

/** Every 31 March from the first ILACS inspection's year to the default date, oldest first. */
export function marchYears(dataset: Dataset): number[] {
  const last = defaultMatrixAsAt(dataset);
  if (!last) return [];
  let first = last.year;
  for (const inspection of dataset.inspections) if (inspection.framework === 'ilacs') first = Math.min(first, inspection.date.year);
  return Array.from({ length: last.year - first + 1 }, (_, i) => first + i);
}
