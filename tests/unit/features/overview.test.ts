// The first view's view models: the default date, the sentences, and the rows the charts draw.
import { describe, expect, it } from 'vitest';
import { authorityTimeline, describeInspection } from '../../../src/features/overview/authorityTimeline';
import { defaultAsAt, englandOverall, joinList } from '../../../src/features/overview/englandOverall';
import { gradeDistribution } from '../../../src/analytics';
import { buildDataset, importText } from '../../../src/import';
import type { Inspection, PartialDate } from '../../../src/domain';
import { OFSTED_FILES, WALSALL_FILES, readData } from '../../helpers/realData';

const day = (year: number, month: number, d: number): PartialDate => ({ precision: 'day', year, month, day: d });

function datasetOf(csv: Record<string, string>) {
  return buildDataset(Object.entries(csv).map(([name, text]) => importText(name, text))).dataset;
}

const tidy = (rows: string[]) =>
  ['authority_name,authority_code,region,inspection_type,inspection_date,judgement_area,grade', ...rows].join('\n');

describe('defaultAsAt', () => {
  it.each([
    ['the 31 March after a late-year inspection', '2024-10-04', day(2025, 3, 31)],
    ['the same year for an inspection in January to March', '2025-03-10', day(2025, 3, 31)],
    ['31 March itself', '2025-03-31', day(2025, 3, 31)],
    ['the next year from 1 April', '2025-04-01', day(2026, 3, 31)],
  ])('is %s', (_name, date, expected) => {
    const dataset = datasetOf({ 'a.csv': tidy([`Barnet,E09000003,London,ILACS Standard Inspection,${date},Overall effectiveness,Good`]) });
    expect(defaultAsAt(dataset)).toEqual(expected);
  });

  it('is undefined without any ILACS inspection', () => {
    const dataset = datasetOf({ 'a.csv': tidy(['Walsall,E08000030,West Midlands,Joint inspection,2008,Overall,Good']) });
    expect(defaultAsAt(dataset)).toBeUndefined();
  });
});

describe('englandOverall on the real history', () => {
  const dataset = datasetOf({ history: readData(OFSTED_FILES[0]) });

  it('counts each authority once at its latest inspection, as Ofsted published for 31 March 2025', () => {
    const model = englandOverall(dataset, day(2025, 3, 31));
    expect(model?.rows.map((row) => row.count)).toEqual([36, 67, 31, 19]);
    expect(model?.authorities).toBe(153);
    expect(model?.summary).toBe(
      'As at 31 March 2025, 103 of 153 local authorities (67%) were judged good or outstanding for overall effectiveness at their latest ILACS inspection: 36 outstanding, 67 good, 31 requires improvement to be good and 19 inadequate.',
    );
  });

  it('is undefined before the first ILACS inspection', () => {
    expect(englandOverall(dataset, day(2017, 12, 31))).toBeUndefined();
  });
});

describe('describeInspection', () => {
  const inspection = (csvRows: string[]): Inspection => {
    const dataset = datasetOf({ 'a.csv': tidy(csvRows) });
    return dataset.inspections[0]!;
  };

  it.each([
    [
      'one judgement',
      ['Walsall,E08000030,West Midlands,Joint inspection,2008,Overall,Good'],
      'Walsall’s inspection of 2008 made 1 judgement: 1 good (100%).',
    ],
    [
      'worst grade first with its share, and areas not judged',
      [
        'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,Overall effectiveness,Good',
        'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,Impact of leaders,Good',
        'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,Children who need help and protection,Requires improvement to be good',
        'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,Care leavers,',
      ],
      'Walsall’s inspection of 4 October 2021 made 3 judgements: 1 requires improvement to be good (33%) and 2 good. 1 area was not judged.',
    ],
  ])('%s', (_name, rows, expected) => {
    const subject = inspection(rows);
    expect(describeInspection('Walsall', subject, gradeDistribution(subject))).toBe(expected);
  });
});

describe('authorityTimeline on the default Walsall files', () => {
  const dataset = datasetOf(Object.fromEntries([...WALSALL_FILES, OFSTED_FILES[0]].map((file) => [file, readData(file)])));

  it('orders inspections from 2008 to 2021 with shares that add up to one', () => {
    const timeline = authorityTimeline(dataset, 'E08000030');
    expect(timeline?.rows.map((row) => row.label)).toEqual([
      '2008: Joint inspection',
      'June 2012: Inspection of safeguarding and looked after children services',
      '4 October 2021: ILACS Standard Inspection',
    ]);
    for (const row of timeline?.rows ?? []) {
      expect(Object.values(row.shares).reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 10);
    }
    expect(timeline?.rows[1]?.counts).toEqual({ outstanding: 0, good: 2, adequate: 12, 'requires-improvement': 0, inadequate: 8 });
    expect(timeline?.grades).toEqual(['good', 'adequate', 'requires-improvement', 'inadequate']);
    expect(timeline?.measureSentences).toEqual(["June 2012: Children responding to Ofsted's survey who said they felt safe, 94%."]);
  });

  it('is undefined for an authority the dataset does not hold', () => {
    expect(authorityTimeline(dataset, 'E99999999')).toBeUndefined();
  });
});

describe('joinList', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j → %s', (items, expected) => expect(joinList(items)).toBe(expected));
});
