import { describe, expect, it } from 'vitest';
import { compareInspections } from '../../../src/analytics';
import type { AreaChangeKind } from '../../../src/analytics';
import type { FrameworkId, GradeCounts, GradeId } from '../../../src/domain';
import { HELP, IN_CARE, LEADERS, LEAVERS, OVERALL, authority, inspection } from './build';
import type { OutcomeSpec } from './build';

const walsall = authority('Walsall', { onsCode: 'E08000030' });

interface Side {
  readonly framework: FrameworkId;
  readonly date: string;
  readonly judgements?: Record<string, OutcomeSpec>;
  readonly summaryCounts?: GradeCounts;
}

const side = ({ framework, date, judgements, summaryCounts }: Side) =>
  inspection({
    authority: walsall,
    framework,
    date,
    ...(judgements ? { judgements } : {}),
    ...(summaryCounts ? { summaryCounts } : {}),
  });

const ilacs = (date: string, judgements: Record<string, OutcomeSpec>): Side => ({
  framework: 'ilacs',
  date,
  judgements,
});

interface AreaCase {
  readonly name: string;
  readonly earlier: Side;
  readonly later: Side;
  readonly sameScale: boolean;
  readonly expected: Array<[string, AreaChangeKind]>;
}

const areaCases: AreaCase[] = [
  {
    name: 'improved, declined and unchanged on one scale',
    earlier: ilacs('2019-02-18', { [OVERALL]: 'requires-improvement', [LEADERS]: 'good', [HELP]: 'inadequate' }),
    later: ilacs('2023-07-10', { [OVERALL]: 'good', [LEADERS]: 'requires-improvement', [HELP]: 'inadequate' }),
    sameScale: true,
    expected: [
      [OVERALL, 'improved'],
      [LEADERS, 'declined'],
      [HELP, 'unchanged'],
    ],
  },
  {
    name: 'Adequate in 2012 to Good in 2021 is an improvement across scales',
    earlier: { framework: 'slac', date: '2012', judgements: { [OVERALL]: 'adequate' } },
    later: ilacs('2021-10-04', { [OVERALL]: 'good' }),
    sameScale: false,
    expected: [[OVERALL, 'improved']],
  },
  {
    name: 'Adequate to Requires improvement holds the same rank',
    earlier: { framework: 'slac', date: '2012-06', judgements: { [OVERALL]: 'adequate' } },
    later: { framework: 'sif', date: '2015', judgements: { [OVERALL]: 'requires-improvement' } },
    sameScale: false,
    expected: [[OVERALL, 'unchanged']],
  },
  {
    name: 'SIF Good to ILACS Inadequate is a decline',
    earlier: { framework: 'sif', date: '2016-01', judgements: { [OVERALL]: 'good' } },
    later: ilacs('2019-06-03', { [OVERALL]: 'inadequate' }),
    sameScale: false,
    expected: [[OVERALL, 'declined']],
  },
  {
    name: 'care leavers judged for the first time, whether absent or blank before',
    earlier: ilacs('2019-02-18', { [OVERALL]: 'good', [IN_CARE]: 'not-judged' }),
    later: ilacs('2023-07-10', { [OVERALL]: 'good', [LEAVERS]: 'good', [IN_CARE]: 'outstanding' }),
    sameScale: true,
    expected: [
      [OVERALL, 'unchanged'],
      [LEAVERS, 'newly-judged'],
      [IN_CARE, 'newly-judged'],
    ],
  },
  {
    name: 'no longer judged, whether blank or absent after; earlier-only areas come last',
    earlier: ilacs('2019-02-18', { [LEAVERS]: 'good', [OVERALL]: 'good', [HELP]: 'inadequate' }),
    later: ilacs('2023-07-10', { [HELP]: 'not-judged', [OVERALL]: 'outstanding' }),
    sameScale: true,
    expected: [
      [HELP, 'no-longer-judged'],
      [OVERALL, 'improved'],
      [LEAVERS, 'no-longer-judged'],
    ],
  },
  {
    name: 'graded in neither',
    earlier: ilacs('2019-02-18', { [LEAVERS]: 'not-judged' }),
    later: ilacs('2023-07-10', { [HELP]: 'not-judged', [LEAVERS]: 'not-judged' }),
    sameScale: true,
    expected: [
      [HELP, 'not-judged'],
      [LEAVERS, 'not-judged'],
    ],
  },
  {
    name: 'a visit after an inspection: everything no longer judged',
    earlier: ilacs('2019-02-18', { [OVERALL]: 'good' }),
    later: { framework: 'ilacs-visit', date: '2020-11' },
    sameScale: true,
    expected: [[OVERALL, 'no-longer-judged']],
  },
  {
    name: 'two inspections without judgements',
    earlier: ilacs('2019', {}),
    later: ilacs('2020', {}),
    sameScale: true,
    expected: [],
  },
];

