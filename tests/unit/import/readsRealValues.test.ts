// The cell values and columns of real files read without editing them: data-to-insight's scraped ILACS table, counts
// with a survey percentage, numeric grades, values the user gives a meaning to, and every unused column listed with why.
// Counts are checked against the fixture text split naively, never against the importer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../../src/domain/partialDate';
import {
  importBytes,
  hasNoProblems,
  valueKey,
  type ColumnRole,
  type ImportOptions,
  type ValueMeaning,
} from '../../../src/import';
import { importBytesInChunks, importBytesPacked } from '../../../src/import/chunkedImport';
import { unpackResult } from '../../../src/import/packedResult';
import { splitCsvLine } from '../../helpers/realData';
import { FIXTURES_DIR, imported, inspectionOf, outcomeOf, rejected } from './helpers';

const UPLOAD = join(FIXTURES_DIR, 'upload');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(UPLOAD, name)));
const linesOf = (name: string) =>
  readFileSync(join(UPLOAD, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');

/** The whole-file reader, after checking the chunked and worker readers give exactly the same. */
function read(name: string, options: ImportOptions = {}) {
  const bytes = bytesOf(name);
  const whole = importBytes(name, bytes, options);
  for (const chunkSize of [16, 211, 1 << 20]) {
    expect(importBytesInChunks(name, bytes, options, { chunkSize })).toEqual(whole);
    expect(unpackResult(importBytesPacked(name, bytes, options, { chunkSize }))).toEqual(whole);
  }
  return whole;
}

/** One column of a hand-made CSV fixture, by heading, split without the importer. */
function column(name: string, heading: string): string[] {
  const [header, ...rows] = linesOf(name);
  const index = splitCsvLine(header!).indexOf(heading);
  if (index < 0) throw new Error(`no column ${heading}`);
  return rows.map((line) => splitCsvLine(line)[index] ?? '');
}

// Barnsley, which the file gives under its newer code E08000038: the register files it under Ofsted's E08000016.
const BARNSLEY = 'E08000016';

describe('data-to-insight’s ILACS history, as its CSV writes it', () => {
  const name = 'd2i-ilacs-history.csv';
  const result = imported(read(name));
  const starts = column(name, 'inspection_start_date');

  it('is read as Ofsted’s one-row-per-inspection table, every row with an inspection date imported', () => {
    expect(result.format).toBe('ofsted-wide');
    expect(result.rowsRead).toBe(starts.length);
    expect(result.rowsImported).toBe(starts.filter((date) => date !== '').length);
    expect(result.rowsRejected).toBe(starts.filter((date) => date === '').length);
  });

  it('takes the ONS code as the authority code and lists the DfE number as not needed, with why', () => {
    const walsall = inspectionOf(result.inspections, 'E08000030', '2021-10-04');
    expect(walsall.authority.onsCode).toBe('E08000030');
    const laCode = result.unusedColumns.find((unused) => unused.heading === 'la_code');
    expect(laCode?.reason).toMatch(/DfE LA numbers, not needed: the ONS codes in “la_code_new”/);
  });

  it('reads grade headings ending in “grade”, in lower case, with each placeholder as not judged and its reason', () => {
    const walsall = inspectionOf(result.inspections, 'E08000030', '2021-10-04');
    expect(outcomeOf(walsall, 'overall-effectiveness')).toBe('good');
    expect(outcomeOf(walsall, 'help-and-protection')).toBe('requires-improvement');
    expect(outcomeOf(walsall, 'care-leavers')).toMatch(/^not-judged: .*came before this area was judged/);
    const nottingham = inspectionOf(result.inspections, 'E06000018', '2022-03-14');
    expect(outcomeOf(nottingham, 'help-and-protection')).toMatch(/^not-judged: .*data_unreadable/);
    expect(outcomeOf(nottingham, 'care-leavers')).toBe('not-judged: Not yet inspected');
    const dudley = inspectionOf(result.inspections, 'E08000027', '2022-10-31');
    expect(outcomeOf(dudley, 'impact-of-leaders')).toBe('not-judged: Blank in the source');
    expect(outcomeOf(dudley, 'care-leavers')).toBe('not-judged: Not judged');
  });

  it('reads inspections from April 2026 without an overall grade, saying why, whether the cell says NaN or not_reported_post_reform', () => {
    for (const [code, date] of [
      ['E06000009', '2026-06-08'],
      ['E09000005', '2026-04-27'],
    ] as const) {
      const inspection = inspectionOf(result.inspections, code, date);
      expect(outcomeOf(inspection, 'overall-effectiveness')).toBe(
        'not-judged: Not graded: inspections from April 2026 give no overall effectiveness grade',
      );
      expect(outcomeOf(inspection, 'impact-of-leaders')).toBe('good');
    }
  });

  it('names “short” and “standard” as Ofsted does, and takes “None” as no type', () => {
    expect(inspectionOf(result.inspections, BARNSLEY, '2023-09-11').type).toBe('ILACS Short Inspection');
    expect(inspectionOf(result.inspections, 'E08000025', '2023-02-20').type).toBe('ILACS Standard Inspection');
    expect(inspectionOf(result.inspections, 'E06000018', '2022-03-14').type).toBe('ILACS inspection');
  });

  it('reads two-digit publication years as 20yy beside an inspection date of the 2000s, and notes it', () => {
    expect(formatIso(inspectionOf(result.inspections, BARNSLEY, '2023-09-11').publicationDate!)).toBe('2023-10-27');
    const published = column(name, 'publication_date');
    const readInFull = published.filter((text, i) => /^\d\d\/\d\d\/\d\d$/.test(text) && starts[i] !== '').length;
    expect(result.notes).toContainEqual({
      column: 'publication_date',
      message: expect.stringMatching(new RegExp(`^${readInFull} dates are written with a two-digit year`)),
    });
  });

  it('keeps an inspection whose publication date cannot be read, with a warning on that cell', () => {
    const dudley = inspectionOf(result.inspections, 'E08000027', '2022-10-31');
    expect(dudley.publicationDate).toBeUndefined();
    expect(result.problems).toContainEqual(
      expect.objectContaining({ line: 8, column: 'publication_date', value: 'tbc', severity: 'warning' }),
    );
  });

  it('refuses only the row with no inspection date, saying it gives only a publication date', () => {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        line: 9,
        column: 'inspection_start_date',
        message: expect.stringMatching(/only the report’s publication date \(16\/05\/24\)/),
      }),
    ]);
  });

  it('lists every column with data it did not use, each with its reason, and none as a problem', () => {
    // A URN is a provider list's field: an authority's table reads it as a field it does not use.
    const isUrn = (mapping: (typeof result.columns)[number]) =>
      mapping.role.kind === 'field' && mapping.role.field === 'urn';
    const used = new Set(
      result.columns
        .filter((mapping) => mapping.role.kind !== 'ignored' && !isUrn(mapping))
        .map((mapping) => mapping.heading),
    );
    const [header] = linesOf(name);
    const withData = splitCsvLine(header!).filter((heading) => column(name, heading).some((text) => text !== ''));
    expect(result.unusedColumns.map((unused) => unused.heading).sort()).toEqual(
      withData.filter((heading) => !used.has(heading)).sort(),
    );
    for (const unused of result.unusedColumns) expect(unused.reason).not.toBe('');
    expect(result.problems.filter((problem) => problem.line === result.headerLine)).toEqual([]);
  });
});

