// Ofsted's provider lists read without editing: counts checked against the files themselves, read here with papaparse
// and plain code (never the importer), and England's children's homes against Ofsted's own table 8c.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ofType, providerGradeCount, locatedIn } from '../../../src/analytics/providerCounts';
import { CHILDRENS_HOME, providersFrom, type ProviderRecord } from '../../../src/domain/provider';
import { importText } from '../../../src/import';
import { importTextPacked } from '../../../src/import/chunkedImport';
import { FIXTURES_DIR } from './helpers';

const DIR = join(FIXTURES_DIR, 'real', 'ofsted', 'csc-in-england-2023');
const AT_MARCH = 'csc_in_england_2023__Provider_level_at_31_Mar_2023.csv';
const IN_YEAR = 'csc_in_england_2023__Provider_level_in_year_2022-23.csv';
const textOf = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** The sheet's data rows as objects keyed by heading: the header is the row starting "Web link" (row 4). */
function sheet(name: string): Array<Record<string, string>> {
  const rows = Papa.parse<string[]>(textOf(name).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const headerAt = rows.findIndex((row) => row[0] === 'Web link');
  const header = rows[headerAt]!;
  return rows.slice(headerAt + 1).map((row) => Object.fromEntries(header.map((heading, i) => [heading, row[i] ?? ''])));
}

function records(name: string): readonly ProviderRecord[] {
  const result = importText(name, textOf(name));
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.providers ?? [];
}

const GRADE_WORDS = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement to be good',
  inadequate: 'Inadequate',
} as const;
const OVERALL = 'Overall experiences and progress of children and young people';
const isHome = (row: Record<string, string>) => row['Provision type']!.toLowerCase() === "children's home";

