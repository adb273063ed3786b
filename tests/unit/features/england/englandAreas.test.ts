// England's latest grades per judgement area as at a date: the rows per area and the sentences above the figure.
import { describe, expect, it } from 'vitest';
import { englandAreas } from '../../../../src/features/england/englandAreas';
import type { Authority } from '../../../../src/domain';
import { HELP, LEAVERS, OVERALL, authority, countsOf, dataset, date, inspection } from '../../analytics/build';
import type { InspectionSpec, OutcomeSpec } from '../../analytics/build';
import { loadDefaultDatasetFromDisk } from '../../../helpers/realData';

const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });
const camden = authority('Camden', { onsCode: 'E09000007', region: 'London' });
const wigan = authority('Wigan', { onsCode: 'E08000010', region: 'North West' });
const walsall = authority('Walsall', { onsCode: 'E08000030', region: 'West Midlands' });
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

interface Case {
  readonly name: string;
  readonly inspections: InspectionSpec[];
  readonly asAt: string;
  readonly area?: string;
  /** Per area: [label, counts best first, not judged]; undefined when the model is. */
  readonly expected?: Array<[string, number[], number]>;
  readonly summary?: string;
}

const cases: Case[] = [
  { name: 'empty data', inspections: [], asAt: '2025-03-31' },
  {
    name: 'a date before any ILACS inspection',
    inspections: [ilacs(barnet, '2019-02-18', { [OVERALL]: 'good' })],
    asAt: '2018-12-31',
  },
  {
    name: 'one inspection',
    inspections: [ilacs(barnet, '2019-02-18', { [OVERALL]: 'good' })],
    asAt: '2019-03-31',
    expected: [['Overall effectiveness', [0, 1, 0, 0], 0]],
    summary:
      'As at 31 March 2019, 1 of 1 local authority (100%) were judged good or outstanding for overall effectiveness at their latest ILACS inspection: 0 outstanding, 1 good, 0 requires improvement to be good and 0 inadequate.',
  },
  {
    name: 'care leavers before 2023 count as not judged, and the range names the areas',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'good', [HELP]: 'requires-improvement', [LEAVERS]: 'not-judged' }),
      ilacs(camden, '2023-06-05', { [OVERALL]: 'outstanding', [HELP]: 'good', [LEAVERS]: 'good' }),
    ],
    asAt: '2025-03-31',
    expected: [
      ['Overall effectiveness', [1, 1, 0, 0], 0],
      ['Help and protection', [0, 1, 1, 0], 0],
      ['Care leavers', [0, 1, 0, 0], 1],
    ],
    summary:
      'As at 31 March 2025, 2 of 2 local authorities (100%) were judged good or outstanding for overall effectiveness at their latest ILACS inspection: 1 outstanding, 1 good, 0 requires improvement to be good and 0 inadequate. ' +
      'Across the 3 judgement areas, the share judged good or better ranged from 50% for children who need help and protection to 100% for overall effectiveness and care leavers. ' +
      'For care leavers, 1 of the 2 authorities had a judgement and 1 did not.',
  },
  {
    name: 'one area chosen: only that area, its not-judged counted in the sentence',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'good', [LEAVERS]: 'not-judged' }),
      ilacs(camden, '2023-06-05', { [OVERALL]: 'outstanding', [LEAVERS]: 'inadequate' }),
    ],
    asAt: '2025-03-31',
    area: LEAVERS,
    expected: [['Care leavers', [0, 0, 0, 1], 1]],
    summary:
      'As at 31 March 2025, 0 of the 1 local authority judged on care leavers (0%) were judged good or outstanding at their latest ILACS inspection: 0 outstanding, 0 good, 0 requires improvement to be good and 1 inadequate. 1 more had no judgement for care leavers.',
  },
  {
    name: 'a chosen area nobody was judged on yet: all not judged',
    inspections: [
      ilacs(barnet, '2019-02-18', { [OVERALL]: 'good' }),
      ilacs(wigan, '2019-03-04', { [OVERALL]: 'inadequate' }),
    ],
    asAt: '2019-03-31',
    area: LEAVERS,
    expected: [['Care leavers', [0, 0, 0, 0], 2]],
    summary:
      'As at 31 March 2019, none of the 2 local authorities inspected under ILACS had a judgement for care leavers.',
  },
  {
    name: 'a ceased authority is left out from the day it ceased',
    inspections: [
      ilacs(bournemouth, '2018-05-14', { [OVERALL]: 'inadequate' }),
      ilacs(wigan, '2018-09-03', { [OVERALL]: 'good' }),
    ],
    asAt: '2019-04-01',
    expected: [['Overall effectiveness', [0, 1, 0, 0], 0]],
  },
  {
    name: 'Walsall’s 2012 summary counts and a focused visit add nothing to England’s ILACS position',
    inspections: [
      {
        authority: walsall,
        date: '2012-06',
        framework: 'slac',
        summaryCounts: { good: 2, adequate: 12, inadequate: 8 },
      },
      { authority: walsall, date: '2024-01-08', framework: 'ilacs-visit', type: 'ILACS Focused Visit' },
      ilacs(walsall, '2021-10-04', { [OVERALL]: 'good' }),
    ],
    asAt: '2025-03-31',
    expected: [['Overall effectiveness', [0, 1, 0, 0], 0]],
  },
];

describe('englandAreas', () => {
  it.each(cases)('$name', ({ inspections, asAt, area, expected, summary }) => {
    const chosen = area === undefined ? undefined : { id: area, label: area };
    const model = englandAreas(dataset(inspections.map(inspection)), date(asAt), chosen);
    if (expected === undefined) {
      expect(model).toBeUndefined();
      return;
    }
    expect(model?.mixes.map((mix) => [mix.label, countsOf(mix.rows), mix.notJudged])).toEqual(expected);
    if (summary !== undefined) expect(model?.summary).toBe(summary);
  });
});

describe('englandAreas on the default data', () => {
  it('matches Ofsted’s published overall effectiveness for 31 March 2025 and leads with it', async () => {
    const { dataset: real } = await loadDefaultDatasetFromDisk();
    const model = englandAreas(real, date('2025-03-31'));
    expect(model?.authorities).toBe(153);
    const overall = model?.mixes.find((mix) => mix.key === OVERALL);
    expect(countsOf(overall?.rows ?? [])).toEqual([36, 67, 31, 19]);
    expect(model?.mixes).toHaveLength(5);
    for (const mix of model?.mixes ?? []) expect(mix.judged + mix.notJudged).toBe(153);
    expect(model?.summary).toMatch(
      /^As at 31 March 2025, 103 of 153 local authorities \(67%\) were judged good or outstanding for overall effectiveness at their latest ILACS inspection: 36 outstanding, 67 good, 31 requires improvement to be good and 19 inadequate\./,
    );
  });
});
