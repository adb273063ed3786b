// Column headings to fields: every wording councils and Ofsted use for the same thing.
import { type GradeId, knownArea, type JudgementArea, providerAreaOf } from '../domain';
import { parseDate } from './values';

export type FieldId =
  | 'authorityName'
  | 'authorityCode'
  | 'region'
  | 'authorityStatus'
  | 'inspectionType'
  | 'date'
  | 'month'
  | 'publicationDate'
  | 'judgementArea'
  | 'grade'
  | 'measure'
  | 'value'
  | 'unit'
  | 'note'
  | 'total'
  // A provider list's own columns (src/import/formats/providerList.ts).
  | 'urn'
  | 'providerName'
  | 'provisionType'
  | 'sector'
  | 'places'
  | 'registrationStatus'
  | 'latestFullDate'
  | 'providerPublicationDate'
  | 'eventType';

/** What one column of the file became. */
export type ColumnRole =
  | { readonly kind: 'field'; readonly field: FieldId }
  /** `event`: on a row of several inspections, the inspection (numbered from 0, left to right) the column belongs to. */
  | { readonly kind: 'area'; readonly area: JudgementArea; readonly event?: number }
  /** The date of one of several inspections on a row: its inspection (first day on site) or its publication date. */
  | { readonly kind: 'event-date'; readonly event: number; readonly date: 'inspection' | 'publication' }
  /** The type ("ILACS Short Inspection") of one of several inspections on a row. */
  | { readonly kind: 'event-type'; readonly event: number }
  | { readonly kind: 'grade-count'; readonly grade: GradeId }
  /** A figure beside an inspection (a survey's percentage): a measure of that authority at that date, named by the heading. */
  | { readonly kind: 'measure'; readonly name: string; readonly unit: string }
  /** A grade of a social care provider's inspection, by provider area id (src/domain/provider.ts): only in a provider list. */
  | { readonly kind: 'provider-grade'; readonly area: string }
  /**
   * `couldBe`: the area this column names, which another column names too; the importer does not guess between them,
   * and the user should say which is which.
   */
  | { readonly kind: 'ignored'; readonly reason: string; readonly couldBe?: JudgementArea };

export interface ColumnMapping {
  readonly index: number;
  /** The heading as the file has it. */
  readonly heading: string;
  readonly role: ColumnRole;
}

export const FIELD_LABELS: Readonly<Record<FieldId, string>> = {
  authorityName: 'Authority name',
  authorityCode: 'Authority code',
  region: 'Region',
  authorityStatus: 'Authority status',
  inspectionType: 'Inspection type',
  date: 'Date',
  month: 'Month (beside a year)',
  publicationDate: 'Publication date',
  judgementArea: 'Judgement area',
  grade: 'Grade',
  measure: 'Measure',
  value: 'Value',
  unit: 'Unit',
  note: 'Note',
  total: 'Total judgements',
  urn: 'URN (provider reference number)',
  providerName: 'Provider name',
  provisionType: 'Provision type',
  sector: 'Sector',
  places: 'Places',
  registrationStatus: 'Registration status',
  latestFullDate: 'Latest full inspection date',
  providerPublicationDate: 'Provider inspection publication date',
  eventType: 'Inspection event type',
};

/** The heading our own tidy format uses for each field, for messages that say what to add. */
export const TIDY_HEADINGS: Readonly<Partial<Record<FieldId, string>>> = {
  authorityName: 'authority_name',
  authorityCode: 'authority_code',
  region: 'region',
  inspectionType: 'inspection_type',
  date: 'inspection_date',
  publicationDate: 'publication_date',
  judgementArea: 'judgement_area',
  grade: 'grade',
  measure: 'measure',
  value: 'value',
  unit: 'unit',
  urn: 'URN',
  provisionType: 'Provision type',
};

