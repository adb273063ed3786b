// The authority view's timeline model: the sentences and the rows the chart draws.
import { describe, expect, it } from 'vitest';
import { authorityTimeline, describeInspection } from '../../../../src/features/authority/authorityTimeline';
import { gradeDistribution } from '../../../../src/analytics';
import { buildDataset, importText } from '../../../../src/import';
import type { Inspection } from '../../../../src/domain';
import { OFSTED_FILES, WALSALL_FILES, readData } from '../../../helpers/realData';

function datasetOf(csv: Record<string, string>) {
  return buildDataset(Object.entries(csv).map(([name, text]) => importText(name, text))).dataset;
}

const tidy = (rows: string[]) =>
  ['authority_name,authority_code,region,inspection_type,inspection_date,judgement_area,grade', ...rows].join('\n');

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
