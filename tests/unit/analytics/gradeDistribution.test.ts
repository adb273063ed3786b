import { describe, expect, it } from 'vitest';
import { gradeDistribution } from '../../../src/analytics';
import type { FrameworkId, GradeId } from '../../../src/domain';
import { HELP, IN_CARE, LEADERS, LEAVERS, OVERALL, authority, countsOf, inspection } from './build';
import type { InspectionSpec } from './build';

const walsall = authority('Walsall', { onsCode: 'E08000030' });

interface Case {
  readonly name: string;
  readonly spec: Omit<InspectionSpec, 'authority'>;
  /** Counts best first, on the inspection's scale. */
  readonly counts: number[];
  readonly judged: number;
  readonly notJudged: number;
  readonly goodOrBetter: number;
  readonly goodOrBetterShare: number | null;
  readonly fromSummaryCounts: boolean;
}

const cases: Case[] = [
  {
    name: 'no judgements at all',
    spec: { date: '2021-10-04' },
    counts: [0, 0, 0, 0],
    judged: 0,
    notJudged: 0,
    goodOrBetter: 0,
    goodOrBetterShare: null,
    fromSummaryCounts: false,
  },
  {
    name: 'one Outstanding',
    spec: { date: '2021-10-04', judgements: { [OVERALL]: 'outstanding' } },
    counts: [1, 0, 0, 0],
    judged: 1,
    notJudged: 0,
    goodOrBetter: 1,
    goodOrBetterShare: 1,
    fromSummaryCounts: false,
  },
  {
    name: 'mixed ILACS grades with care leavers not judged',
    spec: {
      date: '2021-10-04',
      judgements: {
        [OVERALL]: 'good',
        [LEADERS]: 'requires-improvement',
        [HELP]: 'inadequate',
        [IN_CARE]: 'good',
        [LEAVERS]: 'not-judged',
      },
    },
    counts: [0, 2, 1, 1],
    judged: 4,
    notJudged: 1,
    goodOrBetter: 2,
    goodOrBetterShare: 0.5,
    fromSummaryCounts: false,
  },
  {
    name: 'only not-judged outcomes',
    spec: { date: '2021-10-04', judgements: { [OVERALL]: 'not-judged', [LEAVERS]: 'not-judged' } },
    counts: [0, 0, 0, 0],
    judged: 0,
    notJudged: 2,
    goodOrBetter: 0,
    goodOrBetterShare: null,
    fromSummaryCounts: false,
  },
  {
    name: 'four-point scale with Adequate',
    spec: {
      date: '2011-05',
      framework: 'slac',
      judgements: { [OVERALL]: 'adequate', [HELP]: 'adequate', [IN_CARE]: 'outstanding' },
    },
    counts: [1, 0, 2, 0],
    judged: 3,
    notJudged: 0,
    goodOrBetter: 1,
    goodOrBetterShare: 1 / 3,
    fromSummaryCounts: false,
  },
  {
    name: 'a grade outside the scale is counted nowhere',
    spec: { date: '2021-10-04', judgements: { [OVERALL]: 'adequate', [LEADERS]: 'good' } },
    counts: [0, 1, 0, 0],
    judged: 1,
    notJudged: 0,
    goodOrBetter: 1,
    goodOrBetterShare: 1,
    fromSummaryCounts: false,
  },
  {
    name: 'summary counts only',
    spec: { date: '2019', summaryCounts: { good: 3, inadequate: 1 } },
    counts: [0, 3, 0, 1],
    judged: 4,
    notJudged: 0,
    goodOrBetter: 3,
    goodOrBetterShare: 0.75,
    fromSummaryCounts: true,
  },
  {
    name: 'summary counts win over judgements, and off-scale counts are ignored',
    spec: {
      date: '2015-02',
      framework: 'sif',
      summaryCounts: { good: 2, adequate: 2 },
      judgements: { [OVERALL]: 'inadequate' },
    },
    counts: [0, 2, 0, 0],
    judged: 2,
    notJudged: 0,
    goodOrBetter: 2,
    goodOrBetterShare: 1,
    fromSummaryCounts: true,
  },
  {
    name: 'summary counts of zero',
    spec: { date: '2019', summaryCounts: {} },
    counts: [0, 0, 0, 0],
    judged: 0,
    notJudged: 0,
    goodOrBetter: 0,
    goodOrBetterShare: null,
    fromSummaryCounts: true,
  },
];

describe('gradeDistribution', () => {
  it.each(cases)('$name', ({ spec, counts, judged, notJudged, goodOrBetter, goodOrBetterShare, fromSummaryCounts }) => {
    const distribution = gradeDistribution(inspection({ authority: walsall, ...spec }));
    expect(countsOf(distribution.rows)).toEqual(counts);
    expect(distribution.judged).toBe(judged);
    expect(distribution.notJudged).toBe(notJudged);
    expect(distribution.goodOrBetter).toBe(goodOrBetter);
    if (goodOrBetterShare === null) expect(distribution.goodOrBetterShare).toBeNull();
    else expect(distribution.goodOrBetterShare).toBeCloseTo(goodOrBetterShare, 10);
    expect(distribution.fromSummaryCounts).toBe(fromSummaryCounts);
    expect(distribution.rows.map((row) => row.share)).toEqual(
      counts.map((count) => (judged === 0 ? 0 : count / judged)),
    );
  });

  it.each<[FrameworkId, GradeId[], string[]]>([
    [
      'ilacs',
      ['outstanding', 'good', 'requires-improvement', 'inadequate'],
      ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'],
    ],
    [
      'ilacs-visit',
      ['outstanding', 'good', 'requires-improvement', 'inadequate'],
      ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'],
    ],
    [
      'sif',
      ['outstanding', 'good', 'requires-improvement', 'inadequate'],
      ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'],
    ],
    ['slac', ['outstanding', 'good', 'adequate', 'inadequate'], ['Outstanding', 'Good', 'Adequate', 'Inadequate']],
    [
      'joint-inspection',
      ['outstanding', 'good', 'adequate', 'inadequate'],
      ['Outstanding', 'Good', 'Adequate', 'Inadequate'],
    ],
  ])('%s rows are its scale best first, worded as that scale words them', (framework, grades, labels) => {
    const distribution = gradeDistribution(inspection({ authority: walsall, date: '2012', framework }));
    expect(distribution.rows.map((row) => row.grade)).toEqual(grades);
    expect(distribution.rows.map((row) => row.label)).toEqual(labels);
  });
});