describe('counts with a survey percentage on the same row', () => {
  const name = 'counts-with-survey-percent.csv';
  const result = imported(read(name));

  it('makes each row’s counts an inspection and its percentage a measure of that authority at that date, named by the heading', () => {
    expect(result.format).toBe('summary-counts');
    expect(result.inspections).toHaveLength(linesOf(name).length - 1);
    const figures = column(name, 'Felt safe (%)').filter((text) => /^\d+$/.test(text));
    expect(
      result.measures.map((measure) => [
        measure.authority.name,
        formatIso(measure.date),
        measure.name,
        measure.value,
        measure.unit,
      ]),
    ).toEqual([['Walsall', '2012-06', 'Felt safe', Number(figures[0]), '%']]);
    expect(inspectionOf(result.inspections, 'Walsall', '2012-06').type).toBe(
      'Inspection of safeguarding and looked after children services',
    );
  });

  it('keeps the inspection when its figure is not a number, with a warning on that cell', () => {
    expect(inspectionOf(result.inspections, 'Sandwell', '2011-06').summaryCounts).toEqual({
      good: 2,
      adequate: 10,
      inadequate: 10,
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 4, column: 'Felt safe (%)', value: 'about 90', severity: 'warning' }),
    ]);
    expect(hasNoProblems(result)).toBe(false);
  });
});

