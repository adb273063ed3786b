// The "as at" dates a view offers: the ILACS inspections held, the default 31 March after the latest, and the 31 March quick picks.
import { compareDates, type Dataset, type PartialDate, type SourceRef } from '../domain';

const march31 = (year: number): PartialDate => ({ precision: 'day', year, month: 3, day: 31 });

/** ILACS inspections only: visits and earlier frameworks never set an "as at" date. */
function ilacsDates(dataset: Dataset): PartialDate[] {
  return dataset.inspections
    .filter((inspection) => inspection.framework === 'ilacs')
    .map((inspection) => inspection.date);
}

/** The latest ILACS inspection's date, whatever order the dataset holds them in (a user's file may be in any order). */
export function latestIlacsDate(dataset: Dataset): PartialDate | undefined {
  return ilacsDates(dataset).reduce<PartialDate | undefined>(
    (latest, date) => (!latest || compareDates(date, latest) > 0 ? date : latest),
    undefined,
  );
}

/** The earliest ILACS inspection's date, whatever order the dataset holds them in. */
export function earliestIlacsDate(dataset: Dataset): PartialDate | undefined {
  return ilacsDates(dataset).reduce<PartialDate | undefined>(
    (earliest, date) => (!earliest || compareDates(date, earliest) < 0 ? date : earliest),
    undefined,
  );
}

/** The first 31 March on or after the date. A date known only to the year could fall after March, so it counts as December. */
export function marchOnOrAfter(date: PartialDate): PartialDate {
  const month = date.precision === 'year' ? 12 : date.month;
  return march31(month > 3 ? date.year + 1 : date.year);
}

/**
 * Ofsted reports positions "as at 31 March", so the default is the first 31 March on or after the latest
 * ILACS inspection held: the date the published figures use. undefined without any ILACS inspection.
 */
export function defaultAsAt(dataset: Dataset): PartialDate | undefined {
  const latest = latestIlacsDate(dataset);
  return latest ? marchOnOrAfter(latest) : undefined;
}

export interface QuickPickOptions {
  /** No quick pick before this year: a view may start later than the data (England's trend starts in 2019). */
  readonly notBefore?: number;
}

/**
 * The years offered as "31 March" quick picks, oldest first: from the first 31 March with an ILACS inspection
 * behind it (or `notBefore`, if later) to the default date, and at least the default date's own year.
 * Empty without any ILACS inspection.
 */
export function quickPickYears(dataset: Dataset, options: QuickPickOptions = {}): number[] {
  const earliest = earliestIlacsDate(dataset);
  const last = defaultAsAt(dataset)?.year;
  if (!earliest || last === undefined) return [];
  const first = Math.min(Math.max(marchOnOrAfter(earliest).year, options.notBefore ?? -Infinity), last);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Where as-at views' records come from: every file holding an ILACS inspection (the only framework they count). */
export function ilacsSources(dataset: Dataset): SourceRef[] {
  return dataset.inspections
    .filter((inspection) => inspection.framework === 'ilacs')
    .flatMap((inspection) => inspection.sources);
}
