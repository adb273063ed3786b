// Reading the Compare view's state from the address bar, and its default and quick-pick dates.
import { describe, expect, it } from 'vitest';
import { compareAsAt, compareQuickPicks, readCompareState } from '../../../../src/features/compare/compareState';
import { dataset, date, inspection, authority } from '../../analytics/build';
import { records, walsall } from './fixtures';

const AREAS = ['overall-effectiveness', 'help-and-protection', 'care-leavers'];
const read = (query: string) => readCompareState(new URLSearchParams(query), records, AREAS);

// The shared default and quick picks (and this table's other cases: one inspection, visits after it) are tested in
// tests/unit/analytics/asAtDates.test.ts; Compare's own dates fall back to Ofsted's publication date without ILACS data.
describe('compareAsAt and compareQuickPicks', () => {
  it.each([
    [
      'the test data (latest ILACS inspection May 2025)',
      records,
      '2026-03-31',
      [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
    ],
    [
      'no ILACS inspection at all',
      dataset([inspection({ authority: walsall, date: '2012-06', framework: 'slac', summaryCounts: { good: 2 } })]),
      '2025-03-31',
      [2025],
    ],
    ['empty data', dataset([]), '2025-03-31', [2025]],
  ])('%s', (_name, data, expectedDefault, expectedYears) => {
    expect(compareAsAt(data)).toEqual(date(expectedDefault));
    expect(compareQuickPicks(data)).toEqual(expectedYears);
  });
});

describe('readCompareState', () => {
  it.each([
    // Of Walsall's ten May 2025 neighbours (DfE's CSV, row 335), the test data holds only Sandwell.
    [
      'defaults with an empty address: Walsall’s statistical neighbours (May 2025) that the data holds',
      '',
      {
        authorityKey: 'E08000030',
        asAt: '2026-03-31',
        areaId: undefined,
        group: { kind: 'neighbours', setId: 'sn2025' },
        comparatorKeys: ['E08000028'],
        unknownKeys: [],
        withSelf: false,
      },
    ],
    ['an own group, empty', 'group=own', { group: { kind: 'own' }, neighbourSetId: 'sn2025', comparatorKeys: [] }],
    // April 2021 (sn_april_2021.xlsx, row 335) names Dudley SN7, Sandwell SN8 and Telford and Wrekin SN10 among those held.
    [
      'the April 2021 set, which wins over a "with" list',
      'group=sn2021&with=E09000003',
      {
        group: { kind: 'neighbours', setId: 'sn2021' },
        neighbourSetId: 'sn2021',
        comparatorKeys: ['E08000027', 'E08000028', 'E06000020'],
      },
    ],
    ['an unknown group is the default set', 'group=sn1999', { group: { kind: 'neighbours', setId: 'sn2025' } }],
    [
      'every parameter given',
      'authority=E08000027&asAt=2022-03-31&area=care-leavers&with=E08000030,E09000003',
      {
        authorityKey: 'E08000027',
        asAt: '2022-03-31',
        areaId: 'care-leavers',
        comparatorKeys: ['E08000030', 'E09000003'],
        unknownKeys: [],
        withSelf: false,
      },
    ],
    [
      'bad values fall back to defaults',
      'authority=nowhere&asAt=2025-02-30&area=nonsense',
      {
        authorityKey: 'E08000030',
        asAt: '2026-03-31',
        areaId: undefined,
        comparatorKeys: ['E08000028'],
        unknownKeys: [],
        withSelf: false,
      },
    ],
    ['a month is not a date to compare at', 'asAt=2024-03', { asAt: '2026-03-31' }],
    [
      'unknown codes, repeats, blanks and the authority itself in "with"',
      'with=E09000003,,E99999999,E09000003,E08000030, E10000006 ,junk',
      { comparatorKeys: ['E09000003', 'E10000006'], unknownKeys: ['E99999999', 'junk'], withSelf: true },
    ],
  ])('%s', (_name, query, expected) => {
    const state = read(query);
    const { asAt, ...rest } = expected as Record<string, unknown>;
    if (asAt) expect(state.asAt).toEqual(date(asAt as string));
    expect(state).toMatchObject(rest);
  });

  it('falls back to the first authority when the data has no Walsall', () => {
    const barnet = authority('Barnet', { onsCode: 'E09000003' });
    const data = dataset([
      inspection({ authority: barnet, date: '2024-11-04', judgements: { 'overall-effectiveness': 'good' } }),
    ]);
    expect(readCompareState(new URLSearchParams('authority=E08000030'), data, AREAS).authorityKey).toBe('E09000003');
  });
});