interface CountCase {
  readonly name: string;
  readonly earlier: Side;
  readonly later: Side;
  readonly sameScale: boolean;
  readonly expected: Array<[GradeId, number, number, number]>;
}

const countCases: CountCase[] = [
  {
    name: 'summary counts on the four-point scale before, ILACS judgements after',
    earlier: { framework: 'slac', date: '2010', summaryCounts: { outstanding: 1, good: 2, adequate: 1 } },
    later: ilacs('2021-10-04', {
      [OVERALL]: 'good',
      [LEADERS]: 'good',
      [HELP]: 'requires-improvement',
      [IN_CARE]: 'inadequate',
      [LEAVERS]: 'not-judged',
    }),
    sameScale: false,
    expected: [
      ['outstanding', 1, 0, -1],
      ['good', 2, 2, 0],
      ['adequate', 1, 0, -1],
      ['requires-improvement', 0, 1, 1],
      ['inadequate', 0, 1, 1],
    ],
  },
  {
    name: 'summary counts after, on the same scale: no Adequate row',
    earlier: ilacs('2019-02-18', { [OVERALL]: 'inadequate', [LEADERS]: 'inadequate' }),
    later: { framework: 'ilacs', date: '2023', summaryCounts: { 'requires-improvement': 2 } },
    sameScale: true,
    expected: [
      ['outstanding', 0, 0, 0],
      ['good', 0, 0, 0],
      ['requires-improvement', 0, 2, 2],
      ['inadequate', 2, 0, -2],
    ],
  },
];

describe('compareInspections by area', () => {
  it.each(areaCases)('$name', ({ earlier, later, sameScale, expected }) => {
    const comparison = compareInspections(side(earlier), side(later));
    expect(comparison.sameScale).toBe(sameScale);
    expect(comparison.areas.map((change) => [change.area.id, change.change])).toEqual(expected);
    expect(comparison.counts).toBeUndefined();
  });

  it('keeps both outcomes as recorded', () => {
    const comparison = compareInspections(
      side({ framework: 'slac', date: '2012', judgements: { [OVERALL]: 'adequate', [LEAVERS]: 'good' } }),
      side(ilacs('2021-10-04', { [OVERALL]: 'good' })),
    );
    expect(comparison.areas.map((change) => [change.before, change.after])).toEqual([
      [
        { kind: 'graded', grade: 'adequate' },
        { kind: 'graded', grade: 'good' },
      ],
      [{ kind: 'graded', grade: 'good' }, undefined],
    ]);
  });
});

describe('compareInspections by summary counts', () => {
  it.each(countCases)('$name', ({ earlier, later, sameScale, expected }) => {
    const comparison = compareInspections(side(earlier), side(later));
    expect(comparison.sameScale).toBe(sameScale);
    expect(comparison.areas).toEqual([]);
    expect(comparison.counts?.map((row) => [row.grade, row.before, row.after, row.difference])).toEqual(expected);
  });
});
