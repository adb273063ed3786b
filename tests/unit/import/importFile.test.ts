// importBytes over every fixture: the format, encoding, delimiter and header it finds, and where every row went.
// The expected numbers come from reading the fixtures (see tests/fixtures/README.md), not from the importer.
import { describe, expect, it } from 'vitest';
import type { Encoding } from '../../../src/import/decode';
import type { FormatId } from '../../../src/import';
import type { Delimiter } from '../../../src/import/parseRows';
import { importFixture, imported, rejected } from './helpers';

interface FileExpectation {
  readonly format: FormatId;
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  readonly headerLine: number;
  readonly read: number;
  readonly imported: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly inspections: number;
  readonly measures: number;
}

const EXPECTED: ReadonlyArray<[string, FileExpectation]> = [
  // Rows 2-8 (row 5 spans two text lines); row 8 has "Very good".
  [
    'excel-windows-1252.csv',
    {
      format: 'tidy',
      encoding: 'windows-1252',
      delimiter: ',',
      headerLine: 1,
      read: 7,
      imported: 6,
      rejected: 1,
      skipped: 0,
      inspections: 2,
      measures: 0,
    },
  ],
  // Title on row 1, five authorities on rows 3-7.
  [
    'semicolon-utf8-bom.csv',
    {
      format: 'ofsted-wide',
      encoding: 'utf-8-bom',
      delimiter: ';',
      headerLine: 2,
      read: 5,
      imported: 5,
      rejected: 0,
      skipped: 0,
      inspections: 5,
      measures: 0,
    },
  ],
  // Rows 3-9 are inspections; row 10 blank, row 11 a footnote.
  [
    'unicode-text-utf16le.txt',
    {
      format: 'ofsted-wide',
      encoding: 'utf-16le',
      delimiter: '\t',
      headerLine: 2,
      read: 9,
      imported: 7,
      rejected: 0,
      skipped: 2,
      inspections: 7,
      measures: 0,
    },
  ],
  // Walsall's 2021 inspection (5 rows) and a 2023 focused visit (1 row).
  [
    'tidy-own-format.csv',
    {
      format: 'tidy',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      read: 6,
      imported: 6,
      rejected: 0,
      skipped: 0,
      inspections: 2,
      measures: 0,
    },
  ],
  // Two title rows; rows 4-12 judgements of 4 inspections; row 13 "Not yet inspected" with no date; row 14 Total.
  [
    'tidy-council-synonyms.csv',
    {
      format: 'tidy',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 3,
      read: 11,
      imported: 9,
      rejected: 0,
      skipped: 2,
      inspections: 4,
      measures: 0,
    },
  ],
  // Good rows 2, 8 and 12 (12 repeats 2); rows 3-7 and 9-11 are wrong; row 13 is blank.
  [
    'tidy-bad-rows.csv',
    {
      format: 'tidy',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      read: 12,
      imported: 3,
      rejected: 8,
      skipped: 1,
      inspections: 1,
      measures: 0,
    },
  ],
  // Rows 3-8 are inspections, row 7's total disagrees; row 9 is the Total row.
  [
    'summary-counts-total-mismatch.csv',
    {
      format: 'summary-counts',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 2,
      read: 7,
      imported: 5,
      rejected: 1,
      skipped: 1,
      inspections: 5,
      measures: 0,
    },
  ],
  // Two title rows; rows 4-9 good (five inspections: two monitoring visits in 2023 stay apart by month); 10-12 wrong.
  [
    'year-month-columns.csv',
    {
      format: 'tidy',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 3,
      read: 9,
      imported: 6,
      rejected: 3,
      skipped: 0,
      inspections: 5,
      measures: 0,
    },
  ],
  // A title row; rows 3-6 are inspections, their overall grades left for the user to choose (two columns could be it).
  [
    'upload/noted-area-headings.csv',
    {
      format: 'ofsted-wide',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 2,
      read: 4,
      imported: 4,
      rejected: 0,
      skipped: 0,
      inspections: 4,
      measures: 0,
    },
  ],
  // Rows 2-6 good; 7 financial year, 8 "ninety", 9 no measure.
  [
    'measures-percent.csv',
    {
      format: 'measures',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      read: 8,
      imported: 5,
      rejected: 3,
      skipped: 0,
      inspections: 0,
      measures: 5,
    },
  ],
  // Ofsted's own sheets: 2 title rows, header on row 3, 12 rows (+ Walsall where the sheet has one).
  [
    'ofsted-history-excerpt.csv',
    {
      format: 'ofsted-wide',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 3,
      read: 13,
      imported: 13,
      rejected: 0,
      skipped: 0,
      inspections: 13,
      measures: 0,
    },
  ],
  [
    'ofsted-in-year-excerpt.csv',
    {
      format: 'ofsted-wide',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 3,
      read: 12,
      imported: 12,
      rejected: 0,
      skipped: 0,
      inspections: 12,
      measures: 0,
    },
  ],
  [
    'ofsted-as-at-31-march-excerpt.csv',
    {
      format: 'ofsted-wide',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 3,
      read: 13,
      imported: 13,
      rejected: 0,
      skipped: 0,
      inspections: 13,
      measures: 0,
    },
  ],
];

