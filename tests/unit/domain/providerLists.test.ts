// Provider lists held side by side: each list's "as at" date, the same provider matched by URN across lists, and each
// list giving its providers' latest grades on its own date. Real lists (Ofsted's 2023 list, and the older-layout list
// made from it in tests/fixtures/upload) checked against counts made here with papaparse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { providerGradeCount, locatedIn, PROVIDER_GRADES } from '../../../src/analytics/providerCounts';
import type { GradeId } from '../../../src/domain/grade';
import { provisionTypeOf, sectorOf, standingOn, type ProviderRecord } from '../../../src/domain/provider';
import {
  asAtFromName,
  byDate,
  latestEventDate,
  providerListCitation,
  providersOfList,
  type HeldProviderList,
} from '../../../src/domain/providerLists';
import { importText } from '../../../src/import';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const OLDER = 'providers_at_31_Mar_2022_older_headings.csv';
const REAL = join(FIXTURES, 'real', 'ofsted', 'csc-in-england-2023');
const AT_MARCH = 'csc_in_england_2023__Provider_level_at_31_Mar_2023.csv';

const day = (year: number, month: number, dayOfMonth: number) =>
  ({ precision: 'day', year, month, day: dayOfMonth }) as const;

function recordsOf(path: string, name: string): ProviderRecord[] {
  const result = importText(name, readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return [...(result.providers ?? [])];
}

describe('asAtFromName', () => {
  it.each([
    ['csc_in_england_2023__Provider_level_at_31_Mar_2023.csv', day(2023, 3, 31)],
    [OLDER, day(2022, 3, 31)],
    ['Children’s homes at 31 March 2019.xlsx', day(2019, 3, 31)],
    ['providers 31-03-2018.csv', day(2018, 3, 31)],
    ['providers 2017-03-31.csv', day(2017, 3, 31)],
    ['csc_in_england_2023__Provider_level_in_year_2022-23.csv', undefined],
    ['my homes.csv', undefined],
    ['providers at 32 March 2019.csv', undefined],
  ])('%s → %o', (name, expected) => {
    expect(asAtFromName(name)).toEqual(expected);
  });
});

/** One provider row of a made-up list, with one full inspection. */
function row(urn: string, authority: string, grade: GradeId, date: readonly [number, number, number], file: string) {
  return {
    urn,
    name: 'REDACTED',
    provisionType: provisionTypeOf("Children's home"),
    sector: sectorOf('Private'),
    authority: { name: authority, onsCode: authority === 'Walsall' ? 'E08000030' : 'E08000027' },
    region: 'West Midlands',
    events: [
      {
        date: day(...date),
        type: 'Full inspection',
        full: true,
        grades: { 'overall-effectiveness': grade },
        source: { file, line: 5 },
      },
    ],
  } satisfies ProviderRecord;
}

const list = (id: string, asAt: readonly [number, number, number], records: ProviderRecord[]): HeldProviderList => ({
  id,
  origin: id === 'default' ? 'default' : 'user',
  asAt: day(...asAt),
  files: [`${id}.csv`],
  records,
});

describe('providersOfList: the same provider in two lists, matched by URN', () => {
  // SC1 in Walsall, Good in 2018, Inadequate in 2022; it moved to Dudley by 2023. SC2 is only in the 2023 list.
  const early = list('early', [2021, 3, 31], [row('sc000001', 'Walsall', 'good', [2018, 6, 1], 'early.csv')]);
  const late = list(
    'default',
    [2023, 3, 31],
    [
      row('SC000001', 'Dudley', 'inadequate', [2022, 9, 1], 'default.csv'),
      row('SC000002', 'Walsall', 'outstanding', [2022, 10, 1], 'default.csv'),
    ],
  );
  const lists = [late, early];

  it('gives each list its own providers, with that list’s facts (where located), however the URN is written', () => {
    expect(providersOfList(lists, 'early').map((provider) => [provider.urn, provider.authority?.name])).toEqual([
      ['SC000001', 'Walsall'],
    ]);
    expect(providersOfList(lists, 'default').map((provider) => [provider.urn, provider.authority?.name])).toEqual([
      ['SC000001', 'Dudley'],
      ['SC000002', 'Walsall'],
    ]);
    expect(providersOfList(lists, 'no such list')).toEqual([]);
  });

  it('gives the latest grade on the list’s date: a later inspection another list knows of is never counted earlier', () => {
    const [inEarly] = providersOfList(lists, 'early');
    // The provider holds both inspections, matched by URN…
    expect(inEarly!.events.map((event) => event.grades['overall-effectiveness'])).toEqual(['good', 'inadequate']);
    // …and on 31 March 2021 its latest full inspection is the 2018 one.
    expect(standingOn(inEarly!, early.asAt).latestFull?.grades['overall-effectiveness']).toBe('good');
    const walsall2021 = providerGradeCount(locatedIn(providersOfList(lists, 'early'), 'E08000030'), early.asAt);
    expect(walsall2021.grades).toMatchObject({ good: 1, inadequate: 0 });
    const walsall2023 = providerGradeCount(locatedIn(providersOfList(lists, 'default'), 'E08000030'), late.asAt);
    expect(walsall2023.grades).toMatchObject({ outstanding: 1, good: 0, inadequate: 0 });
  });

  it('orders lists by date, and cites Ofsted’s list by its sheets and a user’s by the file’s name', () => {
    expect(byDate(lists).map((held) => held.id)).toEqual(['early', 'default']);
    expect(providerListCitation({ ...late, files: [AT_MARCH] })).toBe(
      'Ofsted, Children’s social care data in England 2023 (official statistics): provider level at 31 Mar 2023',
    );
    expect(providerListCitation(early)).toBe('your file “early.csv” (as at 31 March 2021)');
    expect(latestEventDate(late.records)).toEqual(day(2022, 10, 1));
  });
});

describe('the older-layout list beside Ofsted’s 2023 list', () => {
  const older = recordsOf(join(FIXTURES, 'upload', OLDER), OLDER);
  const current = recordsOf(join(REAL, AT_MARCH), AT_MARCH);
  const lists: HeldProviderList[] = [
    { id: 'default', origin: 'default', asAt: day(2023, 3, 31), files: [AT_MARCH], records: current },
    { id: 'older', origin: 'user', asAt: asAtFromName(OLDER)!, files: [OLDER], records: older },
  ];
  const rows = Papa.parse<string[]>(readFileSync(join(FIXTURES, 'upload', OLDER), 'utf8'), {
    skipEmptyLines: true,
  }).data;
  const header = rows.findIndex((cells) => cells[0] === 'URN');
  const at = (heading: string) => rows[header]!.indexOf(heading);
  const data = rows.slice(header + 1);

  it('is read whole with its older headings (Setting Name, Inspection Date, Overall effectiveness) under a group-heading row', () => {
    const result = importText(OLDER, readFileSync(join(FIXTURES, 'upload', OLDER), 'utf8'));
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.format).toBe('provider-list');
    expect(result.headerLine).toBe(header + 1);
    // The group-heading row is said to be above the header, not read, and costs no provider.
    expect(result.problems.map((problem) => [problem.line, problem.severity, problem.value])).toEqual([
      [2, 'warning', 'Setting, Latest inspection, Latest full inspection'],
    ]);
    expect(older).toHaveLength(data.length);
    expect(older.map((record) => record.name)).toEqual(data.map((cells) => cells[at('Setting Name')]));
    expect(older.every((record) => record.events[0]!.grades['overall-effectiveness'] !== undefined)).toBe(true);
    const columns = result.columns.filter((column) => column.role.kind !== 'ignored').map((column) => column.heading);
    expect(columns).toEqual(
      expect.arrayContaining(['Inspection Date', 'Latest full inspection date', 'Quality of care']),
    );
  });

  it('counts Walsall’s providers as at 31 March 2022 from the older list alone, as its rows say', () => {
    const walsall = data.filter((cells) => cells[at('Local authority')] === 'Walsall');
    const counted = providerGradeCount(locatedIn(providersOfList(lists, 'older'), 'E08000030'), lists[1]!.asAt);
    const words: Record<string, string> = {
      outstanding: 'Outstanding',
      good: 'Good',
      'requires-improvement': 'Requires improvement to be good',
      inadequate: 'Inadequate',
    };
    for (const grade of PROVIDER_GRADES)
      expect(counted.grades[grade], grade).toBe(
        walsall.filter((cells) => cells[at('Overall effectiveness')] === words[grade]).length,
      );
    expect(counted.graded).toBe(walsall.length);
    expect(counted.graded).toBeGreaterThan(0);
  });

  it('matches each provider of the older list to the 2023 list by URN, keeping the older list’s providers only', () => {
    const inOlder = providersOfList(lists, 'older');
    expect(inOlder.map((provider) => provider.urn).sort()).toEqual(
      data.map((cells) => cells[at('URN')]!.toUpperCase()).sort(),
    );
    // Every provider of the older list is also in the 2023 list: its events are the same inspection, held once.
    for (const provider of inOlder) expect(provider.events.filter((event) => event.full)).toHaveLength(1);
  });
});
