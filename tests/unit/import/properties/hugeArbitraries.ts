// Huge files for the importer: very long lines, rows of thousands of cells, and thousands of rows.
import fc from 'fast-check';
import { DELIMITERS, encodeText, LINE_ENDS, textEncoding, type FileCase } from './fileArbitraries';

/**
 * A short run of characters repeated to make a long one, now and then with one more character that spoils it at the
 * very end: brackets, digits, quotes and delimiters, and a tail like that, are what make regexes and parsers backtrack.
 */
const motifChar = fc.constantFrom(
  'a',
  'Z',
  '1',
  '9',
  '(',
  ')',
  ',',
  ';',
  '\t',
  '|',
  '"',
  ' ',
  '-',
  '/',
  '.',
  '%',
  'é',
  '£',
  '\n',
);
const motif = fc.oneof(
  motifChar,
  fc.string({ unit: motifChar, minLength: 2, maxLength: 4 }),
  fc.constantFrom('1', '12', '1,2', '0.', '2021'),
);
const tail = fc.constantFrom('', '', 'x', ' x', '%%', ')', '"');
const length = fc.integer({ min: 10_000, max: 150_000 });
const repeated = fc
  .tuple(motif, length, tail)
  .map(([text, size, end]) => text.repeat(Math.ceil(size / text.length)).slice(0, size) + end);

const HEADERS = [
  'authority_name,inspection_date,judgement_area,grade,note',
  'Local authority name,Inspection date,Overall effectiveness,Impact of leaders,Care leavers',
  'authority_name,inspection_date,outstanding,good,adequate,inadequate,total',
  'authority_name,date,measure,value,unit',
];
const RECORD = ['Walsall', '2021-10-04', 'Overall effectiveness', 'Good', '94'];

/** Delimiter-separated cells with one replaced by the long text (in the header or a data row), every cell of a data row, or the text alone. */
const longCell = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    text: repeated,
    row: fc.constantFrom('header', 'data', 'whole row', 'alone'),
    column: fc.nat(6),
    delimiter: fc.constantFrom(...DELIMITERS),
  })
  .map(({ header, text, row, column, delimiter }) => {
    const headings = header.split(',');
    const at = column % headings.length;
    const withText = (cells: readonly string[]) => cells.map((cell, i) => (i === at ? text : cell)).join(delimiter);
    const record = RECORD.slice(0, headings.length).concat(
      Array<string>(Math.max(0, headings.length - RECORD.length)).fill('1'),
    );
    const body = `${headings.join(delimiter)}\n${record.join(delimiter)}\n`;
    if (row === 'alone') return text;
    if (row === 'header') return `${withText(headings)}\n${record.join(delimiter)}\n`;
    if (row === 'whole row')
      return `${body}${headings.map(() => text.slice(-Math.ceil(text.length / headings.length))).join(delimiter)}\n`;
    return `${body}${withText(record)}\n`;
  });

/** One row with thousands of cells, in the header's place or below it. */
const manyCells = fc
  .record({
    cells: fc.integer({ min: 2_000, max: 40_000 }),
    cell: fc.constantFrom('', 'a', 'Good', 'authority_name', '(', '"x"', '2021-10-04', 'Overall effectiveness'),
    below: fc.boolean(),
    delimiter: fc.constantFrom(...DELIMITERS),
  })
  .map(({ cells, cell, below, delimiter }) => {
    const wide = Array<string>(cells).fill(cell).join(delimiter);
    return below ? `${HEADERS[0]!.split(',').join(delimiter)}\n${wide}\n` : `${wide}\nWalsall${delimiter}2021-10-04\n`;
  });

/** Thousands of rows: records, blank lines, lone quote marks or one-cell footnotes. */
const manyRows = fc
  .record({
    rows: fc.integer({ min: 1_000, max: 12_000 }),
    kind: fc.constantFrom('records', 'blank', 'quotes', 'footnotes'),
    lineEnd: fc.constantFrom(...LINE_ENDS),
  })
  .map(({ rows, kind, lineEnd }) => {
    const line = (i: number) => {
      if (kind === 'records')
        return `Authority ${i % 300},${2000 + (i % 100)}-0${1 + (i % 9)},Area ${i % 7},${['Good', 'Inadequate', '', 'Very good'][i % 4]},`;
      if (kind === 'blank') return '';
      if (kind === 'quotes') return i % 2 === 0 ? '"' : '""';
      return `Note ${i}`;
    };
    return [HEADERS[0], ...Array.from({ length: rows }, (_, i) => line(i))].join(lineEnd);
  });

export const hugeFile: fc.Arbitrary<FileCase> = fc
  .tuple(fc.constantFrom('long cell', 'long cell', 'many cells', 'many rows'), textEncoding)
  .chain(([kind, encoding]) =>
    (kind === 'long cell' ? longCell : kind === 'many cells' ? manyCells : manyRows).map((text) => ({
      kind: `${kind} (${encoding})`,
      bytes: encodeText(text, encoding),
    })),
  );
