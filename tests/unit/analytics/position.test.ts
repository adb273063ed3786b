import { describe, expect, it } from 'vitest';
import { positionAgainst } from '../../../src/analytics';
import type { ComparatorGrade } from '../../../src/analytics';
import type { Authority } from '../../../src/domain';
import { LEADERS, OVERALL, authority, countsOf, dataset, date, inspection } from './build';
import type { InspectionSpec, OutcomeSpec } from './build';

const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });
const camden = authority('Camden', { onsCode: 'E09000007', region: 'London' });
const wigan = authority('Wigan', { onsCode: 'E08000010', region: 'North West' });
const bolton = authority('Bolton', { onsCode: 'E08000001', region: 'North West' });
const sutton = authority('Sutton', { onsCode: 'E09000029', region: 'London' });
const nowhere = authority('Somewhere', { onsCode: 'E06000099' });
const bournemouth = authority('Bournemouth', {
  onsCode: 'E06000028',
  region: 'South West',
  ceasedOn: date('2019-04-01'),
});

const ilacs = (who: Authority, when: string, judgements: Record<string, OutcomeSpec>): InspectionSpec => ({
  authority: who,
  date: when,
  judgements,
});

/**
 * Overall: Barnet Good, Camden Outstanding, Wigan Inadequate, Bolton Good, Somewhere RI.
 * Leaders: Barnet RI, Camden Good, Wigan Inadequate, Bolton blank, Somewhere absent.
 * Sutton is in the dataset but was inspected only after the date; Barnet's 2025 inspection is after it too.
 */
const records = dataset(
  [
    ilacs(barnet, '2023-07-10', { [OVERALL]: 'good', [LEADERS]: 'requires-improvement' }),
    ilacs(camden, '2019-11-04', { [OVERALL]: 'outstanding', [LEADERS]: 'good' }),
    ilacs(wigan, '2024-02-05', { [OVERALL]: 'inadequate', [LEADERS]: 'inadequate' }),
    ilacs(bolton, '2022-06-13', { [OVERALL]: 'good', [LEADERS]: 'not-judged' }),
    ilacs(nowhere, '2021-01', { [OVERALL]: 'requires-improvement' }),
    ilacs(sutton, '2025-05-12', { [OVERALL]: 'outstanding' }),
    ilacs(barnet, '2025-06-02', { [OVERALL]: 'inadequate' }),
    ilacs(bournemouth, '2018-07-16', { [OVERALL]: 'requires-improvement' }),
  ].map(inspection),
);

const asAt = date('2025-03-31');
const comparatorKeys = [wigan.onsCode, bolton.onsCode, 'E09999999', sutton.onsCode, wigan.onsCode].filter(
  (key) => key !== undefined,
);

/** [key, standing kind, grade or 'blank' or 'absent'] */
const describeComparator = ({ key, standing }: ComparatorGrade): [string, string, string] => {
  if (standing.kind === 'not-inspected') return [key, 'not-inspected', '-'];
  const outcome = standing.outcome;
  return [key, 'inspected', outcome === undefined ? 'absent' : outcome.kind === 'graded' ? outcome.grade : 'blank'];
};

interface AreaCase {
  readonly area: string;
  readonly grade: string;
  readonly england: { counts: number[]; judged: number; notJudged: number; goodOrBetter: number };
  readonly region: { group: string; counts: number[]; judged: number; notJudged: number; goodOrBetter: number };
  readonly comparators: Array<[string, string, string]>;
  readonly comparatorsGoodOrBetter: number;
  readonly comparatorsJudged: number;
}

const areaCases: AreaCase[] = [
  {
    area: OVERALL,
    grade: 'good',
    england: { counts: [1, 2, 1, 1], judged: 5, notJudged: 0, goodOrBetter: 3 },
    region: { group: 'London', counts: [1, 1, 0, 0], judged: 2, notJudged: 0, goodOrBetter: 2 },
    comparators: [
      ['E08000010', 'inspected', 'inadequate'],
      ['E08000001', 'inspected', 'good'],
      ['E09999999', 'not-inspected', '-'],
      ['E09000029', 'not-inspected', '-'],
    ],
    comparatorsGoodOrBetter: 1,
    comparatorsJudged: 2,
  },
  {
    area: LEADERS,
    grade: 'requires-improvement',
    england: { counts: [0, 1, 1, 1], judged: 3, notJudged: 2, goodOrBetter: 1 },
    region: { group: 'London', counts: [0, 1, 1, 0], judged: 2, notJudged: 0, goodOrBetter: 1 },
    comparators: [
      ['E08000010', 'inspected', 'inadequate'],
      ['E08000001', 'inspected', 'blank'],
      ['E09999999', 'not-inspected', '-'],
      ['E09000029', 'not-inspected', '-'],
    ],
    comparatorsGoodOrBetter: 0,
    comparatorsJudged: 1,
  },
];

describe('positionAgainst', () => {
  const position = positionAgainst(records, 'E09000003', asAt, comparatorKeys);

  it('uses the authority’s latest inspection as at the date, in its area order', () => {
    expect(position?.inspection.date).toEqual(date('2023-07-10'));
    expect(position?.areas.map((row) => row.area.id)).toEqual([OVERALL, LEADERS]);
  });

  it.each(areaCases)(
    '$area',
    ({ area, grade, england, region, comparators, comparatorsGoodOrBetter, comparatorsJudged }) => {
      const row = position?.areas.find((candidate) => candidate.area.id === area);
      expect(row?.outcome).toEqual({ kind: 'graded', grade });
      expect(
        row && {
          counts: countsOf(row.england.rows),
          judged: row.england.judged,
          notJudged: row.england.notJudged,
          goodOrBetter: row.england.goodOrBetter,
        },
      ).toEqual(england);
      expect(row?.england.group).toBe('England');
      expect(
        row && {
          group: row.region.group,
          counts: countsOf(row.region.rows),
          judged: row.region.judged,
          notJudged: row.region.notJudged,
          goodOrBetter: row.region.goodOrBetter,
        },
      ).toEqual(region);
      expect(row?.comparators.grades.map(describeComparator)).toEqual(comparators);
      expect(row?.comparators.goodOrBetter).toBe(comparatorsGoodOrBetter);
      expect(row?.comparators.judged).toBe(comparatorsJudged);
    },
  );

  it.each([
    ['an authority not inspected by the date', sutton.onsCode],
    ['an unknown authority', 'E09999999'],
    ['an authority that had ceased', bournemouth.onsCode],
  ])('has no position for %s', (_name, key) => {
    expect(positionAgainst(records, key ?? '', asAt, comparatorKeys)).toBeNull();
  });

  it('has no position in an empty dataset', () => {
    expect(positionAgainst(dataset(), 'E09000003', asAt, [])).toBeNull();
  });

  it('compares an authority with no region against the others with no region', () => {
    const own = positionAgainst(records, 'E06000099', asAt, []);
    const overall = own?.areas[0];
    expect(overall?.region.group).toBe('Region not recorded');
    expect(overall && countsOf(overall.region.rows)).toEqual([0, 0, 1, 0]);
    expect(overall?.comparators).toEqual({ grades: [], goodOrBetter: 0, judged: 0 });
  });

  it('places a ceased authority that still existed on the date', () => {
    const own = positionAgainst(records, 'E06000028', date('2019-03-31'), [barnet.onsCode ?? '']);
    expect(
      own?.areas.map((row) => [row.area.id, row.england.judged, row.comparators.grades[0]?.standing.kind]),
    ).toEqual([[OVERALL, 1, 'not-inspected']]);
  });
});
