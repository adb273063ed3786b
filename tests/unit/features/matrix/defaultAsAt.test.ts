// The matrix's default "as at" date and its 31 March quick picks, from the ILACS inspections held.
import { describe, expect, it } from 'vitest';
import { defaultMatrixAsAt, marchYears } from '../../../../src/features/matrix/defaultAsAt';
import type { PartialDate } from '../../../../src/domain';
import { authority, dataset, inspection } from '../../analytics/build';

const march31 = (year: number): PartialDate => ({ precision: 'day', year, month: 3, day: 31 });
const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });

describe('defaultMatrixAsAt', () => {
  it.each([
    ['the 31 March after an autumn inspection', [{ date: '2024-10-04' }], march31(2025)],
    ['the same year for a March inspection', [{ date: '2025-03-24' }], march31(2025)],
    ['31 March itself', [{ date: '2025-03-31' }], march31(2025)],
    ['the next year from 1 April', [{ date: '2025-04-01' }], march31(2026)],
    ['the latest date, whatever order the records are in', [{ date: '2024-10-04' }, { date: '2019-01-01' }], march31(2025)],
    ['the next March for a month-only date after March', [{ date: '2023-06' }], march31(2024)],
    ['the next March for a year-only date, which could be any month', [{ date: '2022' }], march31(2023)],
    ['set by ILACS inspections only, not later visits or older frameworks', [{ date: '2021-05-01' }, { date: '2024-09-01', framework: 'ilacs-visit' as const }], march31(2022)],
    ['undefined without any ILACS inspection', [{ date: '2012-06', framework: 'slac' as const }], undefined],
    ['undefined for an empty dataset', [], undefined],
  ])('is %s', (_name, specs, expected) => {
    const held = dataset(specs.map((spec) => inspection({ authority: barnet, judgements: { 'overall-effectiveness': 'good' }, ...spec })));
    expect(defaultMatrixAsAt(held)).toEqual(expected);
  });
});

describe('marchYears', () => {
  it.each([
    ['every year from the first ILACS inspection to the default date', ['2018-01-29', '2025-03-24'], [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]],
    ['one year when all inspections fall before the same 31 March', ['2021-01-10', '2021-02-10'], [2021]],
    ['the next year too when the only inspection is after March', ['2021-05-10'], [2021, 2022]],
    ['nothing without ILACS inspections', [], []],
  ])('is %s', (_name, dates, expected) => {
    const held = dataset(dates.map((date) => inspection({ authority: barnet, date, judgements: { 'overall-effectiveness': 'good' } })));
    expect(marchYears(held)).toEqual(expected);
  });
});
