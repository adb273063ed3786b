// The embedded provider lists' own compact shape: each repeated text (authority, type, sector, region, event type) held
// once, dates as ISO text and grades as one letter per provider area. 7,300 rows as objects were 4.9 MB of JavaScript;
// packed they are a fraction of that. A test checks the round trip is exact.
import {
  type Authority,
  type GradeId,
  formatIso,
  parseIso,
  PROVIDER_AREAS,
  type ProviderEvent,
  type ProviderRecord,
} from '../domain';

export interface PackedProviders {
  /** Every distinct value, JSON-encoded: authorities, types, sectors, regions, names, event types, files. */
  readonly values: readonly string[];
  /** One per record: [urn, name, type, sector, places (-1 none), authority (-1 none), region, status (-1 none), events]. */
  readonly records: ReadonlyArray<
    readonly [string, number, number, number, number, number, number, number, readonly PackedEvent[]]
  >;
}

/** [date, publication date ('' none), type, full (0/1), grades (a letter per PROVIDER_AREAS, '-' none), file, line]. */
type PackedEvent = readonly [string, string, number, number, string, number, number];

const LETTER: Readonly<Record<string, string>> = {
  outstanding: 'o',
  good: 'g',
  adequate: 'a',
  'requires-improvement': 'r',
  inadequate: 'i',
};
const GRADE_OF: Readonly<Record<string, GradeId>> = {
  o: 'outstanding',
  g: 'good',
  a: 'adequate',
  r: 'requires-improvement',
  i: 'inadequate',
};

export function packProviders(records: readonly ProviderRecord[]): PackedProviders {
  const values: string[] = [];
  const index = new Map<string, number>();
  const ref = (value: unknown) => {
    const text = JSON.stringify(value);
    let at = index.get(text);
    if (at === undefined) {
      at = values.length;
      values.push(text);
      index.set(text, at);
    }
    return at;
  };
  const packed = records.map(
    (record) =>
      [
        record.urn,
        ref(record.name),
        ref(record.provisionType),
        ref(record.sector),
        record.places ?? -1,
        record.authority ? ref(record.authority) : -1,
        ref(record.region),
        record.status !== undefined ? ref(record.status) : -1,
        record.events.map((event): PackedEvent => [
          formatIso(event.date),
          event.publicationDate ? formatIso(event.publicationDate) : '',
          ref(event.type),
          event.full ? 1 : 0,
          PROVIDER_AREAS.map((area) => (event.grades[area.id] ? LETTER[event.grades[area.id]!] : '-')).join(''),
          ref(event.source.file),
          event.source.line,
        ]),
      ] as const,
  );
  return { values, records: packed };
}

export function unpackProviders(packed: PackedProviders): ProviderRecord[] {
  const parsed = packed.values.map((text) => JSON.parse(text) as unknown);
  const value = <T>(at: number) => parsed[at] as T;
  return packed.records.map(([urn, name, type, sector, places, authority, region, status, events]) => ({
    urn,
    name: value<string>(name),
    provisionType: value<ProviderRecord['provisionType']>(type),
    sector: value<ProviderRecord['sector']>(sector),
    ...(places >= 0 ? { places } : {}),
    ...(authority >= 0 ? { authority: value<Authority>(authority) } : {}),
    region: value<string>(region),
    ...(status >= 0 ? { status: value<string>(status) } : {}),
    events: events.map(([date, publication, eventType, full, grades, file, line]): ProviderEvent => {
      const read: Record<string, GradeId> = {};
      PROVIDER_AREAS.forEach((area, i) => {
        const grade = GRADE_OF[grades[i] ?? '-'];
        if (grade) read[area.id] = grade;
      });
      const publicationDate = publication ? parseIso(publication) : undefined;
      return {
        date: parseIso(date)!,
        ...(publicationDate ? { publicationDate } : {}),
        type: value<string>(eventType),
        full: full === 1,
        grades: read,
        source: { file: value<string>(file), line },
      };
    }),
  }));
}
