// The England view's view model: the default as-at date and England's overall grades as a sentence.
import { describe, expect, it } from 'vitest';
import { defaultAsAt, englandOverall } from '../../../../src/features/england/englandOverall';
import { buildDataset, importText } from '../../../../src/import';
import type { PartialDate } from '../../../../src/domain';
import { OFSTED_FILES, readData } from '../../../helpers/realData';

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