describe('the provider list at 31 March 2023', () => {
  const result = importText(AT_MARCH, textOf(AT_MARCH));
  const rows = sheet(AT_MARCH);
  const providers = providersFrom(records(AT_MARCH));

  it('is read as a provider list: every row a provider, no problem, every column used or listed with why', () => {
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.format).toBe('provider-list');
    expect(result.providers).toHaveLength(rows.length);
    expect(result.rowsImported).toBe(3546);
    expect(result.problems).toEqual([]);
    expect(result.inspections).toEqual([]);
    const used = new Set(
      result.columns
        .filter((column) => !result.unusedColumns.some((unused) => unused.index === column.index))
        .map((column) => column.heading),
    );
    expect([...used].sort()).toEqual(
      [
        'URN',
        'Provision type',
        'Registration status',
        'Name',
        'Ofsted region',
        'Local authority',
        'Sector',
        'Places',
        'Latest full inspection event type',
        'Latest full inspection date',
        'Latest full inspection publication date',
        OVERALL,
        'Outcomes in education and related learning activities',
        'Health services',
        'How well children and young people are helped and protected',
        'The effectiveness of leaders and managers',
      ].sort(),
    );
    for (const unused of result.unusedColumns) expect(unused.reason).not.toMatch(/not recognised/);
    expect(result.unusedColumns.find((unused) => unused.heading === 'Government Office Region')?.reason).toMatch(
      /Ofsted region/,
    );
  });

  it('keeps "Children’s home" and "Children’s Home" as one type, and REDACTED names as REDACTED', () => {
    const homes = ofType(providers, CHILDRENS_HOME);
    expect(homes).toHaveLength(rows.filter(isHome).length);
    expect(rows.filter((row) => row['Provision type'] === "Children's Home").length).toBeGreaterThan(0);
    expect(providers.filter((provider) => provider.name === 'REDACTED')).toHaveLength(
      rows.filter((row) => row.Name === 'REDACTED').length,
    );
  });

  it('places each provider in the register’s authority, and keeps the list’s Ofsted region, not the Government Office Region', () => {
    expect(providers.every((provider) => provider.authority?.onsCode !== undefined)).toBe(true);
    const differ = rows.filter((row) => row['Ofsted region'] !== row['Government Office Region']);
    expect(differ.length).toBeGreaterThan(100);
    for (const row of differ.slice(0, 50)) {
      expect(providers.find((provider) => provider.urn === row.URN!.toUpperCase())?.region).toBe(row['Ofsted region']);
    }
  });

  it('counts Walsall’s children’s homes by latest full-inspection grade as the sheet does', () => {
    const walsall = rows.filter((row) => row['Local authority'] === 'Walsall' && isHome(row));
    // Only a full inspection's grade is a provider's latest grade: a row whose latest event type is a monitoring visit is apart.
    const full = walsall.filter((row) => row['Latest full inspection event type'] === 'Full inspection');
    const counted = providerGradeCount(locatedIn(ofType(providers, CHILDRENS_HOME), 'E08000030'));
    for (const [grade, words] of Object.entries(GRADE_WORDS)) {
      expect(counted.grades[grade as keyof typeof GRADE_WORDS], words).toBe(
        full.filter((row) => row[OVERALL] === words).length,
      );
    }
    expect(counted.graded + counted.notGraded).toBe(walsall.length);
    expect(counted.graded).toBeGreaterThan(10);
  });

  it('reproduces England’s children’s homes in table 8c, but for two homes whose latest graded event was a monitoring inspection', () => {
    // Table 8c's first row (31 March 2023), read from the time series file with plain code.
    const series = Papa.parse<string[]>(textOf('csc_in_england_2023__Latest_OE_31_Mar_Time_Series.csv'), {
      skipEmptyLines: false,
    }).data;
    const title = series.findIndex((row) => row[0]!.startsWith('Table 8c:'));
    const [, ...table8c] = series[title + 2]!.map((cell) => Number(cell.replace(/,/g, '')));
    expect(series[title + 2]![0]).toBe('31-Mar-23');
    expect(table8c).toEqual([288, 1962, 506, 63]);

    const counted = providerGradeCount(ofType(providers, CHILDRENS_HOME));
    expect([
      counted.grades.outstanding,
      counted.grades.good,
      counted.grades['requires-improvement'],
      counted.grades.inadequate,
    ]).toEqual(table8c);
    // The difference from counting every row of the list: two homes graded Requires improvement at what the list calls
    // their latest full inspection, whose event type is "Monitoring inspection". Table 8c leaves them out (8b and 8a count
    // them); the app does too, as a monitoring visit never sets a provider's grade, and lists them as not graded.
    const homes = rows.filter(isHome);
    const apart = homes.filter((row) => row['Latest full inspection event type'] !== 'Full inspection');
    expect(apart.map((row) => row[OVERALL])).toEqual([
      'Requires improvement to be good',
      'Requires improvement to be good',
    ]);
    expect(homes.filter((row) => row[OVERALL] === 'Requires improvement to be good').length - apart.length).toBe(
      table8c[2],
    );
    expect(counted.notGraded).toBe(apart.length + homes.filter((row) => row[OVERALL] === '').length);
  });
});

