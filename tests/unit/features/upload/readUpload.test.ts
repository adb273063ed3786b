// Reading a chosen file without keeping it: the size limit, Ofsted's real spreadsheet, damaged files, wrong separators.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectionId, type Inspection } from '../../../../src/domain';
import { firstReadableSheet, readableSheets } from '../../../../src/features/upload/pendingImport';
import {
  contentHash,
  formatBytes,
  MAX_UPLOAD_BYTES,
  readUpload,
  type UploadRead,
} from '../../../../src/features/upload/readUpload';
import { importBytes, type ImportResult } from '../../../../src/import';
import { readFixture } from '../../import/helpers';
import { OFSTED_ODS } from '../../../helpers/realData';
import { ok, OFSTED_CSV_DIR, readUploadFixture } from './uploadFixtures';

const ODS = OFSTED_ODS;
const HISTORY_CSV = join(OFSTED_CSV_DIR, 'la_outcomes_2025__ILACS_inspection_history.csv');

function textResult(read: UploadRead): ImportResult {
  if (read.kind !== 'text') throw new Error(`expected a text read, got a spreadsheet of ${read.sheets.length} sheets`);
  return read.result;
}

function onlyProblem(read: UploadRead): string {
  const result = textResult(read);
  expect(result.ok).toBe(false);
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]?.severity).toBe('error');
  return result.problems[0]?.message ?? '';
}

/** A fixed pseudo-random byte sequence, so a failure can be replayed. */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state >> 16) & 0xff;
  });
}

/** Data rows of a CSV saved from Ofsted's sheet (title, description and header rows above), counted without the importer. */
function csvDataRows(path: string): number {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(3)
    .filter((line) => line.trim() !== '').length;
}

