// yearlyShares: one area's grade mix at each date, counting every authority once at its latest inspection by then.
import { describe, expect, it } from 'vitest';
import { eachThirtyFirstMarch, yearlyShares } from '../../../src/analytics/yearlyShares';
import type { YearlySharesOptions } from '../../../src/analytics/yearlyShares';
import { formatIso, type Authority } from '../../../src/domain';
import { LEAVERS, OVERALL, authority, countsOf, dataset, date, inspection } from './build';
import type { InspectionSpec, OutcomeSpec } from './build';

const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });
const camden = authority('Camden', { onsCode: 'E09000007', region: 'London' });
const wigan = authority('Wigan', { onsCode: 'E08000010', region: 'North West' });
const bournemouth = authority('Bournemouth', {
  onsCode: 'E06000028',
  region: 'South West',
  noLongerExists: true,
  ceasedOn: date('2019-04-01'),
});

const ilacs = (who: Authority, when: string, judgements: Record<string, OutcomeSpec>): InspectionSpec => ({
  authority: who,
  date: when,
  judgements,
});

interface Point {
  readonly asAt: string;
  /** Outstanding, Good, Requires improvement to be good, Inadequate. */
  readonly counts: number[];
  readonly authorities: number;
  readonly notJudged: number;
  readonly goodOrBetterShare: number | null;
}

interface Case {
  readonly name: string;
  readonly inspections: InspectionSpec[];
  readonly area?: string;
  readonly dates: string[];
  readonly options?: YearlySharesOptions;
  readonly expected: Point[];
}

const cases: Case[] = [
  {
    name: 'no dates: no points',
    inspections: [ilacs(barnet, '2019-02-18', { [OVERALL]: 'good' })],
    dates: [],
    expected: [],
  },
  {
    name: 'empty data: every date has no authorities and no share',
    inspections: [],
    dates: ['2019-03-31'],
    expected: [{ asAt: '2019-03-31', counts: [0, 0, 0, 0], authorities: 0, notJudged: 0, goodOrBetterShare: null }],
  },
  {
    name: 'coverage grows as authorities get their first ILACS inspection; a re-inspection replaces the grade',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'inadequate' }),
      ilacs(camden, '2019-11-04', { [OVERALL]: 'outstanding' }),
      ilacs(barnet, '2021-03-31', { [OVERALL]: 'good' }),
    ],
    dates: ['2019-03-31', '2020-03-31', '2021-03-31'],
    expected: [
      { asAt: '2019-03-31', counts: [0, 0, 0, 1], authorities: 1, notJudged: 0, goodOrBetterShare: 0 },
      { asAt: '2020-03-31', counts: [1, 0, 0, 1], authorities: 2, notJudged: 0, goodOrBetterShare: 0.5 },
      { asAt: '2021-03-31', counts: [1, 1, 0, 0], authorities: 2, notJudged: 0, goodOrBetterShare: 1 },
    ],
  },
  {
    name: 'care leavers: not judged before 2023, so the share starts only once someone is judged',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'good', [LEAVERS]: 'not-judged' }),
      ilacs(camden, '2019-11-04', { [OVERALL]: 'good' }),
      ilacs(barnet, '2023-07-10', { [OVERALL]: 'good', [LEAVERS]: 'requires-improvement' }),
    ],
    area: LEAVERS,
    dates: ['2023-03-31', '2024-03-31'],
    expected: [
      { asAt: '2023-03-31', counts: [0, 0, 0, 0], authorities: 2, notJudged: 2, goodOrBetterShare: null },
      { asAt: '2024-03-31', counts: [0, 0, 1, 0], authorities: 2, notJudged: 1, goodOrBetterShare: 0 },
    ],
  },
  {
    name: 'a ceased authority counts until the day it ceased',
    inspections: [
      ilacs(bournemouth, '2018-05-14', { [OVERALL]: 'requires-improvement' }),
      ilacs(wigan, '2018-09-03', { [OVERALL]: 'good' }),
    ],
    dates: ['2019-03-31', '2020-03-31'],
    expected: [
      { asAt: '2019-03-31', counts: [0, 1, 1, 0], authorities: 2, notJudged: 0, goodOrBetterShare: 0.5 },
      { asAt: '2020-03-31', counts: [0, 1, 0, 0], authorities: 1, notJudged: 0, goodOrBetterShare: 1 },
    ],
  },
  {
    name: 'a region counts only its own authorities',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'good' }),
      ilacs(camden, '2019-11-04', { [OVERALL]: 'inadequate' }),
      ilacs(wigan, '2018-09-03', { [OVERALL]: 'outstanding' }),
    ],
    dates: ['2019-03-31', '2020-03-31'],
    options: { region: 'London' },
    expected: [
      { asAt: '2019-03-31', counts: [0, 1, 0, 0], authorities: 1, notJudged: 0, goodOrBetterShare: 1 },
      { asAt: '2020-03-31', counts: [0, 1, 0, 1], authorities: 2, notJudged: 0, goodOrBetterShare: 0.5 },
    ],
  },
  {
    name: 'summary-count-only inspections (Walsall 2012) and visits count for nothing under ILACS',
    inspections: [
      { authority: wigan, date: '2012-06', framework: 'slac', summaryCounts: { good: 2, adequate: 12, inadequate: 8 } },
      { authority: barnet, date: '2020-01-13', framework: 'ilacs-visit', type: 'ILACS Focused Visit' },
      ilacs(camden, '2019-11-04', { [OVERALL]: 'good' }),
    ],
    dates: ['2020-03-31'],
    expected: [{ asAt: '2020-03-31', counts: [0, 1, 0, 0], authorities: 1, notJudged: 0, goodOrBetterShare: 1 }],
  },
  {
    name: 'an inspection known only to the month counts once the month has ended',
    inspections: [ilacs(camden, '2019-03', { [OVERALL]: 'good' })],
    dates: ['2019-03-30', '2019-03-31'],
    expected: [
      { asAt: '2019-03-30', counts: [0, 0, 0, 0], authorities: 0, notJudged: 0, goodOrBetterShare: null },
      { asAt: '2019-03-31', counts: [0, 1, 0, 0], authorities: 1, notJudged: 0, goodOrBetterShare: 1 },
    ],
  },
];

