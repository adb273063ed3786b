// The "as at" dates every view offers: the ILACS inspections held, the default 31 March after the latest, and the quick picks.
import { describe, expect, it } from 'vitest';
import {
  defaultAsAt,
  earliestIlacsDate,
  latestIlacsDate,
  marchOnOrAfter,
  quickPickYears,
} from '../../../src/analytics';
import { buildDataset, importText } from '../../../src/import';
import { formatIso, type PartialDate } from '../../../src/domain';
import { OFSTED_FILES, readData } from '../../helpers/realData';
import { records } from '../features/compare/fixtures';
import { authority, dataset, date, inspection } from './build';

const march31 = (year: number): PartialDate => ({ precision: 'day', year, month: 3, day: 31 });
const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });
const walsall = authority('Walsall', { onsCode: 'E08000030', region: 'West Midlands' });

function datasetOf(csv: Record<string, string>) {
  return buildDataset(Object.entries(csv).map(([name, text]) => importText(name, text))).dataset;
}

const tidy = (rows: string[]) =>
  ['authority_name,authority_code,region,inspection_type,inspection_date,judgement_area,grade', ...rows].join('\n');

/** Barnet judged on overall effectiveness at each date (ILACS unless the spec says otherwise). */
const held = (specs: readonly { date: string; framework?: 'ilacs' | 'ilacs-visit' | 'slac' }[]) =>
  dataset(
    specs.map((spec) => inspection({ authority: barnet, judgements: { 'overall-effectiveness': 'good' }, ...spec })),
  );

const ilacsOn = (...dates: string[]) => held(dates.map((when) => ({ date: when })));

describe('latestIlacsDate and earliestIlacsDate', () => {
  it('are undefined without any ILACS inspection', () => {
    const old = datasetOf({ 'a.csv': tidy(['Walsall,E08000030,West Midlands,Joint inspection,2008,Overall,Good']) });
    expect(latestIlacsDate(old)).toBeUndefined();
    expect(earliestIlacsDate(old)).toBeUndefined();
  });

  it('go by date, not by the order the records are in', () => {
    const shuffled = ilacsOn('2021-05-01', '2024-10-04', '2019-01-01', '2022-06');
    expect(formatIso(latestIlacsDate(shuffled)!)).toBe('2024-10-04');
    expect(formatIso(earliestIlacsDate(shuffled)!)).toBe('2019-01-01');
  });

  it('find January 2018, the first ILACS inspection, in Ofsted’s history', () => {
    const history = datasetOf({ history: readData(OFSTED_FILES[0]) });
    expect(formatIso(earliestIlacsDate(history)!)).toBe('2018-01-29');
  });
});

describe('marchOnOrAfter', () => {
  it.each([
    ['2024-10-04', '2025-03-31'],
    ['2025-03-10', '2025-03-31'],
    ['2025-03-31', '2025-03-31'],
    ['2025-04-01', '2026-03-31'],
    ['2025-03', '2025-03-31'],
    ['2025-04', '2026-03-31'],
    ['2008', '2009-03-31'],
  ])('%s → %s', (given, expected) => {
    expect(marchOnOrAfter(date(given))).toEqual(date(expected));
  });
});