/** Every heading, normalised, that names each field. */
export const FIELD_SYNONYMS: Readonly<Record<FieldId, readonly string[]>> = {
  authorityName: [
    'authority name',
    'authority',
    'local authority',
    'local authority name',
    'la name',
    'la',
    'council',
    'council name',
    'local authority la',
    'name of local authority',
  ],
  authorityCode: [
    'authority code',
    'local authority area code',
    'area code',
    'ons code',
    'la code',
    'new la code',
    'la code new',
    'old la code',
    'la number',
    'la no',
    'dfe la number',
    'dfe number',
    'la id',
    'local authority code',
  ],
  region: ['region', 'ofsted region', 'government office region', 'gor', 'region name', 'english region', 'la region'],
  authorityStatus: ['local authority status', 'authority status', 'status'],
  inspectionType: [
    'inspection type',
    'inspection visit type',
    'type',
    'framework',
    'inspection framework',
    'type of inspection',
    'visit type',
    'event type',
    'inspection',
  ],
  date: [
    'inspection date',
    'date of inspection',
    'inspection visit date',
    'inspection start date',
    'date',
    'period',
    'year',
    'visit date',
    'date inspected',
    'inspection end date',
    'as at',
    'as at date',
    'inspection year',
    'year of inspection',
  ],
  // Councils often split the date: a Year column and a Month column, read together.
  month: ['month', 'inspection month', 'month of inspection'],
  publicationDate: [
    'publication date',
    'date published',
    'published',
    'report published',
    'report publication date',
    'published date',
  ],
  judgementArea: ['judgement area', 'judgement', 'area', 'judgement name', 'sub judgement', 'aspect', 'judgement type'],
  grade: ['grade', 'judgement grade', 'outcome', 'rating', 'grade awarded', 'judgement outcome', 'result'],
  measure: ['measure', 'measure name', 'indicator', 'metric', 'question', 'measure description', 'indicator name'],
  value: ['value', 'figure', 'percentage', 'percent', 'number', 'measure value'],
  unit: ['unit', 'units', 'unit of measure'],
  note: ['note', 'notes', 'comment', 'comments', 'visit theme', 'theme', 'source'],
  total: ['total', 'total judgements', 'judgements', 'number of judgements', 'judgements made'],
  urn: ['urn', 'unique reference number', 'provider urn', 'setting urn', 'social care urn'],
  providerName: ['name', 'setting name', 'provider name', 'name of provider', 'name of setting'],
  provisionType: ['provision type', 'provider type', 'type of provision', 'setting type', 'provision type description'],
  sector: ['sector', 'provider sector', 'setting sector'],
  places: ['places', 'number of places', 'registered places', 'maximum places', 'max places'],
  registrationStatus: ['registration status', 'provider status', 'setting status'],
  latestFullDate: [
    'latest full inspection date',
    'date of latest full inspection',
    'latest inspection date',
    'full inspection date',
  ],
  providerPublicationDate: [
    'latest full inspection publication date',
    'inspection publication date',
    'latest full inspection report published',
  ],
  eventType: [
    'latest full inspection event type',
    'inspection event type',
    'event type description',
    'latest inspection event type',
  ],
};

const COUNT_WORDS: ReadonlyArray<readonly [GradeId, readonly string[]]> = [
  ['outstanding', ['outstanding']],
  ['good', ['good']],
  ['adequate', ['adequate']],
  ['requires-improvement', ['requires improvement', 'requires improvement to be good', 'ri']],
  ['inadequate', ['inadequate']],
];

const LINK = 'a link, not needed';

