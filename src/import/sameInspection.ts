// When two records from different files are the same inspection: the one rule that merging files and finding clashes share.
import { inspectionFamily, inspectionDateKnown, type Inspection, daysInMonth, type PartialDate } from '../domain';

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
      return {
        first: dayNumber(date.year, date.month, 1),
        last: dayNumber(date.year, date.month, daysInMonth(date.year, date.month)),
      };
    case 'year':
      return { first: dayNumber(date.year, 1, 1), last: dayNumber(date.year, 12, 31) };
  }
}

/**
 * Older Ofsted tables give only a publication date: a reader records it as both the date and the publication date, and
 * such a record says nothing about when the inspection began.
 */
export function knowsOnlyPublication(inspection: Inspection): boolean {
  return !inspectionDateKnown(inspection);
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
  return datesMatch(datesOf(a), datesOf(b));
}

/** A record's dates as days: when the inspection began (where known) and when its report was published (where known). */
interface EventDays {
  readonly start: DayRange | undefined;
  readonly published: DayRange | undefined;
}

const datesOf = (inspection: Inspection): EventDays => ({
  start: startDays(inspection),
  published: publishedDays(inspection),
});

function datesMatch(a: EventDays, b: EventDays): boolean {
  if (a.start && b.start) return apart(a.start, b.start, -SAME_START_DAYS, SAME_START_DAYS);
  if (a.start && b.published) return apart(a.start, b.published, 0, PUBLISHED_WITHIN_DAYS);
  if (b.start && a.published) return apart(b.start, a.published, 0, PUBLISHED_WITHIN_DAYS);
  // Both known only by their reports: the same report, give or take the same fortnight.
  return (
    a.published !== undefined &&
    b.published !== undefined &&
    apart(a.published, b.published, -SAME_START_DAYS, SAME_START_DAYS)
  );
}

const FAMILIES = new Map<string, Map<string, string>>();

/** The family part of the rule: a re-inspection is never its first inspection, a visit never an inspection. */
export function familyOf(inspection: Inspection): string {
  // A few distinct types among a quarter of a million records: each read once.
  let byType = FAMILIES.get(inspection.framework);
  if (!byType) {
    byType = new Map();
    FAMILIES.set(inspection.framework, byType);
  }
  let family = byType.get(inspection.type);
  if (family === undefined) {
    family = inspectionFamily(inspection.framework, inspection.type);
    byType.set(inspection.type, family);
  }
  return family;
}

/**
 * The whole rule, for two records whose authorities are already matched (`sameAuthority`): the same framework family,
 * and dates that belong to one event.
 */
export function sameInspection(a: Inspection, b: Inspection, sameAuthority: boolean): boolean {
  return sameAuthority && familyOf(a) === familyOf(b) && sameEvent(a, b);
}

/** Slots of this many days: a record is compared only with records in the slots its window reaches. */
const SLOT_DAYS = 16;

export interface Indexed<T> {
  inspection: Inspection;
  value: T;
  days: EventDays;
  /** Where it is filed: by its start if it knows one, else by its publication; and under which slots. */
  slots: readonly number[];
  byStart: boolean;
  readonly bucket: string;
  /** The order entries were indexed in, to choose between two equally near. */
  readonly seq: number;
}

type Slots<T> = Map<number, Array<Indexed<T>>>;

const slotsOver = (first: number, last: number) => {
  const slots: number[] = [];
  for (let slot = Math.floor(first / SLOT_DAYS); slot <= Math.floor(last / SLOT_DAYS); slot++) slots.push(slot);
  return slots;
};

/**
 * Records by authority and family, then by slots of time (by when the inspection began, or, for a record that knows
 * only its report's date, by that), so a quarter of a million inspections are each compared only with the few of the
 * same authority and family whose dates are near enough, never with all of them.
 */
export class SameInspectionIndex<T> {
  private readonly starts = new Map<string, Slots<T>>();
  private readonly published = new Map<string, Slots<T>>();
  private added = 0;

  /** `authority` is the authority's key, already resolved to the one every file shares. */
  add(authority: string, inspection: Inspection, value: T): Indexed<T> {
    const entry: Indexed<T> = {
      inspection,
      value,
      days: datesOf(inspection),
      slots: [],
      byStart: true,
      bucket: `${authority}|${familyOf(inspection)}`,
      seq: this.added++,
    };
    this.place(entry);
    return entry;
  }

  /** The entry now stands for another record (a file's record chosen instead of the held one): filed by its dates. */
  move(entry: Indexed<T>, inspection: Inspection): void {
    const slots = (entry.byStart ? this.starts : this.published).get(entry.bucket);
    for (const slot of entry.slots) {
      const list = slots?.get(slot);
      if (list) list.splice(list.indexOf(entry), 1);
    }
    entry.inspection = inspection;
    entry.days = datesOf(inspection);
    this.place(entry);
  }

  /**
   * The entry that is the same inspection as `inspection`, among those `eligible` allows: the nearest in date, or the
   * first indexed of those equally near.
   */
  find(authority: string, inspection: Inspection, eligible: (entry: Indexed<T>) => boolean): Indexed<T> | undefined {
    const bucket = `${authority}|${familyOf(inspection)}`;
    const starts = this.starts.get(bucket);
    const published = this.published.get(bucket);
    if (!starts && !published) return undefined;
    const days = datesOf(inspection);
    const anchor = (days.start ?? days.published)!.first;
    // Which starts and which publication dates could match, by the rule in datesMatch.
    const [startFrom, startTo] = days.start
      ? [days.start.first - SAME_START_DAYS, days.start.last + SAME_START_DAYS]
      : [days.published!.first - PUBLISHED_WITHIN_DAYS, days.published!.last];
    const [publishedFrom, publishedTo] = days.start
      ? [days.start.first, days.start.last + PUBLISHED_WITHIN_DAYS]
      : [days.published!.first - SAME_START_DAYS, days.published!.last + SAME_START_DAYS];
    let best: Indexed<T> | undefined;
    let bestDistance = Infinity;
    const consider = (slots: Slots<T> | undefined, from: number, to: number) => {
      if (!slots) return;
      for (let slot = Math.floor(from / SLOT_DAYS); slot <= Math.floor(to / SLOT_DAYS); slot++) {
        const entries = slots.get(slot);
        if (!entries) continue;
        for (const entry of entries) {
          // An entry filed under two slots is met twice; the second meeting changes nothing.
          if (entry === best || !datesMatch(entry.days, days) || !eligible(entry)) continue;
          const distance = Math.abs((entry.days.start ?? entry.days.published)!.first - anchor);
          if (distance < bestDistance || (distance === bestDistance && best !== undefined && entry.seq < best.seq)) {
            best = entry;
            bestDistance = distance;
          }
        }
      }
    };
    consider(starts, startFrom, startTo);
    consider(published, publishedFrom, publishedTo);
    return best;
  }

  private place(entry: Indexed<T>): void {
    const range = entry.days.start ?? entry.days.published;
    // A record has a date, so it has a start or, when that date is its publication, a publication.
    if (!range) return;
    entry.byStart = entry.days.start !== undefined;
    const index = entry.byStart ? this.starts : this.published;
    let slots = index.get(entry.bucket);
    if (!slots) {
      slots = new Map();
      index.set(entry.bucket, slots);
    }
    entry.slots = slotsOver(range.first, range.last);
    for (const slot of entry.slots) {
      const list = slots.get(slot);
      if (list) list.push(entry);
      else slots.set(slot, [entry]);
    }
  }
}
