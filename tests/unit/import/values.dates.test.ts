// parseDate: every form councils and Ofsted write dates in, and the ones it must refuse with a useful message.
import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../src/domain/partialDate';
import { parseDate } from '../../../src/import/values';

const day = (year: number, month: number, dayOfMonth: number): PartialDate => ({
  precision: 'day',
  year,
  month,
  day: dayOfMonth,
});
const month = (year: number, monthOfYear: number): PartialDate => ({ precision: 'month', year, month: monthOfYear });
const year = (value: number): PartialDate => ({ precision: 'year', year: value });

describe('parseDate reads', () => {
  it.each<[string, PartialDate]>([
    ['2021-10-04', day(2021, 10, 4)],
    ['2021/10/04', day(2021, 10, 4)],
    ['04-Oct-2021', day(2021, 10, 4)],
    ['4-October-2021', day(2021, 10, 4)],
    ['2021-1-4', day(2021, 1, 4)],
    ['  2021-10-04  ', day(2021, 10, 4)],
    ['2021-10-04T00:00:00', day(2021, 10, 4)],
    ['2021-10-04T09:30:00.000Z', day(2021, 10, 4)],
    ['2021-10-04 00:00:00', day(2021, 10, 4)],
    ['04/10/2021', day(2021, 10, 4)],
    ['4/10/2021', day(2021, 10, 4)],
    ['04.10.2021', day(2021, 10, 4)],
    ['04-10-2021', day(2021, 10, 4)],
    ['18/02/2019', day(2019, 2, 18)],
    ['29/02/2020', day(2020, 2, 29)],
    ['12/11/2012', day(2012, 11, 12)],
    ['4 October 2021', day(2021, 10, 4)],
    ['4 october 2021', day(2021, 10, 4)],
    ['4th October 2021', day(2021, 10, 4)],
    ['1st Oct 2021', day(2021, 10, 1)],
    ['22nd Nov 2021', day(2021, 11, 22)],
    ['3rd Sept 2018', day(2018, 9, 3)],
    ['4 October, 2021', day(2021, 10, 4)],
    ['31 December 2099', day(2099, 12, 31)],
    ['2012-06', month(2012, 6)],
    ['2012-6', month(2012, 6)],
    ['2011-12', month(2011, 12)],
    ['June 2012', month(2012, 6)],
    ['june 2012', month(2012, 6)],
    ['JUNE 2012', month(2012, 6)],
    ['Jun 2012', month(2012, 6)],
    ['Sept 2021', month(2021, 9)],
    ['Sep. 2021', month(2021, 9)],
    ['March, 2024', month(2024, 3)],
    ['2008', year(2008)],
    [' 1990 ', year(1990)],
  ])('%j as %j', (text, expected) => {
    expect(parseDate(text)).toEqual({ ok: true, value: expected });
  });
});

describe('parseDate refuses, saying what is wrong and how to write a date', () => {
  it.each<[string, RegExp]>([
    ['', /missing/],
    ['   ', /missing/],
    ['31/02/2021', /does not exist/],
    ['29/02/2021', /does not exist/],
    ['31/04/2022', /does not exist/],
    ['00/10/2021', /does not exist/],
    ['2021-02-30', /does not exist/],
    ['32 October 2021', /does not exist/],
    ['10/13/2021', /month\/day order \(as in the US\)/],
    ['12/31/2021', /month\/day order/],
    ['13/13/2021', /no month 13/],
    ['2021-13-01', /no month 13/],
    ['2021-13', /no month 13/],
    ['2021-00', /no month 0/],
    ['2023-24', /financial year \(2023-24\).*2024-03/],
    ['2012-13', /financial year/],
    ['04/10/21', /year in full \(2021 or 1921\)/],
    ['4 Octobre 2021', /'Octobre' is not a month/],
    ['Smarch 2021', /'Smarch' is not a month/],
    ['1899', /year 1899 is not plausible/],
    ['1066-10-14', /year 1066 is not plausible/],
    ['2101', /not plausible/],
    ['October 4, 2021', /not a date we can read/],
    ['44473', /not a date we can read/],
    ['next week', /not a date we can read/],
    ['Q3 2021', /not a date we can read/],
    ['2021-10-04 to 2021-10-15', /not a date we can read/],
  ])('%j', (text, why) => {
    const parsed = parseDate(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(why);
    expect(parsed.message).toMatch(/Write dates as 2021-10-04, 04\/10\/2021 or 4 October 2021/);
  });
});