/** Headings of columns that hold data the importer does not need, with the reason the preview gives. */
const NOT_NEEDED: ReadonlyMap<string, string> = new Map([
  ...['web link', 'link', 'url', 'report link', 'report url', 'inspection link', 'local link to all inspections'].map(
    (heading) => [heading, LINK] as const,
  ),
  // A provider list's columns that say nothing the app shows: each with why.
  ['linked education urn', 'the provider’s school or college number at the Department for Education, not needed'],
  ['registration date', 'when the provider was registered, not needed'],
  ...['address 1', 'address 2', 'address 3', 'town', 'county', 'postcode'].map(
    (heading) =>
      [heading, 'part of the address, not needed: the local authority column says where the provider is'] as const,
  ),
  [
    'parliamentary constituency',
    'the parliamentary constituency, not needed: the local authority column says where the provider is',
  ],
  ['organisation which owns the provider', 'the owning organisation, not needed'],
  ['short break only children s home', 'whether a home gives short breaks only, not needed'],
  ['multi building children s home', 'whether a home has several buildings, not needed'],
  ['latest full inspection event number', 'Ofsted’s number for the inspection event, not needed'],
  ['inspection event number', 'Ofsted’s number for the inspection event, not needed'],
  ['region code', 'the region as a code, not needed'],
  ['la authority type', 'the type of authority, not needed'],
  ['authority type', 'the type of authority, not needed'],
  ['local authority type', 'the type of authority, not needed'],
  ['inspector name', 'the lead inspector, not needed'],
  ['inspectors inspections count', 'the lead inspector’s number of inspections, not needed'],
  ['stat neighbours', 'statistical neighbours, not read from this file'],
  [
    'stat neighbour judgement',
    'statistical neighbours’ grades, not read from this file (each neighbour’s own inspection is)',
  ],
]);

/** An authority code heading that says which kind of code it holds: ONS area codes win over DfE numbers when a file has both. */
const ONS_CODE_HEADINGS = new Set(['local authority area code', 'area code', 'ons code', 'new la code', 'la code new']);
const DFE_NUMBER_HEADINGS = new Set(['old la code', 'la number', 'la no', 'dfe la number', 'dfe number']);

/** The end of a visit beside its start: the start is the inspection's date. */
const END_DATE = 'inspection end date';

/** Lower case, one space between words, no punctuation: "Inspection/Visit date" → "inspection visit date". */
export function normaliseHeading(heading: string): string {
  return withoutBracketed(heading.toLowerCase())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Drops each "(…)" note as /\([^)]*\)/g would. That regex retries from every "(" to the end of the cell, so a
 * cell of many "(" and no ")" took seconds per ten thousand characters (every cell in the first rows is scored).
 */
function withoutBracketed(text: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('(', from);
    const close = open < 0 ? -1 : text.indexOf(')', open);
    if (close < 0) return kept + text.slice(from);
    kept += `${text.slice(from, open)} `;
    from = close + 1;
  }
}

const fieldByHeading = new Map<string, FieldId>();
for (const [field, synonyms] of Object.entries(FIELD_SYNONYMS) as Array<[FieldId, readonly string[]]>) {
  for (const synonym of synonyms) fieldByHeading.set(synonym, field);
}

const countByHeading = new Map<string, GradeId>();
for (const [grade, words] of COUNT_WORDS) {
  for (const word of words) {
    for (const form of [
      word,
      `number ${word}`,
      `number of ${word}`,
      `${word} count`,
      `count ${word}`,
      `${word} judgements`,
      `number ${word} judgements`,
    ]) {
      countByHeading.set(form, grade);
    }
  }
}

/** The role of one heading on its own, before the table as a whole is considered. */
export function roleOf(heading: string): ColumnRole {
  const normal = normaliseHeading(heading);
  if (normal === '') return { kind: 'ignored', reason: 'no heading' };
  const field = fieldByHeading.get(normal);
  if (field) return { kind: 'field', field };
  const grade = countByHeading.get(normal);
  if (grade) return { kind: 'grade-count', grade };
  const area = knownArea(heading) ?? areaBeforeGrade(normal);
  if (area) return { kind: 'area', area };
  const measure = percentMeasure(heading);
  if (measure) return measure;
  const reason = NOT_NEEDED.get(normal);
  if (reason) return { kind: 'ignored', reason };
  return { kind: 'ignored', reason: NOT_RECOGNISED };
}

