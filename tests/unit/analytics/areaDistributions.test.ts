import { describe, expect, it } from 'vitest';
import { areaDistributions, latestAsAt } from '../../../src/analytics';
import type { AreaGrouping } from '../../../src/analytics';
import type { Authority } from '../../../src/domain';
import { HELP, LEADERS, LEAVERS, OVERALL, authority, countsOf, dataset, date, inspection } from './build';
import type { InspectionSpec, OutcomeSpec } from './build';

const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });
const camden = authority('Camden', { onsCode: 'E09000007', region: 'London' });
const wigan = authority('Wigan', { onsCode: 'E08000010', region: 'North West' });
const nowhere = authority('Somewhere', { onsCode: 'E06000099' });
const blankRegion = authority('Blankshire', { onsCode: 'E06000098', region: '  ' });
const walsall = authority('Walsall', { onsCode: 'E08000030', region: 'West Midlands' });

const ilacs = (who: Authority, when: string, judgements: Record<string, OutcomeSpec>): InspectionSpec => ({
  authority: who,
  date: when,
  judgements,
});

/**
 * Overall: Barnet Good, Camden Outstanding, Somewhere RI, Wigan Inadequate.
 * Care leavers: Barnet Good, Camden inspected before 2023 (absent), Somewhere blank, Wigan RI.
 */
const fourAuthorities = [
  ilacs(barnet, '2023-07-10', { [OVERALL]: 'good', [LEAVERS]: 'good' }),
  ilacs(camden, '2019-11-04', { [OVERALL]: 'outstanding' }),
  ilacs(nowhere, '2023-01-16', { [OVERALL]: 'requires-improvement', [LEAVERS]: 'not-judged' }),
  ilacs(wigan, '2024-02-05', { [OVERALL]: 'inadequate', [LEAVERS]: 'requires-improvement' }),
];

interface Row {
  readonly area: string;
  readonly group: string;
  /** Outstanding, Good, Requires improvement to be good, Inadequate. */
  readonly counts: number[];
  readonly judged: number;
  readonly notJudged: number;
  readonly goodOrBetter: number;
  readonly goodOrBetterShare: number | null;
}

interface Case {
  readonly name: string;
  readonly inspections: InspectionSpec[];
  readonly groupBy: AreaGrouping;
  readonly expected: Row[];
}

