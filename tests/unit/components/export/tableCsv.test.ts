// A figure's table as CSV: BOM for Excel, formula cells neutralised, and the file reads back through our own importer unchanged.
import { describe, expect, it } from 'vitest';
import { cellValue, tableToCsv } from '../../../../src/components/export/tableCsv';
import { importText } from '../../../../src/import';
import { decodeBytes } from '../../../../src/import/decode';
import { parseRows } from '../../../../src/import/parseRows';

/** As the app reads a file a user brings in: bytes → text → rows. */
function reimport(csv: string): string[][] {
  const decoded = decodeBytes(new TextEncoder().encode(csv));
  if (!decoded.ok) throw new Error('did not decode');
  expect(decoded.encoding).toBe('utf-8-bom');
  const parsed = parseRows(decoded.text);
  expect(parsed.problems).toEqual([]);
  return parsed.rows;
}

describe('tableToCsv', () => {
  const table = [
    ['Inspection or visit', 'Judgements', 'Good', 'Good or better', 'Change'],
    ['June 2012: Inspection of safeguarding, looked after children', '22', '2', '9%', '-3'],
    ['4 October 2021: ILACS Standard Inspection', '4', '3', '75%', '0'],
    ['=HYPERLINK("http://evil.example")', '+1', '@SUM(A1)', '\tx', '\rY'],
    ['Budget £1.2m – “Good”', 'Bürger', '0012', '1e5', '–'],
  ];

  it('starts with a BOM and reads back through our importer to the same figures', () => {
    const csv = tableToCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = reimport(csv);
    expect(rows[0]).toEqual(table[0]);
    expect(rows[1]).toEqual(table[1]);
    expect(rows[2]).toEqual(table[2]);
    expect(rows[4]).toEqual(table[4]);
  });

  it('prefixes every text cell a spreadsheet would run as a formula', () => {
    const rows = reimport(tableToCsv(table));
    expect(rows[3]).toEqual([`'=HYPERLINK("http://evil.example")`, "'+1", "'@SUM(A1)", "'\tx", "'\rY"]);
  });

  it('prefixes the names of bodies kept as their own, as a figure’s table lists them', () => {
    const names = ['=HYPERLINK("http://evil.example/x","Report")', '+SUM(1+1)', '-2+3 Academy', '@cmd'];
    const body = names.map((name) => `"${name.replace(/"/g, '""')}",2021-10-04,Overall effectiveness,Good`);
    const result = importText('kept.csv', ['authority_name,inspection_date,judgement_area,grade', ...body].join('\n'), 'utf-8', { keepUnknownAuthorities: true });
    const kept = result.ok ? result.inspections.map((inspection) => inspection.authority.name) : [];
    expect(kept).toEqual(names);
    const rows = reimport(tableToCsv([['Authority', 'Overall effectiveness'], ...kept.map((name) => [name, 'Good'])]));
    expect(rows.slice(1).map((row) => row[0])).toEqual(names.map((name) => `'${name}`));
  });
});

describe('cellValue', () => {
  it.each([
    ['12', 12],
    ['-3', -3],
    ['0', 0],
    ['2.5', 2.5],
    [' 7 ', 7],
    ['0012', '0012'],
    ['1e5', '1e5'],
    ['36%', '36%'],
    ['-', '-'],
    ['1,234', '1,234'],
  ])('%j → %j', (text, expected) => {
    expect(cellValue(text)).toBe(expected);
  });
});