/** "Overall effectiveness grade", "in_care_grade", "Help and protection judgement": the area the heading names before the word. */
function areaBeforeGrade(normal: string): JudgementArea | undefined {
  const m = /^(.+?) (grade|judgement|judgment|rating)$/.exec(normal);
  return m ? knownArea(m[1]!) : undefined;
}

const PERCENT_WORDS = /\s*(\(\s*(%|per ?cent|percentage)\s*\)|%|\bper ?cent\b|\bpercentage\b)\s*/gi;

/** "Felt safe (%)", "% felt safe": a figure in per cent, named by the rest of its heading. */
function percentMeasure(heading: string): ColumnRole | undefined {
  if (!/%|\bper ?cent\b|\bpercentage\b/i.test(heading)) return undefined;
  const name = heading
    .replace(PERCENT_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:,-]+|[\s:,-]+$/g, '')
    .trim();
  return name === '' ? undefined : { kind: 'measure', name, unit: '%' };
}

/** A measure column chosen by hand: named by its heading, with the unit its cells give (a % sign) or none. */
export function measureFromHeading(heading: string): ColumnRole {
  const measure = percentMeasure(heading);
  return measure ?? { kind: 'measure', name: heading.trim() || 'Measure', unit: '' };
}

const NOT_RECOGNISED = 'heading not recognised';

/**
 * Maps a header row. A field claimed twice keeps its first column: the second is reported as
 * ignored rather than silently overriding it.
 */
export function mapColumns(headings: readonly string[]): ColumnMapping[] {
  const seen = new Set<string>();
  // "Judgement" names the area in most files, but beside an explicit "Judgement area" it can only be the grade.
  const hasExplicitArea = headings.some(
    (heading) =>
      normaliseHeading(heading) !== 'judgement' &&
      roleOf(heading).kind === 'field' &&
      fieldByHeading.get(normaliseHeading(heading)) === 'judgementArea',
  );
  // A Month column is read beside a year; with no other date column it is the date ("2023-06", "June 2023").
  const hasDate = headings.some((heading) => fieldByHeading.get(normaliseHeading(heading)) === 'date');
  const normal = headings.map(normaliseHeading);
  // Of two authority code columns, the one headed as ONS codes is the code, and a DfE number beside it is not needed.
  const onsCode = normal.findIndex((heading) => ONS_CODE_HEADINGS.has(heading));
  const otherCode = normal.findIndex(
    (heading, index) => index !== onsCode && fieldByHeading.get(heading) === 'authorityCode',
  );
  const codeColumn = onsCode >= 0 && otherCode >= 0 ? onsCode : -1;
  // A provider list gives both regions: Ofsted's is the region, and the Government Office Region is said not to be.
  const ofstedRegion = normal.indexOf('ofsted region');
  // An inspection's start and end dates: the start is its date, whichever comes first.
  const startsAt = normal.findIndex((heading) => heading === 'inspection start date');
  const columns = headings.map((heading, index): ColumnMapping => {
    if (codeColumn >= 0 && index !== codeColumn && fieldByHeading.get(normal[index]!) === 'authorityCode') {
      const what =
        DFE_NUMBER_HEADINGS.has(normal[index]!) || normal[index] === 'la code'
          ? 'DfE LA numbers'
          : 'another authority code';
      return {
        index,
        heading,
        role: {
          kind: 'ignored',
          reason: `${what}, not needed: the ONS codes in “${headings[codeColumn]}” identify each authority`,
        },
      };
    }
    if (ofstedRegion >= 0 && normal[index] === 'government office region') {
      return {
        index,
        heading,
        role: {
          kind: 'ignored',
          reason: `the Government Office Region, not used: “${headings[ofstedRegion]}” is the region`,
        },
      };
    }
    if (startsAt >= 0 && normal[index] === END_DATE) {
      return {
        index,
        heading,
        role: {
          kind: 'ignored',
          reason: `the last day of the inspection, not needed: its first day (“${headings[startsAt]}”) is the inspection’s date`,
        },
      };
    }
    const named =
      hasExplicitArea && normal[index] === 'judgement'
        ? ({ kind: 'field', field: 'grade' } as const)
        : index === startsAt
          ? ({ kind: 'field', field: 'date' } as const)
          : roleOf(heading);
    const role: ColumnRole =
      !hasDate && named.kind === 'field' && named.field === 'month' ? { kind: 'field', field: 'date' } : named;
    const claim = claimOf(role);
    if (claim && seen.has(claim)) {
      return { index, heading, role: { kind: 'ignored', reason: `a column before it already gives this` } };
    }
    if (claim) seen.add(claim);
    return { index, heading, role };
  });
  return withProviderGrades(withInspectionEvents(withNotedAreas(columns)));
}

