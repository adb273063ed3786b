import { describe, expect, it } from 'vitest';
import { latestAsAt } from '../../../src/analytics';
import type { LatestAsAtOptions } from '../../../src/analytics';
import type { Authority } from '../../../src/domain';
import { OVERALL, authority, dataset, date, inspection } from './build';
import type { InspectionSpec, OutcomeSpec } from './build';

const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });
const camden = authority('Camden', { onsCode: 'E09000007', region: 'London' });
const bournemouth = authority('Bournemouth', {
  onsCode: 'E06000028',
  noLongerExists: true,
  ceasedOn: date('2019-04-01'),
});
const cumbria = authority('Cumbria', { onsCode: 'E10000006', noLongerExists: true, ceasedOn: date('2023-04') });
const northamptonshire = authority('Northamptonshire', { onsCode: 'E10000021', noLongerExists: true });

const judged = (who: Authority, type: string, when: string, grade: OutcomeSpec = 'good'): InspectionSpec => ({
  authority: who,
  type,
  date: when,
  judgements: { [OVERALL]: grade },
});

interface Case {
  readonly name: string;
  readonly inspections: InspectionSpec[];
  readonly asAt: string;
  readonly options?: LatestAsAtOptions;
  /** The chosen inspections' types, in authority order. */
  readonly expected: string[];
}

const cases: Case[] = [
  { name: 'empty dataset', inspections: [], asAt: '2025-03-31', expected: [] },
  {
    name: 'one inspection on the day',
    inspections: [judged(barnet, 'Barnet 2024', '2025-03-31')],
    asAt: '2025-03-31',
    expected: ['Barnet 2024'],
  },
  {
    name: 'one inspection the day after',
    inspections: [judged(barnet, 'Barnet 2025', '2025-04-01')],
    asAt: '2025-03-31',
    expected: [],
  },
  {
    name: 'the latest on or before the date, per authority',
    inspections: [
      judged(barnet, 'Barnet 2019', '2019-02-18'),
      judged(camden, 'Camden 2021', '2021-05-10'),
      judged(barnet, 'Barnet 2023', '2023-07-10'),
      judged(barnet, 'Barnet 2025', '2025-06-02'),
    ],
    asAt: '2025-03-31',
    expected: ['Barnet 2023', 'Camden 2021'],
  },
  {
    name: 'a month-only date has not ended by mid-month',
    inspections: [judged(barnet, 'Barnet 2023', '2023-07-10'), judged(barnet, 'Barnet March 2025', '2025-03')],
    asAt: '2025-03-15',
    expected: ['Barnet 2023'],
  },
  {
    name: 'a month-only date has ended by the last day of the month',
    inspections: [judged(barnet, 'Barnet 2023', '2023-07-10'), judged(barnet, 'Barnet March 2025', '2025-03')],
    asAt: '2025-03-31',
    expected: ['Barnet March 2025'],
  },
  {
    name: 'a year-only date has not ended on 30 December',
    inspections: [judged(barnet, 'Barnet 2023', '2023-07-10'), judged(barnet, 'Barnet 2024', '2024')],
    asAt: '2024-12-30',
    expected: ['Barnet 2023'],
  },
  {
    name: 'a month-only as-at date means the end of that month',
    inspections: [judged(barnet, 'Barnet 31 March', '2025-03-31'), judged(barnet, 'Barnet 1 April', '2025-04-01')],
    asAt: '2025-03',
    expected: ['Barnet 31 March'],
  },
  {
    name: 'a year-only as-at date means the end of that year',
    inspections: [judged(barnet, 'Barnet 2024', '2024'), judged(barnet, 'Barnet 2025', '2025-01-01')],
    asAt: '2024',
    expected: ['Barnet 2024'],
  },
  {
    name: 'on the same date the later record in the dataset wins',
    inspections: [
      judged(barnet, 'first record', '2023-07-10'),
      judged(barnet, 'second record', '2023-07-10'),
      judged(barnet, 'older', '2019-02-18'),
    ],
    asAt: '2025-03-31',
    expected: ['second record'],
  },
  {
    name: 'a year-only date sorts before a full date in the same year',
    inspections: [judged(barnet, 'full date', '2023-07-10'), judged(barnet, 'year only', '2023')],
    asAt: '2025-03-31',
    expected: ['full date'],
  },
  {
    name: 'visits never replace an inspection',
    inspections: [
      judged(barnet, 'Standard', '2023-07-10'),
      { authority: barnet, type: 'Focused visit', date: '2024-11-04', framework: 'ilacs-visit' },
    ],
    asAt: '2025-03-31',
    expected: ['Standard'],
  },
  {
    name: 'an inspection with no graded judgement keeps the earlier judgements',
    inspections: [
      judged(barnet, 'graded', '2023-07-10'),
      judged(barnet, 'not yet published', '2025-03-03', 'not-judged'),
    ],
    asAt: '2025-03-31',
    expected: ['graded'],
  },
  {
    name: 'summary counts make an inspection judged',
    inspections: [
      judged(barnet, 'graded', '2023-07-10'),
      { authority: barnet, type: 'totals', date: '2024', summaryCounts: { good: 5 } },
    ],
    asAt: '2025-03-31',
    expected: ['totals'],
  },
  {
    name: 'ILACS by default: single-inspection-framework records are not chosen',
    inspections: [
      judged(barnet, 'SIF', '2016-01-11'),
      { ...judged(camden, 'Camden SIF', '2017-01-09'), framework: 'sif' },
    ],
    asAt: '2025-03-31',
    expected: ['SIF'],
  },
  {
    name: 'another framework on request',
    inspections: [{ ...judged(barnet, 'SIF', '2016-01-11'), framework: 'sif' }, judged(barnet, 'ILACS', '2019-02-18')],
    asAt: '2025-03-31',
    options: { framework: 'sif' },
    expected: ['SIF'],
  },
  {
    name: 'visits make no judgements, so asking for them gives nobody',
    inspections: [
      {
        authority: barnet,
        type: 'Focused visit',
        date: '2024-11-04',
        framework: 'ilacs-visit',
        judgements: { [OVERALL]: 'good' },
      },
    ],
    asAt: '2025-03-31',
    options: { framework: 'ilacs-visit' },
    expected: [],
  },
  {
    name: 'a ceased authority is kept the day before it ceased',
    inspections: [judged(bournemouth, 'Bournemouth', '2018-07-16')],
    asAt: '2019-03-31',
    expected: ['Bournemouth'],
  },
  {
    name: 'a ceased authority drops out on the day it ceased',
    inspections: [judged(bournemouth, 'Bournemouth', '2018-07-16'), judged(barnet, 'Barnet', '2018-01-01')],
    asAt: '2019-04-01',
    expected: ['Barnet'],
  },
  {
    name: 'a month-only cessation has not happened by mid-month',
    inspections: [judged(cumbria, 'Cumbria', '2022-09-20')],
    asAt: '2023-04-15',
    expected: ['Cumbria'],
  },
  {
    name: 'a month-only cessation has happened by the end of the month',
    inspections: [judged(cumbria, 'Cumbria', '2022-09-20')],
    asAt: '2023-04-30',
    expected: [],
  },
  {
    name: 'flagged as no longer existing but with no date: kept',
    inspections: [judged(northamptonshire, 'Northamptonshire', '2019-06-17')],
    asAt: '2025-03-31',
    expected: ['Northamptonshire'],
  },
];

