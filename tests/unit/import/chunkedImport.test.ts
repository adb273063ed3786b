// The chunked importer (the worker's) gives exactly what the whole-text importer gives, wherever the chunks fall.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importBytesInChunks,
  importBytesPacked,
  importTextInChunks,
  importTextPacked,
  type ImportProgress,
} from '../../../src/import/chunkedImport';
import { unpackResult } from '../../../src/import/packedResult';
import { importBytes, importText } from '../../../src/import';
import { FIXTURES_DIR, OFSTED_DIR } from './helpers';

const textFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.(csv|txt|tsv)$/i.test(name))
    .map((name) => join(dir, name));

const FILES = [
  ...textFiles(FIXTURES_DIR),
  ...textFiles(join(FIXTURES_DIR, 'upload')),
  ...textFiles(join(FIXTURES_DIR, 'fuzz')),
  ...textFiles(OFSTED_DIR),
];

/** "Council 12" is no local authority: these files keep such names as bodies of their own, which also shows the choice reaches every chunk. */
const KEEP = { keepUnknownAuthorities: true } as const;

/** Runs the chunked importer and notes its progress reports. */
function chunked(name: string, text: string, chunkSize: number) {
  const progress: ImportProgress[] = [];
  const result = importTextInChunks(name, text, 'utf-8', KEEP, {
    chunkSize,
    onProgress: (report) => progress.push(report),
  });
  return { result, progress };
}

describe('every fixture and every Ofsted sheet, in chunks of several sizes', () => {
  it.each(FILES.map((path) => [path.slice(FIXTURES_DIR.length - 14), path]))('%s', (_label, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const whole = importBytes('file.csv', bytes);
    for (const chunkSize of [16, 97, 1024, 1 << 20]) {
      expect(importBytesInChunks('file.csv', bytes, {}, { chunkSize })).toEqual(whole);
      // The worker's form, gathered packed and never made into objects, holds the very same records.
      expect(unpackResult(importBytesPacked('file.csv', bytes, {}, { chunkSize }))).toEqual(whole);
    }
  });
});

/** A tidy file with the rows of each inspection scattered, so gathering must last across chunks. */
function scatteredTidy(inspections: number, lineEnd: string): string {
  const areas = ['Overall effectiveness', 'Help and protection', 'Children in care', 'Care leavers', 'Leaders'];
  const grades = ['Good', 'Outstanding', 'Requires improvement to be good', 'Inadequate', ''];
  const lines = ['authority_name,authority_code,inspection_type,inspection_date,judgement_area,grade'];
  for (const area of areas) {
    for (let i = 0; i < inspections; i++) {
      const name = i % 7 === 0 ? `"Council, ""${i}""\nof the North"` : `Council ${i}`;
      lines.push(
        `${name},,ILACS Standard Inspection,20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10},${area},${grades[(i + area.length) % grades.length]}`,
      );
    }
  }
  // A repeat with another grade (an error) and one with the same grade (a warning), far from the first.
  lines.push('Council 3,,ILACS Standard Inspection,2013-04-13,Overall effectiveness,Inadequate');
  lines.push(lines[1]!);
  lines.push('Total,,,,,');
  lines.push('Council 9,,ILACS Standard Inspection,not a date,Leaders,Good');
  return lines.join(lineEnd) + lineEnd;
}