describe('the year’s list beside the list at 31 March', () => {
  const inYear = records(IN_YEAR);
  const rows = sheet(IN_YEAR);
  const both = providersFrom([...records(AT_MARCH), ...inYear]);

  it('reads every event of 2022-23, monitoring visits without grades', () => {
    expect(inYear).toHaveLength(rows.length);
    const monitoring = rows.filter((row) => row['Inspection event type'] === 'Monitoring inspection').length;
    expect(
      inYear.filter((record) => record.events[0]?.type === 'Monitoring inspection' && !record.events[0].full),
    ).toHaveLength(monitoring);
  });

  it('matches the same provider in both lists by URN', () => {
    const urns = new Set([...sheet(AT_MARCH), ...rows].map((row) => row.URN!.toUpperCase()));
    expect(both).toHaveLength(urns.size);
    // A provider in both lists whose full inspection of the year is its latest holds it once.
    const march = new Map(sheet(AT_MARCH).map((row) => [row.URN, row]));
    const again = rows.find(
      (row) =>
        row['Inspection event type'] === 'Full inspection' &&
        march.get(row.URN!)?.['Latest full inspection date'] === row['Inspection date'],
    )!;
    const provider = both.find((candidate) => candidate.urn === again.URN!.toUpperCase())!;
    expect(provider.events.filter((event) => event.full)).toHaveLength(
      new Set(
        rows
          .filter((row) => row.URN === again.URN && row['Inspection event type'] === 'Full inspection')
          .map((row) => row['Inspection date']),
      ).size,
    );
  });

  it('keeps a provider’s latest full grade when a monitoring visit came after it, and says so', () => {
    const count = providerGradeCount(both);
    expect(count.laterVisit).toBeGreaterThan(0);
  });
});

describe('older lists and broken rows', () => {
  // A list in the older layout (made for this test): a group-heading row above the header, "Setting Name",
  // "Inspection Date" (the latest event), "Latest full inspection date", "Overall effectiveness", "Quality of care".
  const OLD = [
    'Children’s social care providers at 31 March 2016,,,,,,,,,,',
    ',Setting details,,,,,,Latest inspection,Latest full inspection,Judgements,',
    'URN,Setting Name,Provision type,Sector,Places,Local authority,Ofsted region,Inspection Date,Latest full inspection date,Overall effectiveness,Quality of care',
    'SC123456,REDACTED,Children’s Home,Local Authority,4,Walsall,West Midlands,12/01/2016,03/06/2015,Good,Outstanding',
    '1234567,Fostering Ltd,Independent Fostering Agency,Private,,Dudley,West Midlands,01/02/2016,01/02/2016,Requires improvement to be good,',
    'X12,REDACTED,Children’s home,Private,three,Walsall,West Midlands,2015,31/02/2015,Splendid,Good',
  ].join('\n');
  const result = importText('old.csv', OLD);
  if (!result.ok) throw new Error(result.problems[0]?.message);

  it('is read with its own headings below the group-heading row', () => {
    expect(result.format).toBe('provider-list');
    expect(result.headerLine).toBe(3);
    const [home, agency] = providersFrom(result.providers ?? []);
    expect(home).toMatchObject({
      urn: 'SC123456',
      name: 'REDACTED',
      provisionType: { id: CHILDRENS_HOME },
      sector: { id: 'local-authority' },
      places: 4,
    });
    expect(home!.events.map((event) => [event.full, event.grades])).toEqual([
      [true, { 'overall-effectiveness': 'good', 'quality-of-care': 'outstanding' }],
      [false, {}],
    ]);
    expect(providerGradeCount([home!])).toMatchObject({ graded: 1, laterVisit: 1 });
    expect(agency!.events).toHaveLength(1);
  });

  it('names the row, column and value of each problem', () => {
    const problems = result.problems
      .filter((problem) => problem.line === 6)
      .map((problem) => [problem.column, problem.value, problem.severity]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ['URN', 'X12', 'error'],
        ['Places', 'three', 'warning'],
        ['Latest full inspection date', '31/02/2015', 'error'],
        ['Overall effectiveness', 'Splendid', 'error'],
      ]),
    );
    expect(result.rowsRejected).toBe(1);
  });
});

describe('in chunks, as the worker reads it', () => {
  it('gives the same providers as the whole-file read, beside the packed (empty) inspections', () => {
    const whole = records(AT_MARCH);
    const packed = importTextPacked(AT_MARCH, textOf(AT_MARCH), 'utf-8', {}, { chunkSize: 64 * 1024 });
    if (!packed.ok) throw new Error(packed.problems[0]?.message);
    expect(packed.packed.count).toBe(0);
    expect(packed.providers).toEqual(whole);
  });
});
