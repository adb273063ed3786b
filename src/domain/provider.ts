// Social care providers (children's homes, fostering and adoption agencies…): the second kind of body Ofsted inspects,
// beside local authorities, with their own provision types, sectors and grade areas.
import type { Authority } from './authority';
import type { GradeId } from './grade';
import { compareDates, type PartialDate } from './partialDate';

/** Ofsted's unique reference number: digits, or "SC" and digits for providers registered before 2015. */
export const PROVIDER_URN = /^(SC)?\d{5,8}$/i;

/** A provision type, one identity however the list capitalises it ("Children's home" and "Children's Home"). */
export interface ProvisionType {
  readonly id: string;
  readonly label: string;
}

/** Lower case, straight apostrophes, one space: the key two spellings of one type share. */
const typeKey = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, ' ');

export function provisionTypeOf(text: string): ProvisionType {
  const key = typeKey(text);
  return {
    id: key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
    label: key.charAt(0).toUpperCase() + key.slice(1),
  };
}

/** The types Ofsted's national tables 8c and 9b call "children's homes" (not the residential special schools or secure homes). */
export const CHILDRENS_HOME = provisionTypeOf("Children's home").id;

/** Who runs the provider: the council's own, private, voluntary and the rest, one identity however written. */
export interface Sector {
  readonly id: string;
  readonly label: string;
}

export function sectorOf(text: string): Sector {
  const key = typeKey(text);
  if (key === '') return { id: 'not-given', label: 'Not given' };
  return {
    id: key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
    label: key.charAt(0).toUpperCase() + key.slice(1),
  };
}

export const LOCAL_AUTHORITY_SECTOR = 'local-authority';

/** A provider's grade area: the headline of the current framework or of older lists, or a sub-judgement. */
export interface ProviderArea {
  readonly id: string;
  readonly label: string;
  readonly shortLabel: string;
  /** Normalised headings that name it. */
  readonly headings: readonly string[];
  /** The headline judgement of its framework: the grade a provider is counted by. */
  readonly headline: boolean;
}

export const PROVIDER_AREAS: readonly ProviderArea[] = [
  {
    id: 'overall-experiences',
    label: 'Overall experiences and progress of children and young people',
    shortLabel: 'Overall experiences and progress',
    headings: [
      'overall experiences and progress of children and young people',
      'overall experiences and progress',
      'overall experiences and progress of children',
    ],
    headline: true,
  },
  {
    id: 'overall-effectiveness',
    label: 'Overall effectiveness',
    shortLabel: 'Overall effectiveness',
    headings: ['overall effectiveness', 'overall effectiveness judgement'],
    headline: true,
  },
  {
    id: 'education',
    label: 'Outcomes in education and related learning activities',
    shortLabel: 'Education',
    headings: ['outcomes in education and related learning activities', 'outcomes in education'],
    headline: false,
  },
  { id: 'health', label: 'Health services', shortLabel: 'Health', headings: ['health services'], headline: false },
  {
    id: 'protection',
    label: 'How well children and young people are helped and protected',
    shortLabel: 'Helped and protected',
    headings: [
      'how well children and young people are helped and protected',
      'safeguarding children and young people',
      'safeguarding',
    ],
    headline: false,
  },
  {
    id: 'leadership',
    label: 'The effectiveness of leaders and managers',
    shortLabel: 'Leaders and managers',
    headings: [
      'the effectiveness of leaders and managers',
      'effectiveness of leaders and managers',
      'leadership and management',
    ],
    headline: false,
  },
  {
    id: 'quality-of-care',
    label: 'Quality of care',
    shortLabel: 'Quality of care',
    headings: ['quality of care'],
    headline: false,
  },
  {
    id: 'outcomes',
    label: 'Outcomes for children and young people',
    shortLabel: 'Outcomes',
    headings: ['outcomes for children and young people', 'outcomes for children'],
    headline: false,
  },
];

/** The provider area a normalised heading names, if any. */
export function providerAreaOf(normalHeading: string): ProviderArea | undefined {
  return PROVIDER_AREAS.find((area) => area.headings.includes(normalHeading));
}

/** What one inspection event found: a full inspection's grades, or a monitoring visit's none. */
export interface ProviderEvent {
  readonly date: PartialDate;
  readonly publicationDate?: PartialDate;
  /** As the list words it: "Full inspection", "Monitoring inspection", "Interim inspection", "Assurance visit". */
  readonly type: string;
  /** A full inspection: the only kind whose grades are a provider's latest grades. */
  readonly full: boolean;
  /** Grades by ProviderArea id. */
  readonly grades: Readonly<Record<string, GradeId>>;
  readonly source: { readonly file: string; readonly line: number };
}