describe('yearlyShares', () => {
  it.each(cases)('$name', ({ inspections, area = OVERALL, dates, options, expected }) => {
    const points = yearlyShares(dataset(inspections.map(inspection)), area, dates.map(date), options);
    expect(
      points.map((point) => ({
        asAt: formatIso(point.asAt),
        counts: countsOf(point.rows),
        authorities: point.authorities,
        notJudged: point.notJudged,
        goodOrBetterShare: point.goodOrBetterShare,
      })),
    ).toEqual(expected);
  });

  it('keeps judged plus not judged equal to the authorities covered', () => {
    const inspections = [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'good', [LEAVERS]: 'not-judged' }),
      ilacs(camden, '2023-11-04', { [LEAVERS]: 'outstanding' }),
    ];
    for (const point of yearlyShares(dataset(inspections.map(inspection)), LEAVERS, [date('2024-03-31')])) {
      expect(point.judged + point.notJudged).toBe(point.authorities);
    }
  });
});

describe('eachThirtyFirstMarch', () => {
  it.each([
    ['a date after March', 2019, '2021-10-04', ['2019-03-31', '2020-03-31', '2021-03-31']],
    ['31 March itself is included', 2019, '2020-03-31', ['2019-03-31', '2020-03-31']],
    ['the day before is not', 2019, '2020-03-30', ['2019-03-31']],
    ['an end before the start gives nothing', 2019, '2018-06-30', []],
    ['a year-only end includes its 31 March', 2024, '2025', ['2024-03-31', '2025-03-31']],
    ['a month-only end of March includes it', 2025, '2025-03', ['2025-03-31']],
  ])('%s', (_name, fromYear, until, expected) => {
    expect(eachThirtyFirstMarch(fromYear, date(until)).map(formatIso)).toEqual(expected);
  });
});
