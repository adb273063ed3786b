import { describe, expect, it } from 'vitest';
import { measuresOverTime } from '../../../src/analytics';
import type { Measure } from '../../../src/domain';
import { authority, dataset, measure } from './build';

const walsall = authority('Walsall', { onsCode: 'E08000030' });
const dudley = authority('Dudley', { onsCode: 'E08000027' });

const REFERRALS = 'Re-referrals within 12 months';
const VACANCIES = 'Social worker vacancy rate';

interface Case {
  readonly name: string;
  readonly measures: Measure[];
  readonly measureName?: string;
  /** [name, unit, [iso date, value][]] per series. */
  readonly expected: Array<[string, string, Array<[string, number]>]>;
}

const iso = (date: Measure['date']): string =>
  date.precision === 'year'
    ? String(date.year)
    : date.precision === 'month'
      ? `${date.year}-${date.month}`
      : `${date.year}-${date.month}-${date.day}`;

const cases: Case[] = [
  { name: 'empty dataset', measures: [], expected: [] },
  {
    name: 'one measure',
    measures: [measure(walsall, '2021-03-31', REFERRALS, 22.4)],
    expected: [[REFERRALS, '%', [['2021-3-31', 22.4]]]],
  },
  {
    name: 'grouped by name in order of first appearance, oldest first, other authorities left out',
    measures: [
      measure(walsall, '2022-03-31', VACANCIES, 18),
      measure(walsall, '2021-03-31', REFERRALS, 22.4),
      measure(dudley, '2020-03-31', REFERRALS, 30),
      measure(walsall, '2020-03-31', VACANCIES, 15.5),
      measure(walsall, '2020-03-31', REFERRALS, 25),
    ],
    expected: [
      [
        VACANCIES,
        '%',
        [
          ['2020-3-31', 15.5],
          ['2022-3-31', 18],
        ],
      ],
      [
        REFERRALS,
        '%',
        [
          ['2020-3-31', 25],
          ['2021-3-31', 22.4],
        ],
      ],
    ],
  },
  {
    name: 'one measure by name',
    measures: [measure(walsall, '2022-03-31', VACANCIES, 18), measure(walsall, '2021-03-31', REFERRALS, 22.4)],
    measureName: REFERRALS,
    expected: [[REFERRALS, '%', [['2021-3-31', 22.4]]]],
  },
  {
    name: 'a name nobody has',
    measures: [measure(walsall, '2022-03-31', VACANCIES, 18)],
    measureName: 'Caseloads',
    expected: [],
  },
  {
    name: 'year-only sorts before month-only, which sorts before a day; same dates keep dataset order',
    measures: [
      measure(walsall, '2020-03-31', REFERRALS, 3),
      measure(walsall, '2020-03', REFERRALS, 2),
      measure(walsall, '2020', REFERRALS, 1),
      measure(walsall, '2020-03-31', REFERRALS, 4),
    ],
    expected: [
      [
        REFERRALS,
        '%',
        [
          ['2020', 1],
          ['2020-3', 2],
          ['2020-3-31', 3],
          ['2020-3-31', 4],
        ],
      ],
    ],
  },
  {
    name: 'the same name in two units makes two series',
    measures: [
      measure(walsall, '2021-03-31', 'Caseload', 17, 'children per worker'),
      measure(walsall, '2020-03-31', 'Caseload', 412, 'children'),
    ],
    expected: [
      ['Caseload', 'children per worker', [['2021-3-31', 17]]],
      ['Caseload', 'children', [['2020-3-31', 412]]],
    ],
  },
];

describe('measuresOverTime', () => {
  it.each(cases)('$name', ({ measures, measureName, expected }) => {
    const series = measuresOverTime(dataset([], { measures }), 'E08000030', measureName);
    expect(
      series.map(({ name, unit, points }) => [name, unit, points.map((point) => [iso(point.date), point.value])]),
    ).toEqual(expected);
  });

  it('keeps a note only where the source had one', () => {
    const [series] = measuresOverTime(
      dataset([], {
        measures: [
          measure(walsall, '2021-03-31', REFERRALS, 22.4, '%', 'provisional'),
          measure(walsall, '2022-03-31', REFERRALS, 20),
        ],
      }),
      'E08000030',
    );
    expect(series?.points[0]?.note).toBe('provisional');
    expect(series?.points[1]).not.toHaveProperty('note');
  });
});
