// Dates known to the day, the month or only the year, as inspection records really are.

export type PartialDate =
  | { readonly precision: 'day'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | { readonly precision: 'year'; readonly year: number };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 at the precision known: 2021-10-04, 2012-06 or 2008. */
export function formatIso(date: PartialDate): string {
  switch (date.precision) {
    case 'day':
      return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
    case 'month':
      return `${pad(date.year, 4)}-${pad(date.month)}`;
    case 'year':
      return pad(date.year, 4);
  }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const MONTH_NAMES: readonly string[] = MONTHS;

/** Readable English: 4 October 2021, June 2012 or 2008. */
export function formatLong(date: PartialDate): string {
  switch (date.precision) {
    case 'day':
      return `${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
    case 'month':
      return `${MONTHS[date.month - 1]} ${date.year}`;
    case 'year':
      return String(date.year);
  }
}

/**
 * A sortable key for the first day the date could be. A year-only date sorts before any month of
 * that year, which keeps "2008" ahead of "2008-06" on a timeline.
 */
export function sortKey(date: PartialDate): number {
  const month = date.precision === 'year' ? 0 : date.month;
  const day = date.precision === 'day' ? date.day : 0;
  return date.year * 10_000 + month * 100 + day;
}

export function compareDates(a: PartialDate, b: PartialDate): number {
  return sortKey(a) - sortKey(b);
}

/**
 * True when the whole period the date stands for has ended by `limit` (a full date).
 * "2012-06" is on or before 2012-06-30 but not before 2012-06-15: we cannot say the inspection had happened.
 */
export function endsOnOrBefore(date: PartialDate, limit: PartialDate): boolean {
  return lastPossibleKey(date) <= sortKey(limit);
}

/** The sortable key of the last day the date could be. */
export function lastPossibleKey(date: PartialDate): number {
  switch (date.precision) {
    case 'day':
      return sortKey(date);
    case 'month':
      return date.year * 10_000 + date.month * 100 + daysInMonth(date.year, date.month);
    case 'year':
      return date.year * 10_000 + 1231;
  }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1 January 1970 of the first day the date could be: subtract two to count the days between them. */
export function firstDayNumber(date: PartialDate): number {
  const month = date.precision === 'year' ? 1 : date.month;
  const day = date.precision === 'day' ? date.day : 1;
  return Date.UTC(date.year, month - 1, day) / 86_400_000;
}

export function dayDate(year: number, month: number, day: number): PartialDate {
  return { precision: 'day', year, month, day };
}

/** Parses our own ISO forms only (2021-10-04, 2012-06, 2008); the importer reads every other form. */
export function parseIso(text: string): PartialDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { precision: 'month', year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { precision: 'day', year, month, day };
}