describe.each(EXPECTED)('%s', (name, expected) => {
  const result = imported(importFixture(name));

  it(`is read as ${expected.format}, ${expected.encoding}, delimiter ${JSON.stringify(expected.delimiter)}, header on row ${expected.headerLine}`, () => {
    expect({
      format: result.format,
      encoding: result.encoding,
      delimiter: result.delimiter,
      headerLine: result.headerLine,
    }).toEqual({
      format: expected.format,
      encoding: expected.encoding,
      delimiter: expected.delimiter,
      headerLine: expected.headerLine,
    });
  });

  it(`reads ${expected.read} rows: ${expected.imported} imported, ${expected.rejected} rejected, ${expected.skipped} skipped`, () => {
    expect({
      read: result.rowsRead,
      imported: result.rowsImported,
      rejected: result.rowsRejected,
      skipped: result.rowsSkipped,
    }).toEqual({
      read: expected.read,
      imported: expected.imported,
      rejected: expected.rejected,
      skipped: expected.skipped,
    });
  });

  it('accounts for every row it read', () => {
    expect(result.rowsImported + result.rowsRejected + result.rowsSkipped).toBe(result.rowsRead);
  });

  it(`gives ${expected.inspections} inspections and ${expected.measures} measures`, () => {
    expect(result.inspections).toHaveLength(expected.inspections);
    expect(result.measures).toHaveLength(expected.measures);
  });

  it('reports at least one error on each rejected row, and errors on no other row', () => {
    const errorLines = new Set(
      result.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.line),
    );
    expect(errorLines.size).toBe(expected.rejected);
    const importedLines = new Set(
      [
        ...result.inspections.flatMap((inspection) => inspection.sources),
        ...result.measures.map((measure) => measure.source),
      ].map((source) => source.line),
    );
    for (const line of errorLines) expect(importedLines.has(line)).toBe(false);
  });

  it('names a row below the header and says what to do for every problem', () => {
    for (const problem of result.problems) {
      expect(problem.line).toBeGreaterThan(result.headerLine);
      expect(problem.message.length).toBeGreaterThan(30);
    }
  });
});

describe('files that are not tables', () => {
  it.each<[string, number, RegExp]>([
    ['empty.csv', 0, /file is empty/],
    ['header-only.csv', 1, /headings but no rows of data/],
    ['screenshot-saved-as.csv', 0, /not text.*Choose a CSV file/],
  ])('%s fails with one problem on row %i', (name, line, why) => {
    const result = rejected(importFixture(name));
    expect(result.file).toBe(name);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line, severity: 'error' });
    expect(result.problems[0]?.message).toMatch(why);
  });
});