const cases: Case[] = [
  { name: 'empty dataset', inspections: [], groupBy: 'england', expected: [] },
  {
    name: 'England: absent and blank care-leaver judgements are not judged',
    inspections: fourAuthorities,
    groupBy: 'england',
    expected: [
      {
        area: OVERALL,
        group: 'England',
        counts: [1, 1, 1, 1],
        judged: 4,
        notJudged: 0,
        goodOrBetter: 2,
        goodOrBetterShare: 0.5,
      },
      {
        area: LEAVERS,
        group: 'England',
        counts: [0, 1, 1, 0],
        judged: 2,
        notJudged: 2,
        goodOrBetter: 1,
        goodOrBetterShare: 0.5,
      },
    ],
  },
  {
    name: 'by region: alphabetical, missing region last, every region for every area',
    inspections: fourAuthorities,
    groupBy: 'region',
    expected: [
      {
        area: OVERALL,
        group: 'London',
        counts: [1, 1, 0, 0],
        judged: 2,
        notJudged: 0,
        goodOrBetter: 2,
        goodOrBetterShare: 1,
      },
      {
        area: OVERALL,
        group: 'North West',
        counts: [0, 0, 0, 1],
        judged: 1,
        notJudged: 0,
        goodOrBetter: 0,
        goodOrBetterShare: 0,
      },
      {
        area: OVERALL,
        group: 'Region not recorded',
        counts: [0, 0, 1, 0],
        judged: 1,
        notJudged: 0,
        goodOrBetter: 0,
        goodOrBetterShare: 0,
      },
      {
        area: LEAVERS,
        group: 'London',
        counts: [0, 1, 0, 0],
        judged: 1,
        notJudged: 1,
        goodOrBetter: 1,
        goodOrBetterShare: 1,
      },
      {
        area: LEAVERS,
        group: 'North West',
        counts: [0, 0, 1, 0],
        judged: 1,
        notJudged: 0,
        goodOrBetter: 0,
        goodOrBetterShare: 0,
      },
      {
        area: LEAVERS,
        group: 'Region not recorded',
        counts: [0, 0, 0, 0],
        judged: 0,
        notJudged: 1,
        goodOrBetter: 0,
        goodOrBetterShare: null,
      },
    ],
  },
  {
    name: 'a blank region is not recorded, and sorts after regions later in the alphabet',
    inspections: [
      ilacs(blankRegion, '2022-03-07', { [OVERALL]: 'good' }),
      ilacs(walsall, '2021-10-04', { [OVERALL]: 'inadequate' }),
    ],
    groupBy: 'region',
    expected: [
      {
        area: OVERALL,
        group: 'West Midlands',
        counts: [0, 0, 0, 1],
        judged: 1,
        notJudged: 0,
        goodOrBetter: 0,
        goodOrBetterShare: 0,
      },
      {
        area: OVERALL,
        group: 'Region not recorded',
        counts: [0, 1, 0, 0],
        judged: 1,
        notJudged: 0,
        goodOrBetter: 1,
        goodOrBetterShare: 1,
      },
    ],
  },
  {
    name: 'areas in the order they first appear',
    inspections: [
      ilacs(barnet, '2023-07-10', { [LEADERS]: 'good', [OVERALL]: 'good' }),
      ilacs(camden, '2019-11-04', { [HELP]: 'inadequate', [OVERALL]: 'good' }),
    ],
    groupBy: 'england',
    expected: [
      {
        area: LEADERS,
        group: 'England',
        counts: [0, 1, 0, 0],
        judged: 1,
        notJudged: 1,
        goodOrBetter: 1,
        goodOrBetterShare: 1,
      },
      {
        area: OVERALL,
        group: 'England',
        counts: [0, 2, 0, 0],
        judged: 2,
        notJudged: 0,
        goodOrBetter: 2,
        goodOrBetterShare: 1,
      },
      {
        area: HELP,
        group: 'England',
        counts: [0, 0, 0, 1],
        judged: 1,
        notJudged: 1,
        goodOrBetter: 0,
        goodOrBetterShare: 0,
      },
    ],
  },
  {
    name: 'only each authority’s latest inspection counts',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'inadequate' }),
      ilacs(barnet, '2023-07-10', { [OVERALL]: 'outstanding' }),
    ],
    groupBy: 'england',
    expected: [
      {
        area: OVERALL,
        group: 'England',
        counts: [1, 0, 0, 0],
        judged: 1,
        notJudged: 0,
        goodOrBetter: 1,
        goodOrBetterShare: 1,
      },
    ],
  },
  {
    name: 'an authority known only by summary counts has no grade for any area',
    inspections: [
      ilacs(barnet, '2023-07-10', { [OVERALL]: 'good' }),
      { authority: camden, date: '2022', summaryCounts: { good: 4 } },
    ],
    groupBy: 'england',
    expected: [
      {
        area: OVERALL,
        group: 'England',
        counts: [0, 1, 0, 0],
        judged: 1,
        notJudged: 1,
        goodOrBetter: 1,
        goodOrBetterShare: 1,
      },
    ],
  },
];

describe('areaDistributions', () => {
  it.each(cases)('$name', ({ inspections, groupBy, expected }) => {
    const latest = latestAsAt(dataset(inspections.map(inspection)), date('2025-03-31'));
    const distributions = areaDistributions(latest, groupBy);
    expect(
      distributions.map((row) => ({
        area: row.area.id,
        group: row.group,
        counts: countsOf(row.rows),
        judged: row.judged,
        notJudged: row.notJudged,
        goodOrBetter: row.goodOrBetter,
        goodOrBetterShare: row.goodOrBetterShare,
      })),
    ).toEqual(expected);
  });

  it('words the rows as the framework’s scale does, with shares of the judged', () => {
    const sif = [
      { ...ilacs(barnet, '2016-01-11', { [OVERALL]: 'requires-improvement' }), framework: 'sif' as const },
      { ...ilacs(camden, '2015-06-01', { [OVERALL]: 'good' }), framework: 'sif' as const },
      { ...ilacs(wigan, '2017-03-06', { [OVERALL]: 'good', [LEADERS]: 'good' }), framework: 'sif' as const },
    ];
    const latest = latestAsAt(dataset(sif.map(inspection)), date('2017-12-31'), { framework: 'sif' });
    const [overall] = areaDistributions(latest, 'england');
    expect(overall?.rows.map((row) => [row.label, row.share])).toEqual([
      ['Outstanding', 0],
      ['Good', 2 / 3],
      ['Requires improvement', 1 / 3],
      ['Inadequate', 0],
    ]);
  });
});