describe('latestAsAt', () => {
  it.each(cases)('$name', ({ inspections, asAt, options, expected }) => {
    const latest = latestAsAt(dataset(inspections.map(inspection)), date(asAt), options);
    expect(latest.entries.map((entry) => entry.inspection.type)).toEqual(expected);
    expect(latest.framework).toBe(options?.framework ?? 'ilacs');
  });

  it('lists authorities in the dataset order, then any known only from inspections, keyed by authorityKey', () => {
    const unlisted = authority('Sutton', { onsCode: 'E09000029' });
    const records = [
      judged(unlisted, 'Sutton', '2022-01-10'),
      judged(barnet, 'Barnet', '2023-07-10'),
      judged(camden, 'Camden', '2021-05-10'),
    ];
    const base = dataset(records.map(inspection), { authorities: [camden, barnet] });
    const withoutSutton = {
      ...base,
      authorities: new Map([...base.authorities].filter(([key]) => key !== 'E09000029')),
    };
    const latest = latestAsAt(withoutSutton, date('2025-03-31'));
    expect(latest.entries.map((entry) => [entry.key, entry.authority.name])).toEqual([
      ['E09000007', 'Camden'],
      ['E09000003', 'Barnet'],
      ['E09000029', 'Sutton'],
    ]);
  });

  it('takes the authority record, region and cessation from the dataset rather than the inspection', () => {
    const merged = authority('Bournemouth', {
      onsCode: 'E06000028',
      region: 'South West',
      ceasedOn: date('2019-04-01'),
    });
    const asImported = authority('Bournemouth', { onsCode: 'E06000028' });
    const records = dataset([inspection(judged(asImported, 'Bournemouth', '2018-07-16'))], { authorities: [merged] });
    expect(latestAsAt(records, date('2019-03-31')).entries.map((entry) => entry.authority.region)).toEqual([
      'South West',
    ]);
    expect(latestAsAt(records, date('2019-04-01')).entries).toEqual([]);
  });
});
