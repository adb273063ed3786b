// How one area's shares moved at each 31 March: the dates drawn, the points, the coverage note and the sentence.
import { describe, expect, it } from 'vitest';
import { areaTrend, pointLabel, trendDates } from '../../../../src/features/england/areaTrend';
import { formatIso, type Authority } from '../../../../src/domain';
import { LEAVERS, OVERALL, authority, countsOf, dataset, date, inspection } from '../../analytics/build';
import type { InspectionSpec, OutcomeSpec } from '../../analytics/build';
import { loadDefaultDatasetFromDisk } from '../../../helpers/realData';

const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });
const camden = authority('Camden', { onsCode: 'E09000007', region: 'London' });
const wigan = authority('Wigan', { onsCode: 'E08000010', region: 'North West' });

const ilacs = (who: Authority, when: string, judgements: Record<string, OutcomeSpec>): InspectionSpec => ({
  authority: who,
  date: when,
  judgements,
});

describe('trendDates', () => {
  it.each([
    [
      'each 31 March up to a 31 March as-at date',
      '2021-03-31',
      '2025-03-31',
      ['2019-03-31', '2020-03-31', '2021-03-31'],
      undefined,
    ],
    [
      'then the as-at date itself when it is not a 31 March',
      '2020-10-04',
      '2025-03-31',
      ['2019-03-31', '2020-03-31', '2020-10-04'],
      undefined,
    ],
    ['only the as-at date when it is before 31 March 2019', '2018-06-30', '2025-03-31', ['2018-06-30'], undefined],
    [
      'stops at the latest 31 March the data speaks for',
      '2030-03-31',
      '2025-03-31',
      ['2019-03-31', '2020-03-31', '2021-03-31', '2022-03-31', '2023-03-31', '2024-03-31', '2025-03-31'],
      '2025-03-31',
    ],
  ])('%s', (_name, asAt, latest, expected, stoppedAt) => {
    const result = trendDates(date(asAt), date(latest));
    expect(result.dates.map(formatIso)).toEqual(expected);
    expect(result.stoppedAt ? formatIso(result.stoppedAt) : undefined).toBe(stoppedAt);
  });
});

describe('pointLabel', () => {
  it.each([
    ['2019-03-31', '2019'],
    ['2020-10-04', '4 October 2020'],
  ])('%s is labelled %s', (iso, expected) => expect(pointLabel(date(iso))).toBe(expected));
});

interface Case {
  readonly name: string;
  readonly inspections: InspectionSpec[];
  readonly asAt: string;
  readonly area?: string;
  readonly region?: string;
  /** [label, counts best first, authorities covered]. */
  readonly points: Array<[string, number[], number]>;
  readonly summary: string | undefined;
}

