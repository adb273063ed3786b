// The problems download: one row per problem, every one of them, safe to open in a spreadsheet.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { problemsCsv } from '../../../../src/features/upload/problemsCsv';
import { importText, type ImportProblem } from '../../../../src/import';
import { fileProblem } from '../../../../src/import/problem';

function rowsOf(csv: string): string[][] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const HEADINGS = ['Row', 'Column', 'Value', 'Severity', 'What to do'];

describe('problemsCsv', () => {
  it.each<[string, ImportProblem, string[]]>([
    [
      'a problem with the whole file says "File", not row 0',
      fileProblem('The file is empty.'),
      ['File', '', '', 'error', 'The file is empty.'],
    ],
    [
      'a bad grade keeps its row, column and value',
      { line: 14, column: 'Grade', value: 'Very good', message: 'This is not an Ofsted grade.', severity: 'error' },
      ['14', 'Grade', 'Very good', 'error', 'This is not an Ofsted grade.'],
    ],
    [
      'a formula in a cell is written so that it cannot run',
      {
        line: 3,
        column: 'note',
        value: '=HYPERLINK("http://evil.example/x","Report")',
        message: 'Check the link.',
        severity: 'warning',
      },
      ['3', 'note', `'=HYPERLINK("http://evil.example/x","Report")`, 'warning', 'Check the link.'],
    ],
    [
      'a script tag stays the text it was',
      {
        line: 4,
        column: 'grade',
        value: '<script>alert(1)</script>',
        message: 'This is not an Ofsted grade.',
        severity: 'error',
      },
      ['4', 'grade', '<script>alert(1)</script>', 'error', 'This is not an Ofsted grade.'],
    ],
    [
      'a region with a comma and a message with quotes survive',
      {
        line: 9,
        column: 'Ofsted region',
        value: 'North East, Yorkshire and the Humber',
        message: 'Use the name "as published".',
        severity: 'warning',
      },
      ['9', 'Ofsted region', 'North East, Yorkshire and the Humber', 'warning', 'Use the name "as published".'],
    ],
  ])('%s', (_name, problem, row) => {
    expect(rowsOf(problemsCsv([problem]))).toEqual([HEADINGS, row]);
  });

  it('lists every problem, past the hundred the page shows, in order', () => {
    const body = Array.from({ length: 150 }, (_, i) => `Walsall,2021-10-04,Area ${i + 1},Very good`);
    const result = importText('many.csv', ['authority_name,inspection_date,judgement_area,grade', ...body].join('\n'));
    const rows = rowsOf(problemsCsv(result.problems)).slice(1);
    expect(rows).toHaveLength(150);
    expect(rows.map((row) => row[0])).toEqual(Array.from({ length: 150 }, (_, i) => String(i + 2)));
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(['Very good']));
  });

  it("writes authority names that would run as formulas, refused by the register, with the ' guard", () => {
    const names = ['=HYPERLINK("http://evil.example/x","Report")', '+SUM(1+1)', '-2+3', '@SUM(A1:A9)'];
    const body = names.map((name) => `"${name.replace(/"/g, '""')}",2021-10-04,Overall effectiveness,Good`);
    const result = importText(
      'formulas.csv',
      ['authority_name,inspection_date,judgement_area,grade', ...body].join('\n'),
    );
    expect(result.problems.map((problem) => problem.value)).toEqual(names);
    const rows = rowsOf(problemsCsv(result.problems)).slice(1);
    expect(rows.map((row) => row[2])).toEqual(names.map((name) => `'${name}`));
    // The message quotes the name too, after an opening quote mark: no cell of the file starts as a formula would.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(rows[0]?.[4]).toMatch(
      /^'=HYPERLINK\("http:\/\/evil\.example\/x","Report"\)' is not an English local authority we know/,
    );
  });

  it('is the headings alone when there are no problems', () => {
    expect(rowsOf(problemsCsv([]))).toEqual([HEADINGS]);
  });
});