/**
 * In a provider list (a URN and a provision type), the columns that name a provider's grade area are its grades, even
 * "Overall effectiveness", which elsewhere is an authority's area.
 */
function withProviderGrades(columns: ColumnMapping[]): ColumnMapping[] {
  const isField = (field: FieldId) =>
    columns.some((column) => column.role.kind === 'field' && column.role.field === field);
  if (!isField('urn') || !isField('provisionType')) return columns;
  const seen = new Set<string>();
  return columns.map((column) => {
    const area = providerAreaOf(normaliseHeading(column.heading));
    if (!area || seen.has(area.id)) return column;
    seen.add(area.id);
    return { ...column, role: { kind: 'provider-grade', area: area.id } };
  });
}

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/**
 * "Care leavers (from 2023)": a heading not recognised whole names an area once its bracketed note is set aside, but
 * only when no other column names that area. Two such columns ("Overall effectiveness (2021)" and "(2024)") are left
 * unread rather than one of them guessed; the preview lets the user choose.
 */
function withNotedAreas(columns: readonly ColumnMapping[]): ColumnMapping[] {
  const noted = new Map<number, JudgementArea>();
  for (const column of columns) {
    if (column.role.kind !== 'ignored' || column.role.reason !== NOT_RECOGNISED || !column.heading.includes('('))
      continue;
    const area = knownArea(withoutBracketed(column.heading));
    if (area) noted.set(column.index, area);
  }
  if (noted.size === 0) return [...columns];
  const claimed = new Set(columns.map((column) => claimOf(column.role)));
  const notedIds = [...noted.values()].map((area) => area.id);
  return columns.map((column) => {
    const area = noted.get(column.index);
    if (!area || claimed.has(`area:${area.id}`)) return column;
    if (notedIds.filter((id) => id === area.id).length > 1) {
      return {
        ...column,
        role: {
          kind: 'ignored',
          reason: `another column could also be ${lowerFirst(area.label)}: choose which by hand`,
          couldBe: area,
        },
      };
    }
    return { ...column, role: { kind: 'area', area } };
  });
}

/** What a role lays claim to: no two columns may give the same field, area or grade count (of the same inspection). */
export function claimOf(role: ColumnRole): string | undefined {
  if (role.kind === 'field') return `field:${role.field}`;
  if (role.kind === 'area')
    return role.event === undefined ? `area:${role.area.id}` : `area:${role.area.id}@${role.event}`;
  if (role.kind === 'event-date') return `event:${role.event}:${role.date}`;
  if (role.kind === 'event-type') return `event:${role.event}:type`;
  if (role.kind === 'grade-count') return `count:${role.grade}`;
  if (role.kind === 'measure') return `measure:${role.name.toLowerCase()}`;
  if (role.kind === 'provider-grade') return `provider:${role.area}`;
  return undefined;
}

/**
 * How strongly a row looks like a header: the number of cells it recognises as headings. A row holding a date or a
 * number is data, however many of its cells are also heading words: "Good" heads a count column, but beside
 * "27/07/2012" it is a grade.
 */