describe('files built to break chunking', () => {
  it.each([['\n'], ['\r\n'], ['\r']])('a tidy file whose inspections span chunks, with line ends %j', (lineEnd) => {
    const text = scatteredTidy(300, lineEnd);
    const whole = importText('tidy.csv', text, 'utf-8', KEEP);
    expect(whole.ok && whole.inspections.length).toBe(300);
    expect(whole.ok && whole.inspections.every((inspection) => inspection.authority.kind === 'other')).toBe(true);
    for (const chunkSize of [16, 333, 4096]) {
      const { result, progress } = chunked('tidy.csv', text, chunkSize);
      expect(result).toEqual(whole);
      expect(unpackResult(importTextPacked('tidy.csv', text, 'utf-8', KEEP, { chunkSize }))).toEqual(whole);
      // It really was read chunk by chunk to the end, not handed to the whole-text importer.
      expect(progress.length).toBeGreaterThan(text.length / chunkSize / 2);
      expect(progress.at(-1)?.fraction).toBe(1);
      expect(progress.map((report) => report.rows)).toEqual(
        [...progress.map((report) => report.rows)].sort((a, b) => a - b),
      );
    }
  });

  it.each([
    [
      'no final line end',
      'authority_name,inspection_date,judgement_area,grade\nWalsall,2021-10-04,Overall effectiveness,Good',
    ],
    [
      'a quote never closed near the end',
      `authority_name,inspection_date,judgement_area,grade\n${'Walsall,2021-10-04,Overall effectiveness,Good\n'.repeat(40)}Dudley,"2020-01-01,Overall effectiveness,Good\nSandwell,2019-01-01,Overall effectiveness,Good\n`,
    ],
    [
      'a malformed quote mid-file',
      `authority_name,inspection_date,judgement_area,grade\n${'Walsall,2021-10-04,Leaders,Good\n'.repeat(30)}Dud"ley,2020-01-01,Overall effectiveness,Good\n${'Walsall,2021-10-04,Children in care,Good\n'.repeat(30)}`,
    ],
    [
      'blank lines only below the header, many of them',
      `authority_name,inspection_date,judgement_area,grade\n${',,,\n'.repeat(100)}`,
    ],
    [
      'a lone quote as the last line',
      'authority_name,inspection_date,judgement_area,grade\nWalsall,2021-10-04,Overall effectiveness,Good\n"',
    ],
    [
      'a header below 40 blank lines',
      `${'\n'.repeat(40)}authority_name,inspection_date,judgement_area,grade\nWalsall,2021-10-04,Overall effectiveness,Good\n`,
    ],
    [
      'a byte-order mark left in the text',
      '\ufeffauthority_name,inspection_date,judgement_area,grade\nWalsall,2021-10-04,Overall effectiveness,Good\n',
    ],
  ])('%s', (_label, text) => {
    const whole = importText('edge.csv', text, 'utf-8', KEEP);
    for (const chunkSize of [16, 50, 1024]) expect(chunked('edge.csv', text, chunkSize).result).toEqual(whole);
  });

  it('keeps corrected columns as the whole-text importer does', () => {
    const text =
      'Council,When,What,How\nWalsall,2021-10-04,Overall effectiveness,Good\n'.repeat(1) +
      'Dudley,2020-01-01,Leaders,Inadequate\n'.repeat(50);
    const options = {
      columnRoles: new Map([
        [0, { kind: 'field' as const, field: 'authorityName' as const }],
        [1, { kind: 'field' as const, field: 'date' as const }],
        [2, { kind: 'field' as const, field: 'judgementArea' as const }],
        [3, { kind: 'field' as const, field: 'grade' as const }],
      ]),
    };
    const whole = importText('mapped.csv', text, 'utf-8', options);
    expect(whole.ok).toBe(true);
    expect(importTextInChunks('mapped.csv', text, 'utf-8', options, { chunkSize: 64 })).toEqual(whole);
  });
});

describe('bytes decoded a chunk at a time', () => {
  const header = 'authority_name,inspection_date,judgement_area,grade,note\n';
  const rows = (count: number) =>
    Array.from(
      { length: count },
      (_, i) => `Council ${i},2021-10-0${1 + (i % 9)},Overall effectiveness,Good,Checked\n`,
    ).join('');

  it('reads a Windows-1252 file whose first curly quote comes after the first megabyte exactly as importBytes does', () => {
    // Excel's "CSV" on a UK machine: byte 0x92 is a right single quote, and not UTF-8.
    const ascii = new TextEncoder().encode(header + rows(20_000));
    expect(ascii.length).toBeGreaterThan(1024 * 1024);
    const tail = Uint8Array.from([
      ...new TextEncoder().encode('Children\x27s Trust,2022-01-10,Overall effectiveness,Good,Ofsted'),
      0x92,
      ...new TextEncoder().encode('s letter\n'),
    ]);
    const bytes = new Uint8Array(ascii.length + tail.length);
    bytes.set(ascii);
    bytes.set(tail, ascii.length);
    const whole = importBytes('excel.csv', bytes, KEEP);
    expect(whole.ok && whole.encoding).toBe('windows-1252');
    expect(whole.ok && whole.inspections.at(-1)?.judgements[0]?.note).toBe('Ofsted’s letter');
    expect(unpackResult(importBytesPacked('excel.csv', bytes, KEEP, { chunkSize: 64 * 1024 }))).toEqual(whole);
  });

  it('keeps a character whose bytes fall either side of a chunk edge', () => {
    const text =
      header + 'Bath & North East Somerset,2022-03-07,Overall effectiveness,Good,Réviewed – see letter\n'.repeat(50);
    const bytes = new TextEncoder().encode(text);
    const whole = importBytes('accents.csv', bytes);
    for (const chunkSize of [16, 17, 18, 19])
      expect(unpackResult(importBytesPacked('accents.csv', bytes, {}, { chunkSize }))).toEqual(whole);
  });
});
