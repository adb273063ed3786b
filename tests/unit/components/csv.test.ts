// CSV for spreadsheets: a BOM for Excel, quoting that survives a round trip, and no cell that runs as a formula.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../../src/components/csv';

/** Read back by papaparse, a parser independent of the writer. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Report")', `'=HYPERLINK("http://evil.example","Report")`],
    ['+44 1922 650000', "'+44 1922 650000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('%j is prefixed with an apostrophe', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each([
    'Walsall',
    'Requires improvement to be good',
    ' =1+1',
    'E08000030',
    '',
    "'already quoted",
    '£1.2m',
    '“Good” – first time',
  ])('%j is left alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row, the last included, with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it.each<[string, string, string]>([
    ['a comma', 'North East, Yorkshire and the Humber', '"North East, Yorkshire and the Humber"'],
    ['a double quote', 'Panel said "strong"', '"Panel said ""strong"""'],
    ['a line break', 'corporate parenting\nfollow-up in March', '"corporate parenting\nfollow-up in March"'],
    ['a carriage return inside', 'a\rb', '"a\rb"'],
    ['nothing special', 'Walsall', 'Walsall'],
  ])('quotes a cell holding %s only when it must', (_name, cell, written) => {
    expect(toCsv([[cell]])).toBe(`\uFEFF${written}\r\n`);
  });

  it.each<[string, string, string]>([
    [
      'a HYPERLINK formula',
      '=HYPERLINK("http://evil.example/x","Click")',
      `'=HYPERLINK("http://evil.example/x","Click")`,
    ],
    ['a DDE payload', "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['a leading plus', '+1+1', "'+1+1"],
    ['a leading minus', '-1+1', "'-1+1"],
    ['a leading at sign', '@SUM(1,2)', "'@SUM(1,2)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a leading carriage return', '\r=1', "'\r=1"],
  ])('writes %s as text a spreadsheet will not run', (_name, cell, readAs) => {
    expect(readBack(toCsv([['heading'], [cell]]))[1]).toEqual([readAs]);
  });

  it('writes numbers, negative ones included, as numbers', () => {
    expect(toCsv([[14, -8, 0, 2.5]])).toBe('\uFEFF14,-8,0,2.5\r\n');
  });

  it('round-trips a realistic table cell for cell', () => {
    const rows = [
      ['Local authority', 'Region', 'Note'],
      ['Barnsley', 'North East, Yorkshire and the Humber', '“Good” – £1.2m invested'],
      ['Walsall', 'West Midlands', 'Front door "not consistently timely",\nsee p.4'],
    ];
    expect(readBack(toCsv(rows))).toEqual(rows);
  });

  it('writes no rows as a BOM and a line end, not as nothing', () => {
    expect(toCsv([])).toBe('\uFEFF\r\n');
  });
});