export function headerScore(cells: readonly string[]): number {
  let score = 0;
  // A heading counts once: a row that says "Good" four times is four grades, not four headings.
  const seen = new Set<string>();
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    if (looksLikeValue(text)) return 0;
    const normal = normaliseHeading(text);
    if (seen.has(normal)) continue;
    seen.add(normal);
    if (roleOf(text).kind !== 'ignored' || isDateHeading(normaliseHeading(text)) || areaInWords(text) !== undefined)
      score++;
  }
  return score;
}

/** Columns still waiting for the user to say which of them is an area: none has been given that area since. */
export function columnsToChoose(columns: readonly ColumnMapping[]): ColumnMapping[] {
  const areas = new Set(columns.flatMap((column) => (column.role.kind === 'area' ? [column.role.area.id] : [])));
  return columns.filter(
    (column) =>
      column.role.kind === 'ignored' && column.role.couldBe !== undefined && !areas.has(column.role.couldBe.id),
  );
}

/** A date, or a number with or without a % sign: what a data row holds and a heading never is. */
function looksLikeValue(text: string): boolean {
  // Written so that no digit can go to either of two parts: /[\d,]*\.?\d+/ backtracks quadratically on a long run of digits.
  return /^-?(?:[\d,]*\.\d+|[\d,]*\d)\s*%?$/.test(text) || parseDate(text).ok;
}

const isDateHeading = (normal: string) => /(^| )date( |$)/.test(normal);
// "First ILACS framework inspection type", but not "LA Authority Type", which says what kind of council it is.
const isTypeHeading = (normal: string) => /(^|inspection |visit |event )type$/.test(normal);

