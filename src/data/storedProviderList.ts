// A provider list the user kept, as the browser keeps it: its own versioned shape, apart from inspection datasets, with
// its "as at" date and its file named. Official data is never changed by it: it is one more list beside Ofsted's.
import {
  type Authority,
  type GradeId,
  formatIso,
  parseIso,
  type PartialDate,
  PROVIDER_AREAS,
  provisionTypeOf,
  sectorOf,
  type ProviderEvent,
  type ProviderRecord,
  type HeldProviderList,
} from '../domain';

/**
 * The stored shape's version: 1 is the first. A change raises it and adds a step to fromStoredProviderList, as
 * migrateStored.ts does for datasets; a record of a version this app does not know is left in storage, not listed.
 */
export const STORED_PROVIDER_LIST_VERSION = 1;

/** Where a list's "as at" date came from: its file's name, or (when the name states none) the latest date in it. */
export type AsAtFrom = 'file-name' | 'latest-event';

export interface StoredProviderList {
  readonly id: string;
  /** The file name unless changed. */
  readonly name: string;
  readonly sourceFile: string;
  readonly fileSize: number;
  /** SHA-256 of the file's bytes, to recognise the same file kept twice. */
  readonly contentHash: string;
  /** ISO 8601 timestamp. */
  readonly importedAt: string;
  readonly asAt: PartialDate;
  readonly asAtFrom: AsAtFrom;
  readonly records: readonly ProviderRecord[];
}

/** One provider row as stored: plain words and ISO dates, so the domain's shapes can change without touching storage. */
interface StoredProviderRow {
  readonly urn: string;
  readonly name: string;
  readonly provisionType: string;
  readonly sector: string;
  readonly places?: number;
  readonly authority?: Authority;
  readonly region: string;
  readonly status?: string;
  readonly events: ReadonlyArray<{
    readonly date: string;
    readonly publicationDate?: string;
    readonly type: string;
    readonly full: boolean;
    readonly grades: Readonly<Record<string, GradeId>>;
    readonly line: number;
  }>;
}

export interface StoredProviderListRecord extends Omit<StoredProviderList, 'asAt' | 'records'> {
  readonly formatVersion: typeof STORED_PROVIDER_LIST_VERSION;
  readonly asAt: string;
  readonly providers: readonly StoredProviderRow[];
}

export function toStoredProviderList(list: StoredProviderList): StoredProviderListRecord {
  const { asAt, records, ...rest } = list;
  return {
    ...rest,
    formatVersion: STORED_PROVIDER_LIST_VERSION,
    asAt: formatIso(asAt),
    providers: records.map((record) => ({
      urn: record.urn,
      name: record.name,
      provisionType: record.provisionType.label,
      sector: record.sector.id === 'not-given' ? '' : record.sector.label,
      ...(record.places !== undefined ? { places: record.places } : {}),
      ...(record.authority ? { authority: record.authority } : {}),
      region: record.region,
      ...(record.status !== undefined ? { status: record.status } : {}),
      events: record.events.map((event) => ({
        date: formatIso(event.date),
        ...(event.publicationDate ? { publicationDate: formatIso(event.publicationDate) } : {}),
        type: event.type,
        full: event.full,
        grades: event.grades,
        line: event.source.line,
      })),
    })),
  };
}

type Fields = Readonly<Record<string, unknown>>;
const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const AREA_IDS = new Set(PROVIDER_AREAS.map((area) => area.id));
const GRADE_IDS = new Set<string>(['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate']);

export type ReadProviderList =
  { readonly ok: true; readonly list: StoredProviderList } | { readonly ok: false; readonly problem: string };

