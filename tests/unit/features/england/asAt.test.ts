// The England view's dates: the default "as at" (Ofsted's 31 March for the data held) and the quick-pick years.
import { describe, expect, it } from 'vitest';
import { defaultAsAt, earliestIlacsDate, latestIlacsDate, quickPickYears } from '../../../../src/features/england/asAt';
import { buildDataset, importText } from '../../../../src/import';
import { formatIso, type PartialDate } from '../../../../src/domain';
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
    ['the next year for an inspection known only to the month of June', '2024-06', day(2025, 3, 31)],
    ['the next year for an inspection known only to the year', '2024', day(2025, 3, 31)],
  ])('is %s', (_name, date, expected) => {
    const dataset = datasetOf({ 'a.csv': tidy([`Barnet,E09000003,London,ILACS Standard Inspection,${date},Overall effectiveness,Good`]) });
    expect(defaultAsAt(dataset)).toEqual(expected);
  });

  it('ignores later visits and earlier frameworks: only ILACS inspections set it', () => {
    const dataset = datasetOf({
      'a.csv': tidy([
        'Barnet,E09000003,London,ILACS Standard Inspection,2022-10-04,Overall effectiveness,Good',
        'Barnet,E09000003,London,ILACS Focused Visit,2024-06-01,Overall effectiveness,',
      ]),
    });
    expect(defaultAsAt(dataset)).toEqual(day(2023, 3, 31));
  });

  it('is undefined without any ILACS inspection', () => {
    const dataset = datasetOf({ 'a.csv': tidy(['Walsall,E08000030,West Midlands,Joint inspection,2008,Overall,Good']) });
    expect(defaultAsAt(dataset)).toBeUndefined();
    expect(latestIlacsDate(dataset)).toBeUndefined();
    expect(earliestIlacsDate(dataset)).toBeUndefined();
  });

  it('is 31 March 2025 on Ofsted’s history, whose first ILACS inspection was in January 2018', () => {
    const dataset = datasetOf({ history: readData(OFSTED_FILES[0]) });
    expect(defaultAsAt(dataset)).toEqual(day(2025, 3, 31));
    expect(formatIso(earliestIlacsDate(dataset)!)).toBe('2018-01-29');
  });
});

describe('quickPickYears', () => {
  it.each([
    ['2019 to the default year', day(2025, 3, 31), [2019, 2020, 2021, 2022, 2023, 2024, 2025]],
    ['just the default year when it is 2019', day(2019, 3, 31), [2019]],
    ['the default year even when it is before 2019', day(2018, 3, 31), [2018]],
  ])('offers %s', (_name, defaultDate, expected) => {
    expect(quickPickYears(defaultDate)).toEqual(expected);
  });
});
