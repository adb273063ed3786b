// parseRows: the delimiter a file really uses, spreadsheet row numbering, and quote marks gone wrong.
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseRows, type Delimiter } from '../../../src/import/parseRows';

describe('detectDelimiter', () => {
  it.each<[string, string, Delimiter]>([
    ['commas', 'authority,date,grade\nWalsall,2021-10-04,Good\nDudley,2021-11-22,Good\n', ','],
    [
      'semicolons (Excel in a European locale)',
      'authority;date;grade\nWalsall;2021-10-04;Good\nDudley;2021-11-22;Good\n',
      ';',
    ],
    [
      'tabs (Excel "Unicode text")',
      'LA name\tdate\tgrade\r\nWalsall\t2021-10-04\tGood\r\nDudley\t2021-11-22\tGood\r\n',
      '\t',
    ],
    ['pipes', 'authority|date|grade\nWalsall|2021-10-04|Good\n', '|'],
    [
      'semicolons with unquoted commas inside names and regions',
      'Local authority;Region;Date\nBournemouth, Christchurch & Poole;South West;02/12/2024\nBarnsley;North East, Yorkshire and the Humber;11/09/2023\nBradford;North East, Yorkshire and the Humber;21/11/2022\n',
      ';',
    ],
    [
      'tabs with commas inside cells',
      'LA name\tRegion\tDate\nBournemouth, Christchurch & Poole\tSouth West\t2024-12-02\nBarnsley\tNorth East, Yorkshire and the Humber\t2023-09-11\n',
      '\t',
    ],
    [
      'commas with semicolons inside quoted notes',
      'authority,date,note\nWalsall,2021-10-04,"see p.4; also p.7"\nDudley,2021-11-22,"one; two; three"\nSandwell,2022-01-10,none\n',
      ',',
    ],
    [
      'commas under a title row and a long description full of spaces',
      'ILACS inspection history from 2018-2025,,,\nThis worksheet contains one table with no blank rows or columns.,,,\nname,code,date,grade\nBarnet,E09000003,13/05/2019,Good\n',
      ',',
    ],
    ['a single column, which falls back to commas', 'Walsall\nDudley\nSandwell\n', ','],
    ['nothing at all', '', ','],
  ])('%s', (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('parseRows', () => {
  it('numbers rows as a spreadsheet does: CRLF, a blank line kept, the final line ending not a row', () => {
    const parsed = parseRows('a,b\r\n1,2\r\n\r\n3,4\r\n');
    expect(parsed.rows).toEqual([['a', 'b'], ['1', '2'], [''], ['3', '4']]);
    expect(parsed.problems).toEqual([]);
  });

  it('gives the same rows with or without a final line ending, LF or CRLF', () => {
    const expected = [
      ['authority', 'grade'],
      ['Walsall', 'Good'],
    ];
    for (const text of [
      'authority,grade\nWalsall,Good',
      'authority,grade\nWalsall,Good\n',
      'authority,grade\r\nWalsall,Good\r\n',
    ]) {
      expect(parseRows(text).rows).toEqual(expected);
    }
  });

  it('keeps a quoted line break inside its cell, so later rows keep their spreadsheet numbers', () => {
    const parsed = parseRows('authority,note\r\nWalsall,"first line\r\nsecond line"\r\nDudley,plain\r\n');
    expect(parsed.rows).toEqual([
      ['authority', 'note'],
      ['Walsall', 'first line\r\nsecond line'],
      ['Dudley', 'plain'],
    ]);
  });

  it('undoes doubled quotes and keeps quoted delimiters', () => {
    const parsed = parseRows(
      'name,region,note\n"Bournemouth, Christchurch & Poole","North East, Yorkshire and the Humber","a ""strong"" panel"\n',
    );
    expect(parsed.rows[1]).toEqual([
      'Bournemouth, Christchurch & Poole',
      'North East, Yorkshire and the Humber',
      'a "strong" panel',
    ]);
  });

  it('reports a quote never closed as an error on its row, and marks that row broken', () => {
    const parsed = parseRows(
      'authority,area,grade\nWalsall,Overall effectiveness,Good\nDudley,"Overall effectiveness,Good\nSandwell,Overall effectiveness,Good\n',
    );
    expect(parsed.rows).toHaveLength(3);
    expect(parsed.rows[2]?.[1]).toContain('Sandwell');
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ line: 3, column: '', value: '', severity: 'error' });
    expect(parsed.problems[0]?.message).toMatch(/never closed.*to the end of the file/);
    expect([...parsed.brokenLines]).toEqual([3]);
  });

  it('treats text after a closing quote as a quote never closed', () => {
    const parsed = parseRows('authority,grade\n"Walsall"x,Good\nDudley,Good\n');
    expect(parsed.rows).toHaveLength(2);
    expect([...parsed.brokenLines]).toEqual([2]);
    expect(parsed.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.line)).toEqual([
      2,
    ]);
  });

  it('reports a quote mark papaparse can recover from as a warning only', () => {
    const parsed = parseRows('authority,grade\n"Wal"sall",Good\nDudley,Good\n');
    expect(parsed.rows).toEqual([
      ['authority', 'grade'],
      ['Wal"sall', 'Good'],
      ['Dudley', 'Good'],
    ]);
    expect(parsed.brokenLines.size).toBe(0);
    expect(parsed.problems.map((problem) => [problem.line, problem.severity])).toEqual([[2, 'warning']]);
    expect(parsed.problems[0]?.message).toMatch(/Check the quote marks on this row/);
  });
});