const cases: Case[] = [
  {
    name: 'empty data: points with nobody, and no sentence',
    inspections: [],
    asAt: '2020-03-31',
    points: [
      ['2019', [0, 0, 0, 0], 0],
      ['2020', [0, 0, 0, 0], 0],
    ],
    summary:
      'No local authority had a judgement for overall effectiveness at any date from 31 March 2019 to 31 March 2020.',
  },
  {
    name: 'a rise, with the coverage of each end',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'inadequate' }),
      ilacs(camden, '2019-11-04', { [OVERALL]: 'good' }),
      ilacs(barnet, '2020-12-07', { [OVERALL]: 'good' }),
    ],
    asAt: '2021-03-31',
    points: [
      ['2019', [0, 0, 0, 1], 1],
      ['2020', [0, 1, 0, 1], 2],
      ['2021', [0, 2, 0, 0], 2],
    ],
    summary:
      'The share of local authorities judged good or better for overall effectiveness rose from 0% (31 March 2019, 1 authority inspected) to 100% (31 March 2021, 2 authorities inspected).',
  },
  {
    name: 'a fall',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'good' }),
      ilacs(barnet, '2019-12-02', { [OVERALL]: 'requires-improvement' }),
    ],
    asAt: '2020-03-31',
    points: [
      ['2019', [0, 1, 0, 0], 1],
      ['2020', [0, 0, 1, 0], 1],
    ],
    summary:
      'The share of local authorities judged good or better for overall effectiveness fell from 100% (31 March 2019, 1 authority inspected) to 0% (31 March 2020, 1 authority inspected).',
  },
  {
    name: 'unchanged',
    inspections: [ilacs(barnet, '2019-02-18', { [OVERALL]: 'good' })],
    asAt: '2020-03-31',
    points: [
      ['2019', [0, 1, 0, 0], 1],
      ['2020', [0, 1, 0, 0], 1],
    ],
    summary:
      'The share of local authorities judged good or better for overall effectiveness was 100% (31 March 2019, 1 authority inspected) and again 100% (31 March 2020, 1 authority inspected).',
  },
  {
    name: 'care leavers: the sentence starts at the first date anyone was judged, and says how many were',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'good', [LEAVERS]: 'not-judged' }),
      ilacs(camden, '2023-01-16', { [OVERALL]: 'good', [LEAVERS]: 'good' }),
      ilacs(wigan, '2023-09-11', { [OVERALL]: 'good', [LEAVERS]: 'inadequate' }),
    ],
    asAt: '2024-03-31',
    area: LEAVERS,
    points: [
      ['2019', [0, 0, 0, 0], 1],
      ['2020', [0, 0, 0, 0], 1],
      ['2021', [0, 0, 0, 0], 1],
      ['2022', [0, 0, 0, 0], 1],
      ['2023', [0, 1, 0, 0], 2],
      ['2024', [0, 1, 0, 1], 3],
    ],
    summary:
      'The share of local authorities judged good or better for care leavers fell from 100% (31 March 2023, 1 of 2 authorities judged) to 50% (31 March 2024, 2 of 3 authorities judged).',
  },
  {
    name: 'a region, compared with England at the last date, with a non-March as-at date as the last point',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'good' }),
      ilacs(wigan, '2019-06-03', { [OVERALL]: 'inadequate' }),
    ],
    asAt: '2019-10-01',
    region: 'North West',
    points: [
      ['2019', [0, 0, 0, 0], 0],
      ['1 October 2019', [0, 0, 0, 1], 1],
    ],
    summary:
      'The share of local authorities in the North West judged good or better for overall effectiveness was 0% (1 October 2019, 1 authority inspected). Across England it was 50% at 1 October 2019.',
  },
];

describe('areaTrend', () => {
  it.each(cases)('$name', ({ inspections, asAt, area = OVERALL, region, points, summary }) => {
    const model = areaTrend(dataset(inspections.map(inspection)), {
      asAt: date(asAt),
      area: { id: area, label: area },
      latestMarch: date('2025-03-31'),
      ...(region ? { region } : {}),
    });
    expect(model.points.map(({ mix, point }) => [mix.label, countsOf(mix.rows), point.authorities])).toEqual(points);
    expect(model.summary).toBe(summary);
  });
});

describe('areaTrend on the default data', () => {
  it('covers more authorities each year to 2023 and ends at Ofsted’s published 31 March 2025 position', async () => {
    const { dataset: real } = await loadDefaultDatasetFromDisk();
    const model = areaTrend(real, {
      asAt: date('2025-03-31'),
      area: { id: OVERALL, label: 'Overall effectiveness' },
      latestMarch: date('2025-03-31'),
    });
    expect(model.points.map(({ mix }) => mix.label)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    const last = model.points[model.points.length - 1]!;
    expect(countsOf(last.point.rows)).toEqual([36, 67, 31, 19]);
    const covered = model.points.map(({ point }) => point.authorities);
    expect(covered[0]).toBeLessThan(covered[covered.length - 1]!);
    expect(model.coverage).toMatch(/^\d+ at 31 March 2019, .* and 153 at 31 March 2025$/);
    expect(model.summary).toMatch(
      /^The share of local authorities judged good or better for overall effectiveness rose from \d+% \(31 March 2019, \d+ authorities inspected\) to 67% \(31 March 2025, 153 authorities inspected\)\.$/,
    );
  });
});