describe('the size limit', () => {
  it.each<[string, number, RegExp]>([
    [
      'one byte over',
      MAX_UPLOAD_BYTES + 1,
      /This file is more than 50 MB; the largest file Scrutiny Lens reads is 50 MB\./,
    ],
    ['60 MB', 60 * 1024 * 1024, /This file is 60 MB; the largest file Scrutiny Lens reads is 50 MB\./],
  ])('refuses a file %s, naming the limit and what to do', async (_name, size, message) => {
    const text = onlyProblem(await readUpload('history-2008-2025.csv', new Uint8Array(size)));
    expect(text).toMatch(message);
    expect(text).toMatch(/Split it into smaller files/);
  });

  it('reads a file of exactly the limit (and finds these zero bytes are not text)', async () => {
    const text = onlyProblem(await readUpload('limit.csv', new Uint8Array(MAX_UPLOAD_BYTES)));
    expect(text).not.toMatch(/largest file/);
    expect(text).toMatch(/not text/);
  });

  it.each([
    [500, '500 bytes'],
    [2048, '2 KB'],
    [MAX_UPLOAD_BYTES, '50 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
  ])('formatBytes(%i) is %j', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('Ofsted’s spreadsheet as published (.ods)', () => {
  let read: UploadRead;
  beforeAll(async () => {
    read = await readUpload('LA_Inspection_Outcomes_as_at_31_March_2025.ods', new Uint8Array(readFileSync(ODS)));
  });

  const sheets = () => {
    if (read.kind !== 'spreadsheet') throw new Error('the .ods was not read as a spreadsheet');
    return read.sheets;
  };

  it('offers all six sheets, and exactly the three data sheets as readable', () => {
    expect(sheets().map((entry) => entry.sheet.name)).toEqual([
      'Cover',
      'Contents',
      'Notes',
      'Inspections_as_at_31_March',
      'In-year_inspections',
      'ILACS_inspection_history',
    ]);
    expect(sheets().map((entry) => entry.result.ok)).toEqual([false, false, false, true, true, true]);
    expect(readableSheets(read)).toEqual([3, 4, 5]);
    expect(firstReadableSheet(read)).toBe(3);
  });

  it.each([
    ['ILACS_inspection_history', 'la_outcomes_2025__ILACS_inspection_history.csv', 271],
    ['Inspections_as_at_31_March', 'la_outcomes_2025__Inspections_as_at_31_March.csv', 153],
  ])('reads %s as Ofsted’s table: every row of the sheet an inspection (%s has %i)', (name, csv, count) => {
    const entry = sheets().find((candidate) => candidate.sheet.name === name);
    const result = ok(entry?.result ?? { ok: false, file: name, problems: [] });
    expect(csvDataRows(join(OFSTED_CSV_DIR, csv))).toBe(count);
    expect({
      format: result.format,
      header: result.headerLine,
      read: result.rowsRead,
      imported: result.rowsImported,
      rejected: result.rowsRejected,
      skipped: result.rowsSkipped,
    }).toEqual({
      format: 'ofsted-wide',
      header: 3,
      read: count,
      imported: count,
      rejected: 0,
      skipped: 0,
    });
    expect(result.inspections).toHaveLength(count);
    expect(result.problems).toEqual([]);
  });

  it('gives the same inspections and grades from the history sheet as from Ofsted’s CSV of it', () => {
    const fromSheet = ok(sheets()[5]!.result).inspections;
    const fromCsv = ok(importBytes('history.csv', new Uint8Array(readFileSync(HISTORY_CSV)))).inspections;
    const summary = (inspections: readonly Inspection[]) =>
      inspections.map(
        (inspection) =>
          `${inspectionId(inspection)} ${inspection.judgements.map((j) => (j.outcome.kind === 'graded' ? j.outcome.grade : '-')).join('/')}`,
      );
    expect(summary(fromSheet)).toEqual(summary(fromCsv));
    // Dates are read as the sheet shows them (04/10/2021), not as spreadsheet serial numbers.
    expect(summary(fromSheet)).toContain('E08000030|2021-10-04.ilacs good/good/requires-improvement/good/-');
  });

  it('says why the cover sheet cannot be imported', () => {
    expect(sheets()[0]?.result.problems[0]?.message).toMatch(/No header row was found/);
  });
});

describe('files that are not what their name says', () => {
  it.each<[string, string, Uint8Array, RegExp]>([
    ['random bytes named .xlsx', 'inspections.xlsx', randomBytes(4096, 1), /could not be opened: it may be damaged/],
    ['random bytes named .ods', 'inspections.ods', randomBytes(300, 7), /could not be opened: it may be damaged/],
    [
      'a zip that is not a workbook, named .xlsx',
      'inspections.xlsx',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...randomBytes(2000, 5)]),
      /could not be opened: it may be damaged/,
    ],
    ['an empty .xlsx', 'inspections.xlsx', new Uint8Array(), /The file is empty/],
    [
      'Ofsted’s .ods renamed .csv',
      'outcomes.csv',
      new Uint8Array(readFileSync(ODS)),
      /spreadsheet or other zipped file .* save the sheet as CSV/,
    ],
    [
      'a screenshot renamed .csv',
      'judgements.csv',
      readFixture('screenshot-saved-as.csv'),
      /not text: it looks like a program, image or other binary file/,
    ],
  ])('%s: one clear message, no sheet of junk, no throw', async (_name, fileName, bytes, message) => {
    expect(onlyProblem(await readUpload(fileName, bytes))).toMatch(message);
  });

  it('reads a CSV saved under a spreadsheet’s name, as Excel would open it', async () => {
    const csv = new TextEncoder().encode(
      'authority_name,inspection_date,judgement_area,grade\nWalsall,04/10/2021,Overall effectiveness,Good\n',
    );
    const read = await readUpload('export.xlsx', csv);
    expect(read.kind).toBe('spreadsheet');
    expect(
      read.kind === 'spreadsheet' && read.sheets.map((entry) => entry.result.ok && entry.result.inspections.length),
    ).toEqual([1]);
  });
});

describe('a wrong separator', () => {
  it('the colon-separated fixture is refused with the separator named, not "no header row"', async () => {
    const text = onlyProblem(await readUpload('colon-delimited.txt', readUploadFixture('colon-delimited.txt')));
    expect(text).toMatch(/separated by colons \(:\), which Scrutiny Lens does not read/);
    expect(text).toMatch(/commas/);
  });

  it.each<[string, string, RegExp]>([
    ['spaces', 'Local authority    Inspection date    Grade\nWalsall    04/10/2021    Good\n', /separated by spaces/],
    [
      'tildes',
      'authority_name~inspection_date~judgement_area~grade\nWalsall~2021-10-04~Overall effectiveness~Good\n',
      /separated by tildes/,
    ],
  ])('%s are named too', async (_name, text, message) => {
    expect(onlyProblem(await readUpload('export.txt', new TextEncoder().encode(text)))).toMatch(message);
  });

  it.each<[string, string]>([
    [
      'semicolons',
      'authority_name;inspection_date;judgement_area;grade\nWalsall;2021-10-04;Overall effectiveness;Good\n',
    ],
    [
      'tabs',
      'authority_name\tinspection_date\tjudgement_area\tgrade\nWalsall\t2021-10-04\tOverall effectiveness\tGood\n',
    ],
    ['pipes', 'authority_name|inspection_date|judgement_area|grade\nWalsall|2021-10-04|Overall effectiveness|Good\n'],
  ])('%s are read, not refused', async (_name, text) => {
    expect(ok(textResult(await readUpload('export.tsv', new TextEncoder().encode(text)))).rowsImported).toBe(1);
  });

  it('a one-column file that is simply not a table still says there is no header', async () => {
    expect(
      onlyProblem(
        await readUpload('minutes.txt', new TextEncoder().encode('Minutes of the scrutiny panel\nItem 219/12\n')),
      ),
    ).toMatch(/No header row was found/);
  });
});

describe('contentHash', () => {
  it.each([
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ])('is SHA-256 in hex: %j', async (text, hex) => {
    expect(await contentHash(new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>)).toBe(hex);
  });
});