function readEvent(raw: unknown, file: string): ProviderEvent | undefined {
  if (!isFields(raw) || typeof raw.date !== 'string' || typeof raw.type !== 'string' || typeof raw.full !== 'boolean')
    return undefined;
  const date = parseIso(raw.date);
  const publicationDate = typeof raw.publicationDate === 'string' ? parseIso(raw.publicationDate) : undefined;
  if (!date || !isFields(raw.grades) || typeof raw.line !== 'number') return undefined;
  const grades: Record<string, GradeId> = {};
  for (const [area, grade] of Object.entries(raw.grades)) {
    if (!AREA_IDS.has(area) || typeof grade !== 'string' || !GRADE_IDS.has(grade)) return undefined;
    grades[area] = grade as GradeId;
  }
  return {
    date,
    ...(publicationDate ? { publicationDate } : {}),
    type: raw.type,
    full: raw.full,
    grades,
    source: { file, line: raw.line },
  };
}

function readRow(raw: unknown, file: string): ProviderRecord | undefined {
  if (!isFields(raw)) return undefined;
  const { urn, name, provisionType, sector, places, authority, region, status, events } = raw;
  if (typeof urn !== 'string' || typeof name !== 'string' || typeof provisionType !== 'string') return undefined;
  if (typeof sector !== 'string' || typeof region !== 'string' || !Array.isArray(events)) return undefined;
  if (places !== undefined && typeof places !== 'number') return undefined;
  if (status !== undefined && typeof status !== 'string') return undefined;
  if (authority !== undefined && (!isFields(authority) || typeof authority.name !== 'string')) return undefined;
  const read = events.map((event) => readEvent(event, file));
  if (read.some((event) => event === undefined)) return undefined;
  return {
    urn,
    name,
    provisionType: provisionTypeOf(provisionType),
    sector: sectorOf(sector),
    ...(places !== undefined ? { places } : {}),
    ...(authority !== undefined ? { authority: authority as unknown as Authority } : {}),
    region,
    ...(status !== undefined ? { status } : {}),
    events: read as ProviderEvent[],
  };
}

/** A stored record checked and read back, or why it cannot be (left in storage untouched, and not listed). */
export function fromStoredProviderList(raw: unknown): ReadProviderList {
  if (!isFields(raw)) return { ok: false, problem: 'not a record' };
  if (raw.formatVersion !== STORED_PROVIDER_LIST_VERSION)
    return { ok: false, problem: `unknown provider list format ${String(raw.formatVersion)}` };
  const strings = ['id', 'name', 'sourceFile', 'contentHash', 'importedAt', 'asAt'].filter(
    (key) => typeof raw[key] !== 'string',
  );
  if (strings.length > 0 || typeof raw.fileSize !== 'number' || !Array.isArray(raw.providers))
    return { ok: false, problem: `missing or malformed: ${[...strings, 'fileSize or providers'].join(', ')}` };
  const asAt = parseIso(raw.asAt as string);
  if (!asAt) return { ok: false, problem: `malformed date ${String(raw.asAt)}` };
  if (raw.asAtFrom !== 'file-name' && raw.asAtFrom !== 'latest-event')
    return { ok: false, problem: `unknown asAtFrom ${String(raw.asAtFrom)}` };
  const file = raw.sourceFile as string;
  const records = raw.providers.map((row) => readRow(row, file));
  const bad = records.findIndex((record) => record === undefined);
  if (bad >= 0) return { ok: false, problem: `provider ${bad + 1} is malformed` };
  return {
    ok: true,
    list: {
      id: raw.id as string,
      name: raw.name as string,
      sourceFile: file,
      fileSize: raw.fileSize,
      contentHash: raw.contentHash as string,
      importedAt: raw.importedAt as string,
      asAt,
      asAtFrom: raw.asAtFrom,
      records: records as ProviderRecord[],
    },
  };
}

/** The kept list as the views hold it: one more list beside Ofsted's, its source the user's file. */
export function heldFromStored(list: StoredProviderList): HeldProviderList {
  return {
    id: list.id,
    origin: 'user',
    asAt: list.asAt,
    files: [list.sourceFile],
    name: list.name,
    records: list.records,
  };
}