describe('defaultAsAt', () => {
  it.each([
    ['the 31 March after a late-year inspection', '2024-10-04', march31(2025)],
    ['the same year for an inspection in January to March', '2025-03-10', march31(2025)],
    ['31 March itself', '2025-03-31', march31(2025)],
    ['the next year from 1 April', '2025-04-01', march31(2026)],
    ['the next year for an inspection known only to the month of June', '2024-06', march31(2025)],
    ['the next year for an inspection known only to the year', '2024', march31(2025)],
  ])('is %s (an imported file)', (_name, when, expected) => {
    const imported = datasetOf({
      'a.csv': tidy([`Barnet,E09000003,London,ILACS Standard Inspection,${when},Overall effectiveness,Good`]),
    });
    expect(defaultAsAt(imported)).toEqual(expected);
  });

  it.each([
    ['the 31 March after an autumn inspection', [{ date: '2024-10-04' }], march31(2025)],
    ['the same year for a March inspection', [{ date: '2025-03-24' }], march31(2025)],
    ['31 March itself', [{ date: '2025-03-31' }], march31(2025)],
    ['the next year from 1 April', [{ date: '2025-04-01' }], march31(2026)],
    [
      'the latest date, whatever order the records are in',
      [{ date: '2024-10-04' }, { date: '2019-01-01' }],
      march31(2025),
    ],
    ['the next March for a month-only date after March', [{ date: '2023-06' }], march31(2024)],
    ['the next March for a year-only date, which could be any month', [{ date: '2022' }], march31(2023)],
    [
      'set by ILACS inspections only, not later visits or older frameworks',
      [{ date: '2021-05-01' }, { date: '2024-09-01', framework: 'ilacs-visit' as const }],
      march31(2022),
    ],
    ['undefined without any ILACS inspection', [{ date: '2012-06', framework: 'slac' as const }], undefined],
    ['undefined for an empty dataset', [], undefined],
  ])('is %s', (_name, specs, expected) => {
    expect(defaultAsAt(held(specs))).toEqual(expected);
  });

  it('ignores later visits and earlier frameworks: only ILACS inspections set it (an imported file)', () => {
    const imported = datasetOf({
      'a.csv': tidy([
        'Barnet,E09000003,London,ILACS Standard Inspection,2022-10-04,Overall effectiveness,Good',
        'Barnet,E09000003,London,ILACS Focused Visit,2024-06-01,Overall effectiveness,',
      ]),
    });
    expect(defaultAsAt(imported)).toEqual(march31(2023));
  });

  it('is undefined without any ILACS inspection (an imported file)', () => {
    const old = datasetOf({ 'a.csv': tidy(['Walsall,E08000030,West Midlands,Joint inspection,2008,Overall,Good']) });
    expect(defaultAsAt(old)).toBeUndefined();
  });

  it('is 31 March 2025 on Ofsted’s history, whose first ILACS inspection was in January 2018', () => {
    const history = datasetOf({ history: readData(OFSTED_FILES[0]) });
    expect(defaultAsAt(history)).toEqual(march31(2025));
  });
});

describe('defaultAsAt and quickPickYears together', () => {
  it.each([
    [
      'the Compare tests’ data (latest ILACS inspection May 2025)',
      records,
      '2026-03-31',
      [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
    ],
    [
      'one inspection',
      dataset([
        inspection({ authority: walsall, date: '2021-10-04', judgements: { 'overall-effectiveness': 'good' } }),
      ]),
      '2022-03-31',
      [2022],
    ],
    [
      'visits only after the last judged inspection',
      dataset([
        inspection({ authority: walsall, date: '2021-10-04', judgements: { 'overall-effectiveness': 'good' } }),
        inspection({ authority: walsall, date: '2024-05-20', framework: 'ilacs-visit' }),
      ]),
      '2022-03-31',
      [2022],
    ],
  ])('%s', (_name, data, expectedDefault, expectedYears) => {
    expect(defaultAsAt(data)).toEqual(date(expectedDefault));
    expect(quickPickYears(data)).toEqual(expectedYears);
  });

  it.each([
    [
      'no ILACS inspection at all',
      dataset([inspection({ authority: walsall, date: '2012-06', framework: 'slac', summaryCounts: { good: 2 } })]),
    ],
    ['empty data', dataset([])],
  ])('%s: no default and no quick picks (a view says so or chooses its own fallback)', (_name, data) => {
    expect(defaultAsAt(data)).toBeUndefined();
    expect(quickPickYears(data)).toEqual([]);
  });
});

describe('quickPickYears', () => {
  it.each([
    [
      'every year from the first ILACS inspection to the default date',
      ['2018-01-29', '2025-03-24'],
      [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
    ],
    ['one year when all inspections fall before the same 31 March', ['2021-01-10', '2021-02-10'], [2021]],
    // No 31 March 2021 pick: nobody had an ILACS inspection by then, so it could only show an empty view.
    ['the next year, not the inspection’s own, when the only inspection is after March', ['2021-05-10'], [2022]],
    [
      'the 31 March after the earliest inspection, whatever order the records are in',
      ['2024-10-04', '2019-06-01'],
      [2020, 2021, 2022, 2023, 2024, 2025],
    ],
    ['nothing without ILACS inspections', [], []],
  ])('is %s', (_name, dates, expected) => {
    expect(quickPickYears(ilacsOn(...dates))).toEqual(expected);
  });

  it.each([
    ['2019 to the default year', ['2018-01-29', '2024-10-04'], [2019, 2020, 2021, 2022, 2023, 2024, 2025]],
    ['just the default year when it is 2019', ['2018-01-29', '2019-02-01'], [2019]],
    ['the default year even when it is before 2019', ['2018-01-29'], [2018]],
  ])('from 2019 at the earliest, offers %s', (_name, dates, expected) => {
    expect(quickPickYears(ilacsOn(...dates), { notBefore: 2019 })).toEqual(expected);
  });
});