describe('a percentage column whose heading does not say so', () => {
  const name = 'percent-without-heading.csv';

  it('is listed as not used and reported as a problem, so the preview never says “No problems”', () => {
    const result = imported(read(name));
    expect(result.measures).toEqual([]);
    expect(result.unusedColumns).toEqual([
      expect.objectContaining({
        heading: 'Felt safe',
        couldRead: 'percentages',
        cells: column(name, 'Felt safe').length,
      }),
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 1,
        column: 'Felt safe',
        severity: 'warning',
        message: expect.stringMatching(/holds percentages/),
      }),
    ]);
    expect(hasNoProblems(result)).toBe(false);
  });

  it('becomes a measure when the column is given that role by hand', () => {
    const roles = new Map<number, ColumnRole>([[3, { kind: 'measure', name: 'Felt safe', unit: '' }]]);
    const result = imported(read(name, { columnRoles: roles }));
    expect(result.measures.map((measure) => [measure.authority.name, measure.value, measure.unit])).toEqual([
      ['Walsall', 94, '%'],
      ['Dudley', 88, '%'],
    ]);
    expect(result.unusedColumns).toEqual([]);
    expect(hasNoProblems(result)).toBe(true);
  });
});

describe('grades written 1 to 4 in area columns', () => {
  const name = 'numeric-area-grades.csv';
  const result = imported(read(name));

  it('are read on Ofsted’s scale, and the report notes it for each column', () => {
    const ranks = { '1': 'outstanding', '2': 'good', '3': 'requires-improvement', '4': 'inadequate' } as const;
    const overall = column(name, 'Overall effectiveness grade');
    const codes = column(name, 'LA code');
    const dates = column(name, 'Inspection date').map((text) => text.split('/').reverse().join('-'));
    codes.forEach((code, i) =>
      expect(outcomeOf(inspectionOf(result.inspections, code, dates[i]!), 'overall-effectiveness')).toBe(
        ranks[overall[i] as keyof typeof ranks],
      ),
    );
    expect(result.notes.map((note) => note.column)).toEqual([
      'Overall effectiveness grade',
      'Impact of leaders grade',
      'Help and protection grade',
      'In care grade',
    ]);
    expect(result.notes[0]!.message).toMatch(
      /^3 grades are written as a number: read on Ofsted’s scale, 1 Outstanding, 2 Good/,
    );
    // Notes are not problems.
    expect(hasNoProblems(result)).toBe(true);
  });
});

describe('values the user gives a meaning to', () => {
  const name = 'council-grade-codes.csv';
  const grades = column(name, 'grade');

  it('are listed with how many cells hold each, and stay problems until given a meaning', () => {
    const result = imported(read(name));
    expect(result.unrecognisedValues).toEqual([
      { key: 'g', value: 'G', cells: grades.filter((text) => text === 'G').length },
      { key: 'awaiting report', value: 'awaiting report', cells: 1 },
    ]);
    expect(result.rowsRejected).toBe(grades.filter((text) => text !== 'RI').length);
  });

  it('apply to every cell holding the value, in every reader', () => {
    const valueMeanings = new Map<string, ValueMeaning>([
      [valueKey('G'), { kind: 'grade', grade: 'good' }],
      [valueKey('awaiting report'), { kind: 'not-judged' }],
    ]);
    const result = imported(read(name, { valueMeanings }));
    expect(result.rowsRejected).toBe(0);
    expect(result.unrecognisedValues).toEqual([]);
    const walsall = inspectionOf(result.inspections, 'E08000030', '2021-10-04');
    expect(
      ['overall-effectiveness', 'impact-of-leaders', 'help-and-protection', 'children-in-care'].map((area) =>
        outcomeOf(walsall, area),
      ),
    ).toEqual(['good', 'good', 'requires-improvement', 'good']);
    expect(outcomeOf(inspectionOf(result.inspections, 'E08000027', '2022-10-31'), 'overall-effectiveness')).toMatch(
      /^not-judged: .*awaiting report.*chosen in the preview/,
    );
    expect(hasNoProblems(result)).toBe(true);
  });

  it('can still be a grade the inspection’s framework did not use, which is refused as before', () => {
    const valueMeanings = new Map<string, ValueMeaning>([[valueKey('G'), { kind: 'grade', grade: 'adequate' }]]);
    const result = imported(read(name, { valueMeanings }));
    expect(
      result.problems
        .filter((problem) => problem.value === 'G')
        .every((problem) => /was not used by/.test(problem.message)),
    ).toBe(true);
  });
});

describe('headings', () => {
  it('name no column twice: a file with only a DfE number keeps it as the authority code', () => {
    const text =
      'local_authority,la_code,inspection_start_date,overall_effectiveness_grade\nwalsall,335,04/10/2021,good\n';
    const result = imported(importBytes('dfe-only.csv', new TextEncoder().encode(text)));
    expect(result.inspections[0]!.authority.laNumber).toBe('335');
  });

  it('refuse a file with no table at all as before', () => {
    rejected(importBytes('empty.csv', new TextEncoder().encode('\n\n')));
  });
});
