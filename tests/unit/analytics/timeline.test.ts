import { describe, expect, it } from 'vitest';
import { authorityInspections } from '../../../src/analytics';
import { OVERALL, authority, dataset, inspection } from './build';
import type { InspectionSpec } from './build';

const walsall = authority('Walsall', { onsCode: 'E08000030' });
const dudley = authority('Dudley', { onsCode: 'E08000027' });
/** Older files name the council and carry no code. */
const oldWalsall = authority('Walsall Metropolitan Borough Council');

const judged = (type: string, date: string, who = walsall): InspectionSpec => ({
  authority: who,
  date,
  type,
  judgements: { [OVERALL]: 'good' },
});

interface Case {
  readonly name: string;
  readonly inspections: InspectionSpec[];
  readonly key: string;
  /** [type, has a distribution] oldest first. */
  readonly expected: Array<[string, boolean]>;
}

const cases: Case[] = [
  { name: 'empty dataset', inspections: [], key: 'E08000030', expected: [] },
  {
    name: 'an authority with no inspections',
    inspections: [judged('Dudley 2019', '2019-03-01', dudley)],
    key: 'E08000030',
    expected: [],
  },
  {
    name: 'one inspection',
    inspections: [judged('ILACS', '2021-10-04')],
    key: 'E08000030',
    expected: [['ILACS', true]],
  },
  {
    name: 'out of order, with year-only and month-only dates, other authorities left out',
    inspections: [
      judged('2021-10-04', '2021-10-04'),
      judged('2019-03-01', '2019-03-01'),
      judged('Dudley', '2018-01-01', dudley),
      judged('2019-03', '2019-03'),
      judged('2019', '2019'),
    ],
    key: 'E08000030',
    expected: [
      ['2019', true],
      ['2019-03', true],
      ['2019-03-01', true],
      ['2021-10-04', true],
    ],
  },
  {
    name: 'same date keeps dataset order',
    inspections: [
      judged('second in file', '2020-01-10'),
      judged('earlier', '2019-05-01'),
      judged('third in file', '2020-01-10'),
    ],
    key: 'E08000030',
    expected: [
      ['earlier', true],
      ['second in file', true],
      ['third in file', true],
    ],
  },
  {
    name: 'visits are events without grades',
    inspections: [
      judged('Standard', '2019-02-18'),
      { authority: walsall, date: '2020-11-02', type: 'Focused visit', framework: 'ilacs-visit' },
      { authority: walsall, date: '2021-06', type: 'Monitoring visit', framework: 'ilacs-visit' },
      judged('Short', '2022-05-09'),
    ],
    key: 'E08000030',
    expected: [
      ['Standard', true],
      ['Focused visit', false],
      ['Monitoring visit', false],
      ['Short', true],
    ],
  },
  {
    name: 'name-only records match by normalised name',
    inspections: [judged('SLAC', '2011', oldWalsall), judged('ILACS with code', '2021-10-04')],
    key: 'name:walsall',
    expected: [['SLAC', true]],
  },
];

describe('authorityInspections', () => {
  it.each(cases)('$name', ({ inspections, key, expected }) => {
    const timeline = authorityInspections(dataset(inspections.map(inspection)), key);
    expect(timeline.map((entry) => [entry.inspection.type, entry.distribution !== null])).toEqual(expected);
  });

  it('gives each judged inspection its own distribution and leaves the dataset order alone', () => {
    const inspections = [
      inspection({ authority: walsall, date: '2022-05-09', type: 'later', judgements: { [OVERALL]: 'outstanding' } }),
      inspection({ authority: walsall, date: '2019-02-18', type: 'earlier', judgements: { [OVERALL]: 'inadequate' } }),
    ];
    const timeline = authorityInspections(dataset(inspections), 'E08000030');
    expect(timeline.map((entry) => entry.distribution?.rows.find((row) => row.count === 1)?.grade)).toEqual([
      'inadequate',
      'outstanding',
    ]);
    expect(inspections.map((record) => record.type)).toEqual(['later', 'earlier']);
  });
});