/** One row of a provider list: the provider as the list describes it, and the event the row is about. */
export interface ProviderRecord {
  readonly urn: string;
  /** "REDACTED" where Ofsted withheld it, as the list has it: never filled in. */
  readonly name: string;
  readonly provisionType: ProvisionType;
  readonly sector: Sector;
  readonly places?: number;
  /** The local authority where the provider is located: not the council that places children there. */
  readonly authority?: Authority;
  /** The list's Ofsted region (not the Government Office Region, which differs on hundreds of rows). */
  readonly region: string;
  readonly status?: string;
  /**
   * What the row says happened: a list "at 31 March" gives the latest full inspection (and, in older lists, the latest
   * event beside it); a year's list gives one event per row.
   */
  readonly events: readonly ProviderEvent[];
}

/** Every list's rows for one provider, matched by URN: its latest facts and its events in date order. */
export interface Provider {
  readonly urn: string;
  readonly name: string;
  readonly provisionType: ProvisionType;
  readonly sector: Sector;
  readonly places?: number;
  readonly authority?: Authority;
  readonly region: string;
  /** The registration status in the list read last ("Active", "Suspended", "Resigned"…), when the list gives it. */
  readonly status?: string;
  readonly events: readonly ProviderEvent[];
}

/** Still registered (active or suspended) as far as the lists say: a resigned or cancelled provider is history. */
export function isRegistered(provider: Provider): boolean {
  return provider.status === undefined || /^(active|suspended)$/i.test(provider.status.trim());
}

export const urnKey = (urn: string) => urn.trim().toUpperCase();

const sameEvent = (a: ProviderEvent, b: ProviderEvent) => compareDates(a.date, b.date) === 0 && a.full === b.full;

/**
 * Providers from the rows of any number of lists, matched by URN. The facts of the list read last win (a later list
 * says where a provider is now); events from every list are kept once each, by date and kind.
 */
export function providersFrom(records: readonly ProviderRecord[]): Provider[] {
  const byUrn = new Map<string, { record: ProviderRecord; events: ProviderEvent[] }>();
  for (const record of records) {
    const key = urnKey(record.urn);
    const held = byUrn.get(key) ?? { record, events: [] };
    held.record = record;
    for (const event of record.events) {
      const same = held.events.findIndex((other) => sameEvent(other, event));
      // Of the same event in two lists, the one with more grades is kept (a list "at 31 March" and the year's list agree).
      if (same < 0) held.events.push(event);
      else if (Object.keys(event.grades).length > Object.keys(held.events[same]!.grades).length)
        held.events[same] = event;
    }
    byUrn.set(key, held);
  }
  return [...byUrn.values()].map(({ record, events }) => ({
    urn: urnKey(record.urn),
    name: record.name,
    provisionType: record.provisionType,
    sector: record.sector,
    ...(record.places !== undefined ? { places: record.places } : {}),
    ...(record.authority ? { authority: record.authority } : {}),
    region: record.region,
    ...(record.status !== undefined ? { status: record.status } : {}),
    events: [...events].sort((a, b) => compareDates(a.date, b.date)),
  }));
}

/** The provider's standing on a date: its latest full inspection's grades, and its latest event if that was not one. */
export interface ProviderStanding {
  readonly latestFull?: ProviderEvent;
  /** Set when the latest event by the date was not a full inspection (a monitoring or interim visit): its grade stands. */
  readonly laterVisit?: ProviderEvent;
}

export function standingOn(provider: Provider, asAt?: PartialDate): ProviderStanding {
  const events = asAt ? provider.events.filter((event) => compareDates(event.date, asAt) <= 0) : provider.events;
  const latestFull = [...events].reverse().find((event) => event.full && headlineGrade(event) !== undefined);
  const last = events[events.length - 1];
  const laterVisit =
    last && last !== latestFull && (!latestFull || compareDates(last.date, latestFull.date) > 0) ? last : undefined;
  return { ...(latestFull ? { latestFull } : {}), ...(laterVisit ? { laterVisit } : {}) };
}

/** The event's headline grade: the current framework's overall grade, else the older lists' overall effectiveness. */
export function headlineGrade(event: ProviderEvent): GradeId | undefined {
  return event.grades['overall-experiences'] ?? event.grades['overall-effectiveness'];
}

/** True for an event type that is a full inspection ("Full inspection", "Full", "Full - Children's home"). */
export function isFullInspection(type: string): boolean {
  return /\bfull\b/i.test(type);
}
