// One area region by region as at a date: England first, then each region (or the chosen one), and the comparison sentence.
import { describe, expect, it } from 'vitest';
import { regionComparison } from '../../../../src/features/england/regionComparison';
import type { Authority } from '../../../../src/domain';
import { LEAVERS, OVERALL, authority, countsOf, dataset, date, inspection } from '../../analytics/build';
import type { InspectionSpec, OutcomeSpec } from '../../analytics/build';
import { loadDefaultDatasetFromDisk } from '../../../helpers/realData';

const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });
const camden = authority('Camden', { onsCode: 'E09000007', region: 'London' });
const wigan = authority('Wigan', { onsCode: 'E08000010', region: 'North West' });
const bolton = authority('Bolton', { onsCode: 'E08000001', region: 'North West' });
const cumbria = authority('Cumbria', {
  onsCode: 'E10000006',
  region: 'North West',
  noLongerExists: true,
  ceasedOn: date('2023-04-01'),
});
const walsall = authority('Walsall', { onsCode: 'E08000030', region: 'West Midlands' });

const ilacs = (who: Authority, when: string, judgements: Record<string, OutcomeSpec>): InspectionSpec => ({
  authority: who,
  date: when,
  judgements,
});

const four = [
  ilacs(barnet, '2019-02-18', { [OVERALL]: 'outstanding' }),
  ilacs(camden, '2019-11-04', { [OVERALL]: 'good' }),
  ilacs(wigan, '2020-01-13', { [OVERALL]: 'requires-improvement' }),
  ilacs(bolton, '2022-05-09', { [OVERALL]: 'good' }),
];

interface Case {
  readonly name: string;
  readonly inspections: InspectionSpec[];
  readonly asAt: string;
  readonly area?: string;
  readonly region?: string;
  /** [row label, counts best first, not judged]; undefined when the model is. */
  readonly expected?: Array<[string, number[], number]>;
  readonly summary?: string;
}

const cases: Case[] = [
  { name: 'empty data', inspections: [], asAt: '2025-03-31' },
  {
    name: 'England then every region, with the highest and lowest named',
    inspections: four,
    asAt: '2025-03-31',
    expected: [
      ['England', [1, 2, 1, 0], 0],
      ['London', [1, 1, 0, 0], 0],
      ['North West', [0, 1, 1, 0], 0],
    ],
    summary:
      'As at 31 March 2025, the share of local authorities judged good or outstanding for overall effectiveness was highest in London (100%, 2 of 2) and lowest in the North West (50%, 1 of 2), against 75% (3 of 4) across England.',
  },
  {
    name: 'a chosen region against England',
    inspections: four,
    asAt: '2025-03-31',
    region: 'North West',
    expected: [
      ['England', [1, 2, 1, 0], 0],
      ['North West', [0, 1, 1, 0], 0],
    ],
    summary:
      'As at 31 March 2025, 1 of 2 local authorities in the North West (50%) were judged good or outstanding for overall effectiveness at their latest ILACS inspection: 0 outstanding, 1 good, 1 requires improvement to be good and 0 inadequate. That is 25 percentage points below England, where 75% (3 of 4) were good or better.',
  },
  {
    name: 'a chosen region nobody there had been inspected in yet',
    inspections: four,
    asAt: '2019-03-31',
    region: 'North West',
    expected: [
      ['England', [1, 0, 0, 0], 0],
      ['North West', [0, 0, 0, 0], 0],
    ],
    summary: 'As at 31 March 2019, no local authority in the North West had had an ILACS inspection.',
  },
  {
    name: 'a region the data does not know is shown empty rather than dropped',
    inspections: four,
    asAt: '2025-03-31',
    region: 'West Midlands',
    expected: [
      ['England', [1, 2, 1, 0], 0],
      ['West Midlands', [0, 0, 0, 0], 0],
    ],
  },
  {
    name: 'only one region judged: the England sentence instead of a range',
    inspections: [ilacs(walsall, '2021-10-04', { [OVERALL]: 'good' })],
    asAt: '2025-03-31',
    expected: [
      ['England', [0, 1, 0, 0], 0],
      ['West Midlands', [0, 1, 0, 0], 0],
    ],
    summary:
      'As at 31 March 2025, 1 of 1 local authority (100%) were judged good or outstanding for overall effectiveness at their latest ILACS inspection: 0 outstanding, 1 good, 0 requires improvement to be good and 0 inadequate.',
  },
  {
    name: 'equal shares everywhere',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'good' }),
      ilacs(wigan, '2020-01-13', { [OVERALL]: 'outstanding' }),
    ],
    asAt: '2025-03-31',
    summary:
      'As at 31 March 2025, the share of local authorities judged good or outstanding for overall effectiveness was the same in every region: 100%, against 100% (2 of 2) across England.',
  },
  {
    name: 'a ceased authority leaves its region from the day it ceased',
    inspections: [...four, ilacs(cumbria, '2018-06-04', { [OVERALL]: 'inadequate' })],
    asAt: '2023-04-01',
    region: 'North West',
    expected: [
      ['England', [1, 2, 1, 0], 0],
      ['North West', [0, 1, 1, 0], 0],
    ],
  },
  {
    name: 'care leavers: the not judged are counted per region',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'good', [LEAVERS]: 'not-judged' }),
      ilacs(wigan, '2023-05-08', { [OVERALL]: 'good', [LEAVERS]: 'good' }),
    ],
    asAt: '2025-03-31',
    area: LEAVERS,
    expected: [
      ['England', [0, 1, 0, 0], 1],
      ['London', [0, 0, 0, 0], 1],
      ['North West', [0, 1, 0, 0], 0],
    ],
  },
];

describe('regionComparison', () => {
  it.each(cases)('$name', ({ inspections, asAt, area = OVERALL, region, expected, summary }) => {
    const model = regionComparison(dataset(inspections.map(inspection)), date(asAt), { id: area, label: area }, region);
    if (expected === undefined && summary === undefined) {
      expect(model).toBeUndefined();
      return;
    }
    if (expected !== undefined)
      expect(model?.mixes.map((mix) => [mix.label, countsOf(mix.rows), mix.notJudged])).toEqual(expected);
    if (summary !== undefined) expect(model?.summary).toBe(summary);
    expect(model?.mixes[0]?.emphasis).toBe(true);
  });
});

describe('regionComparison on the default data', () => {
  it('has regions that add up to England, as at 31 March 2025', async () => {
    const { dataset: real } = await loadDefaultDatasetFromDisk();
    const model = regionComparison(real, date('2025-03-31'), { id: OVERALL, label: 'Overall effectiveness' });
    const [england, ...regions] = model?.mixes ?? [];
    expect(countsOf(england?.rows ?? [])).toEqual([36, 67, 31, 19]);
    expect(regions.length).toBeGreaterThan(1);
    const summed = [0, 1, 2, 3].map((index) =>
      regions.reduce((total, mix) => total + (mix.rows[index]?.count ?? 0), 0),
    );
    expect(summed).toEqual([36, 67, 31, 19]);
  });
});
