// When two records from different files are the same inspection: the one rule that merging files and finding clashes share.
import { inspectionFamily } from '../domain/framework';
import type { Inspection } from '../domain/inspection';
import { daysInMonth, type PartialDate } from '../domain/partialDate';

/** Two records' inspection dates this many days apart, or fewer, can be one inspection (sources differ by a day or so). */
export const SAME_START_DAYS = 14;
/**
 * A report published this many days after an inspection began, or fewer, can be that inspection's. Devon's 2024
 * inspection took 225 days to publish.
 */
export const PUBLISHED_WITHIN_DAYS = 240;

/** The first and last day a date can be, as days since 1 January 1970. */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;

export function dayRange(date: PartialDate): DayRange {
  switch (date.precision) {
    case 'day': {
      const day = dayNumber(date.year, date.month, date.day);
      return { first: day, last: day };
    }
    case 'month':
      return { first: dayNumber(date.year, date.month, 1), last: dayNumber(date.year, date.month, daysInMonth(date.year, date.month)) };
    case 'year':
      return { first: dayNumber(date.year, 1, 1), last: dayNumber(date.year, 12, 31) };
  }
}

const sameDate = (a: PartialDate, b: PartialDate) =>
  a.precision === b.precision && a.year === b.year && (a.precision === 'year' || (a.month === (b as typeof a).month && (a.precision === 'month' || a.day === (b as typeof a).day)));

/**
 * Older Ofsted tables give only a publication date: a reader records it as both the date and the publication date, and
 * such a record says nothing about when the inspection began.
 */
export function knowsOnlyPublication(inspection: Inspection): boolean {
  return inspection.publicationDate !== undefined && sameDate(inspection.date, inspection.publicationDate);
}

/** When the inspection began, where the record knows it. */
export function startDays(inspection: Inspection): DayRange | undefined {
  return knowsOnlyPublication(inspection) ? undefined : dayRange(inspection.date);
}

/** When the report was published, where the record knows it. */
export function publishedDays(inspection: Inspection): DayRange | undefined {
  return inspection.publicationDate ? dayRange(inspection.publicationDate) : undefined;
}

/** True when some day of `later` is between `least` and `most` days after some day of `earlier`. */
function apart(earlier: DayRange, later: DayRange, least: number, most: number): boolean {
  return later.last - earlier.first >= least && later.first - earlier.last <= most;
}

/**
 * Whether two records' dates are one event: inspection dates within SAME_START_DAYS of each other or, where one record
 * knows only when its report was published, that date 0 to PUBLISHED_WITHIN_DAYS days after the other's inspection
 * date. Two records that both know when the inspection began are compared by that alone: otherwise two monitoring
 * visits four months apart would be one, the later visit's report coming within 240 days of the earlier visit.
 */
export function sameEvent(a: Inspection, b: Inspection): boolean {
  const aStart = startDays(a);
  const bStart = startDays(b);
  if (aStart && bStart) return apart(aStart, bStart, -SAME_START_DAYS, SAME_START_DAYS);
  const aPublished = publishedDays(a);
  const bPublished = publishedDays(b);
  if (aStart && bPublished) return apart(aStart, bPublished, 0, PUBLISHED_WITHIN_DAYS);
  if (bStart && aPublished) return apart(bStart, aPublished, 0, PUBLISHED_WITHIN_DAYS);
  // Both known only by their reports: the same report, give or take the same fortnight.
  return aPublished !== undefined && bPublished !== undefined && apart(aPublished, bPublished, -SAME_START_DAYS, SAME_START_DAYS);
}

/** The family part of the rule: a re-inspection is never its first inspection, a visit never an inspection. */
export const familyOf = (inspection: Inspection) => inspectionFamily(inspection.framework, inspection.type);

/**
 * The whole rule, for two records whose authorities are already matched (`sameAuthority`): the same framework family,
 * and dates that belong to one event.
 */
export function sameInspection(a: Inspection, b: Inspection, sameAuthority: boolean): boolean {
  return sameAuthority && familyOf(a) === familyOf(b) && sameEvent(a, b);
}

/** Every day the record's dates could be, from the earliest to the latest. */
function span(inspection: Inspection): DayRange {
  const start = startDays(inspection);
  const published = publishedDays(inspection);
  const ranges = [start, published].filter((range): range is DayRange => range !== undefined);
  return { first: Math.min(...ranges.map((range) => range.first)), last: Math.max(...ranges.map((range) => range.last)) };
}

/** Slots of this many days: a record is compared only with records in the slots its window reaches. */
const SLOT_DAYS = 256;
const REACH = Math.max(SAME_START_DAYS, PUBLISHED_WITHIN_DAYS);

export interface Indexed<T> {
  inspection: Inspection;
  value: T;
  slots: readonly number[];
  readonly bucket: string;
  /** The order entries were indexed in, to choose between two equally near. */
  readonly seq: number;
}

/**
 * Records by authority and family, then by slots of time, so a quarter of a million inspections are each compared only
 * with the few of the same authority and family near their dates, never with all of them.
 */
export class SameInspectionIndex<T> {
  private readonly buckets = new Map<string, Map<number, Array<Indexed<T>>>>();
  private added = 0;

  /** `authority` is the authority's key, already resolved to the one every file shares. */
  add(authority: string, inspection: Inspection, value: T): Indexed<T> {
    const entry: Indexed<T> = { inspection, value, slots: [], bucket: `${authority}|${familyOf(inspection)}`, seq: this.added++ };
    this.place(entry);
    return entry;
  }

  /** The entry now stands for another record (a file's record chosen instead of the held one): indexed by its dates. */
  move(entry: Indexed<T>, inspection: Inspection): void {
    const slots = this.buckets.get(entry.bucket);
    for (const slot of entry.slots) {
      const list = slots?.get(slot);
      if (list) list.splice(list.indexOf(entry), 1);
    }
    entry.inspection = inspection;
    this.place(entry);
  }

  /**
   * The entry that is the same inspection as `inspection`, among those `eligible` allows: the nearest in date, or the
   * first indexed of those equally near.
   */
  find(authority: string, inspection: Inspection, eligible: (entry: Indexed<T>) => boolean): Indexed<T> | undefined {
    const slots = this.buckets.get(`${authority}|${familyOf(inspection)}`);
    if (!slots) return undefined;
    const days = span(inspection);
    let best: Indexed<T> | undefined;
    let bestDistance = Infinity;
    for (let slot = Math.floor((days.first - REACH) / SLOT_DAYS); slot <= Math.floor((days.last + REACH) / SLOT_DAYS); slot++) {
      for (const entry of slots.get(slot) ?? []) {
        // An entry spanning two slots is met twice; the second meeting changes nothing.
        if (entry === best || !eligible(entry) || !sameEvent(entry.inspection, inspection)) continue;
        const distance = Math.abs(span(entry.inspection).first - days.first);
        if (distance < bestDistance || (distance === bestDistance && best !== undefined && entry.seq < best.seq)) {
          best = entry;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private place(entry: Indexed<T>): void {
    let slots = this.buckets.get(entry.bucket);
    if (!slots) {
      slots = new Map();
      this.buckets.set(entry.bucket, slots);
    }
    const days = span(entry.inspection);
    const placed: number[] = [];
    for (let slot = Math.floor(days.first / SLOT_DAYS); slot <= Math.floor(days.last / SLOT_DAYS); slot++) {
      const list = slots.get(slot) ?? [];
      list.push(entry);
      slots.set(slot, list);
      placed.push(slot);
    }
    entry.slots = placed;
  }
}