/** Ofsted abbreviates "overall effectiveness" as OE, and some headings end with a word that only says "this is a grade". */
function areaWordsOf(heading: string): string[] {
  return normaliseHeading(heading)
    .replace(/\boe\b/g, 'overall effectiveness')
    .replace(/( (grade|judgement|judgment|outcome|rating))+$/, '')
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * The known area a heading ends with, whatever words come before it: "First SIF children who need help and
 * protection", "SLAC Safeguarding Overall effectiveness (OE)". The longest ending that names an area wins, so
 * "safeguarding overall effectiveness" is not read as the whole service's overall effectiveness.
 */
const LONGEST_AREA_WORDS = 16;

export function areaInWords(heading: string): JudgementArea | undefined {
  const words = areaWordsOf(heading);
  // No area's name is longer than this many words: a long cell is tried only at its end, never word by word.
  for (let start = Math.max(0, words.length - LONGEST_AREA_WORDS); start < words.length; start++) {
    const area = knownArea(words.slice(start).join(' '));
    if (area) return area;
  }
  return undefined;
}

/**
 * Ofsted's history tables give each inspection on a row a family of columns: a date (with, sometimes, the inspection
 * type just before it) and the grades after it, up to the next family. The families share no prefix that could be
 * listed ("Single Inspection … First SIF publication date" beside "First SIF Overall Judgement"), so they are found by
 * position: each date column starts one, unless it follows another date of the same family ("Inspection date",
 * "Publication date"). A header with one family is an ordinary one-inspection-per-row table and is left as it was.
 */
function withInspectionEvents(columns: readonly ColumnMapping[]): ColumnMapping[] {
  const normal = columns.map((column) => normaliseHeading(column.heading));
  const starts: number[] = [];
  for (let i = 0; i < columns.length; i++) {
    if (!isDateHeading(normal[i]!)) continue;
    const previous = i > 0 ? normal[i - 1]! : '';
    if (isDateHeading(previous)) continue;
    starts.push(isTypeHeading(previous) ? i - 1 : i);
  }
  if (starts.length < 2) return [...columns];
  const eventAt = (index: number) => {
    let event = -1;
    for (const start of starts) if (start <= index) event++;
    return event;
  };
  const read = columns.map((column, index): ColumnMapping => {
    const event = eventAt(index);
    if (event < 0) return column;
    const words = normal[index]!;
    if (isDateHeading(words)) {
      return {
        ...column,
        role: { kind: 'event-date', event, date: /publication|published/.test(words) ? 'publication' : 'inspection' },
      };
    }
    if (isTypeHeading(words) && index === starts[event]) return { ...column, role: { kind: 'event-type', event } };
    const area = areaInWords(column.heading);
    if (area) return { ...column, role: { kind: 'area', area, event } };
    return {
      ...column,
      role: { kind: 'ignored', reason: 'not a judgement of the inspection whose columns it sits among' },
    };
  });
  // Two dates alone ("Inspection date" … "Date of next inspection") are not two inspections: each must hold grades.
  const graded = new Set(
    read.flatMap((column) =>
      column.role.kind === 'area' && column.role.event !== undefined ? [column.role.event] : [],
    ),
  );
  // And an ordinary table whose inspection and publication dates stand apart is one inspection: several inspections
  // repeat a kind of date (two publication dates, or two inspection dates).
  return graded.size >= 2 && sameKindInTwoEvents(read) ? read : [...columns];
}

/** True when two different inspections on the header each have a date of the same kind. */
function sameKindInTwoEvents(columns: readonly ColumnMapping[]): boolean {
  const eventsByKind = new Map<string, Set<number>>();
  for (const column of columns) {
    if (column.role.kind !== 'event-date') continue;
    const events = eventsByKind.get(column.role.date) ?? new Set<number>();
    events.add(column.role.event);
    eventsByKind.set(column.role.date, events);
  }
  return [...eventsByKind.values()].some((events) => events.size >= 2);
}

/** One of several inspections on a row: the columns that hold it, and what its headings say it was. */
export interface InspectionEventColumns {
  readonly event: number;
  /** The words of its date heading without the word "date": "Child Protection Re-Inspection (CPRI) publication". */
  readonly name: string;
  /** Every heading of the family, for the framework to be read from. */
  readonly headings: string;
  readonly inspectionDate?: ColumnMapping;
  readonly publicationDate?: ColumnMapping;
  readonly type?: ColumnMapping;
  readonly areas: readonly ColumnMapping[];
}

/** The inspections a header holds on each row, in column order; empty for a one-inspection-per-row table. */
export function inspectionEvents(columns: readonly ColumnMapping[]): InspectionEventColumns[] {
  const events = new Map<
    number,
    {
      name: string;
      headings: string[];
      inspectionDate?: ColumnMapping;
      publicationDate?: ColumnMapping;
      type?: ColumnMapping;
      areas: ColumnMapping[];
    }
  >();
  const eventOf = (event: number) => {
    let found = events.get(event);
    if (!found) {
      found = { name: '', headings: [], areas: [] };
      events.set(event, found);
    }
    return found;
  };
  for (const column of columns) {
    const role = column.role;
    if (role.kind === 'event-date') {
      const found = eventOf(role.event);
      found.headings.push(column.heading);
      // A family's first date of each kind is the one read ("start date" before "end date").
      if (role.date === 'publication') found.publicationDate ??= column;
      else found.inspectionDate ??= column;
      if (found.name === '')
        found.name = column.heading.replace(/\s*\b(publication|inspection)?\s*date\b.*$/i, '').trim();
    } else if (role.kind === 'event-type') {
      const found = eventOf(role.event);
      found.headings.push(column.heading);
      found.type = column;
    } else if (role.kind === 'area' && role.event !== undefined) {
      const found = eventOf(role.event);
      found.headings.push(column.heading);
      found.areas.push(column);
    }
  }
  return [...events.entries()]
    .sort(([a], [b]) => a - b)
    .map(([event, found]) => ({ event, ...found, headings: found.headings.join(' ') }));
}
