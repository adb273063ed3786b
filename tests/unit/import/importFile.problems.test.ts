// The exact problems each fixture should raise: row, column heading, cell value, severity, and a message that says what to do.
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src/import';
import { importFixture, imported, problemCells } from './helpers';

type Expected = [line: number, column: string, value: string, severity: 'error' | 'warning', message: RegExp];

const PROBLEMS: ReadonlyArray<[string, readonly Expected[]]> = [
  [
    'tidy-bad-rows.csv',
    [
      [3, 'grade', 'Very good', 'error', /not an Ofsted grade/],
      [4, 'inspection_date', '31/02/2021', 'error', /date does not exist/],
      [5, 'inspection_date', '10/13/2021', 'error', /month\/day order.*UK files put the day first/],
      [
        6,
        'grade',
        'Adequate',
        'error',
        /not used by Inspection of local authority children’s services \(2021-10-04\).*Requires improvement to be good/,
      ],
      [7, 'authority_name', '', 'error', /local authority is missing.*Give its name/],
      [9, 'judgement_area', '', 'error', /judgement area is missing/],
      [10, 'authority_code', 'E0800027', 'error', /neither an ONS area code.*nor a DfE LA number/],
      [11, 'judgement_area', 'Overall effectiveness', 'error', /already has a different grade.*Keep one row per area/],
      [12, 'judgement_area', 'Overall effectiveness', 'warning', /appears twice.*same grade.*skipped/],
    ],
  ],
  // Row 8 of the spreadsheet is line 9 of the text: row 5's note holds a line break.
  ['excel-windows-1252.csv', [[8, 'Grade', 'Very good', 'error', /not an Ofsted grade/]]],
  [
    'tidy-council-synonyms.csv',
    [
      [13, 'Local Authority', 'Cumberland', 'warning', /not been inspected yet.*skipped/],
      [14, 'Local Authority', 'Total', 'warning', /total row.*not counted twice/],
    ],
  ],
  [
    'year-month-columns.csv',
    [
      [
        10,
        'Month',
        'Jnue',
        'error',
        /'Jnue' is not a month: write the month as a name \(June\) or a number from 1 to 12/,
      ],
      [
        11,
        'Month',
        '13',
        'error',
        /There is no month 13\. Write the month as a name \(June\) or a number from 1 to 12/,
      ],
      [12, 'Year', '1850', 'error', /year 1850 is not plausible/],
    ],
  ],
  [
    'summary-counts-total-mismatch.csv',
    [
      [7, 'Total', '5', 'error', /add up to 4, not 5.*Correct the counts or the total/],
      [9, 'Local authority', 'Total', 'warning', /total row/],
    ],
  ],
  [
    'measures-percent.csv',
    [
      [7, 'Date', '2023-24', 'error', /financial year/],
      [8, 'Value', 'ninety', 'error', /not a number/],
      [9, 'Measure', '', 'error', /measure is missing/],
    ],
  ],
  [
    'unicode-text-utf16le.txt',
    [[11, 'LA name', 'Source: Ofsted inspection reports. Grades are as published.', 'warning', /footnote.*skipped/]],
  ],
  ['semicolon-utf8-bom.csv', []],
  ['tidy-own-format.csv', []],
  ['ofsted-history-excerpt.csv', []],
  ['ofsted-in-year-excerpt.csv', []],
  ['ofsted-as-at-31-march-excerpt.csv', []],
];

describe.each(PROBLEMS)('%s', (name, expected) => {
  const result = imported(importFixture(name));

  it(`raises exactly ${expected.length} problems, in row order`, () => {
    expect(problemCells(result)).toEqual(
      expected.map(([line, column, value, severity]) => [line, column, value, severity]),
    );
  });

  it.each(expected.map((problem) => [problem[0], problem[1], problem[4]] as const))(
    'row %i, column %j: message matches %s',
    (line, column, message) => {
      const problem = result.problems.find((candidate) => candidate.line === line && candidate.column === column);
      expect(problem?.message).toMatch(message);
    },
  );
});

describe('describeProblem', () => {
  it.each<[Parameters<typeof describeProblem>[0], string]>([
    [
      { line: 14, column: 'Grade', value: 'Very good', message: 'This is not an Ofsted grade.', severity: 'error' },
      "Row 14, column Grade: 'Very good'. This is not an Ofsted grade.",
    ],
    [
      { line: 7, column: 'authority_name', value: '', message: 'The local authority is missing.', severity: 'error' },
      'Row 7, column authority_name. The local authority is missing.',
    ],
    [
      { line: 3, column: '', value: '', message: 'Check the quote marks.', severity: 'warning' },
      'Row 3. Check the quote marks.',
    ],
    [{ line: 0, column: '', value: '', message: 'The file is empty.', severity: 'error' }, 'File. The file is empty.'],
  ])('%j', (problem, text) => {
    expect(describeProblem(problem)).toBe(text);
  });

  it('turns a real fixture problem into a sentence that names row, column and value', () => {
    const result = imported(importFixture('tidy-bad-rows.csv'));
    expect(describeProblem(result.problems[0]!)).toMatch(
      /^Row 3, column grade: 'Very good'\. This is not an Ofsted grade\./,
    );
  });
});
