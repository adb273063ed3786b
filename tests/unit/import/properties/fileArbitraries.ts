// Arbitrary files for the importer: CSV-shaped text with any delimiter, quoting and line end, in any encoding, and damaged fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FIXTURES_DIR } from '../helpers';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export const LINE_ENDS = ['\n', '\r\n', '\r'] as const;

/** What a CSV reader trips on, characters from every Unicode plane, and the controls that mark a file as binary. */
const TRICKY_CHARS = [
  ',',
  ';',
  '\t',
  '|',
  '"',
  "'",
  '\n',
  '\r',
  ' ',
  '(',
  ')',
  ':',
  '-',
  '/',
  '.',
  '%',
  '£',
  'é',
  '’',
  '–',
  '€',
  '中',
  '😀',
  '\u00a0',
  '\ufeff',
  '\ufffd',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u2028',
  '\ud800',
];
const PLAIN_CHARS = ['a', 'e', 'Z', '0', '1', '9'];

export const trickyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...TRICKY_CHARS),
    fc.constantFrom(...PLAIN_CHARS),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});

/** Headings and values the importer recognises, so random files reach past the header search now and then. */
const WORDS = [
  'authority_name',
  'authority_code',
  'region',
  'inspection_type',
  'inspection_date',
  'publication_date',
  'judgement_area',
  'grade',
  'note',
  'Local authority name',
  'Local authority area code',
  'Local authority status',
  'Ofsted region',
  'Inspection date',
  'Web link',
  'Overall effectiveness',
  'Impact of leaders',
  'Care leavers',
  'outstanding',
  'good',
  'adequate',
  'requires improvement',
  'inadequate',
  'total',
  'measure',
  'value',
  'unit',
  'date',
  'Walsall',
  'E08000030',
  '335',
  'West Midlands',
  '2021-10-04',
  '04/10/2021',
  '4 October 2021',
  '2012-06',
  'June 2012',
  '2008',
  '31/02/2021',
  'Good',
  'Requires improvement to be good',
  'Adequate',
  '1',
  '5',
  'n/a',
  'Not yet inspected',
  'Total',
  '94%',
  '1,234',
  '£1,200',
  '2023-24',
  '',
  ' ',
  'Very good',
];

export const cellText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: trickyText },
  { weight: 1, arbitrary: fc.string() },
);

/** How a writer put a cell on the line: as CSV requires, always quoted, bare, or with its quotes broken. */
export type Quoting = 'auto' | 'quoted' | 'bare' | 'open' | 'stray' | 'after';

export const quoting = fc.oneof(
  { weight: 20, arbitrary: fc.constant<Quoting>('auto') },
  { weight: 2, arbitrary: fc.constant<Quoting>('quoted') },
  { weight: 2, arbitrary: fc.constant<Quoting>('bare') },
  { weight: 1, arbitrary: fc.constantFrom<Quoting>('open', 'stray', 'after') },
);

export function quoteCell(text: string, how: Quoting, delimiter: string): string {
  const doubled = `"${text.replace(/"/g, '""')}"`;
  switch (how) {
    case 'auto':
      return text.includes(delimiter) || /["\r\n]/.test(text) ? doubled : text;
    case 'quoted':
      return doubled;
    case 'bare':
      return text;
    case 'open':
      return `"${text}`;
    case 'stray':
      return `${text.slice(0, 1)}"${text.slice(1)}`;
    case 'after':
      return `"${text}"x`;
  }
}

export interface CsvLayout {
  readonly delimiter: string;
  /** Used in turn, so a file can mix line ends. */
  readonly lineEnds: readonly string[];
  readonly finalLineEnd: boolean;
}

export const csvLayout: fc.Arbitrary<CsvLayout> = fc.record({
  delimiter: fc.constantFrom(...DELIMITERS),
  lineEnds: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...LINE_ENDS).map((end) => [end]) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...LINE_ENDS), { minLength: 2, maxLength: 3 }) },
  ),
  finalLineEnd: fc.boolean(),
});

export interface Cell {
  readonly text: string;
  readonly quoting: Quoting;
}

export function renderCsv(rows: readonly (readonly Cell[])[], layout: CsvLayout): string {
  return rows
    .map((row, i) => {
      const line = row.map((cell) => quoteCell(cell.text, cell.quoting, layout.delimiter)).join(layout.delimiter);
      const last = i === rows.length - 1;
      return last && !layout.finalLineEnd ? line : line + layout.lineEnds[i % layout.lineEnds.length]!;
    })
    .join('');
}

/** Rows of random cells, each quoted its own way: mostly not a table at all. */
export const csvText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.array(fc.record({ text: cellText, quoting }), { maxLength: 12 }), { maxLength: 25 }), csvLayout)
  .map(([rows, layout]) => renderCsv(rows, layout));

export type TextEncodingName =
  'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le-no-bom' | 'windows-1252' | 'utf-8-cut';

export const textEncoding = fc.constantFrom<TextEncodingName>(
  'utf-8',
  'utf-8-bom',
  'utf-16le-bom',
  'utf-16be-bom',
  'utf-16le-no-bom',
  'windows-1252',
  'utf-8-cut',
);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const offset = bom ? 2 : 0;
  const bytes = new Uint8Array(offset + text.length * 2);
  const view = new DataView(bytes.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** Text as a file saved it; 'utf-8-cut' loses its last byte, as an interrupted download can. */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  switch (encoding) {
    case 'utf-8':
      return utf8;
    case 'utf-8-bom':
      return Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    case 'utf-8-cut':
      return utf8.subarray(0, Math.max(0, utf8.length - 1));
    case 'utf-16le-bom':
      return utf16(text, true, true);
    case 'utf-16be-bom':
      return utf16(text, false, true);
    case 'utf-16le-no-bom':
      return utf16(text, true, false);
    case 'windows-1252':
      return Uint8Array.from(text, (char) => (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f));
  }
}

export interface FileCase {
  /** What kind of input this is, for statistics and for naming a kept fixture. */
  readonly kind: string;
  readonly bytes: Uint8Array;
}

const asFile =
  (kind: string) =>
  (bytes: Uint8Array): FileCase => ({ kind, bytes });

export function encodedFile(kind: string, text: fc.Arbitrary<string>): fc.Arbitrary<FileCase> {
  return fc
    .tuple(text, textEncoding)
    .map(([value, encoding]) => ({ kind: `${kind} (${encoding})`, bytes: encodeText(value, encoding) }));
}

/** Every text fixture, read once: real shapes to damage. */
const FIXTURE_BYTES: ReadonlyArray<readonly [string, Uint8Array]> = ['', 'upload', 'fuzz']
  .flatMap((folder) => {
    const dir = join(FIXTURES_DIR, folder);
    try {
      return readdirSync(dir)
        .filter((name) => /\.(csv|txt)$/.test(name))
        .map((name) => [join(folder, name), new Uint8Array(readFileSync(join(dir, name)))] as const);
    } catch {
      return [];
    }
  })
  .filter(([, bytes]) => bytes.length > 0);

type Mutation = {
  readonly kind: 'delete' | 'insert' | 'replace' | 'repeat';
  readonly at: number;
  readonly byte: number;
  readonly length: number;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'replace', 'repeat'),
  at: fc.nat(),
  byte: fc.oneof(
    fc.constantFrom(0x22, 0x2c, 0x3b, 0x09, 0x7c, 0x0a, 0x0d, 0x00, 0xff, 0xfe, 0xef, 0x80),
    fc.integer({ min: 0, max: 255 }),
  ),
  length: fc.integer({ min: 1, max: 40 }),
});

export function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  const out = Array.from(bytes);
  for (const { kind, at, byte, length } of mutations) {
    const i = out.length === 0 ? 0 : at % (out.length + 1);
    if (kind === 'delete') out.splice(i, length);
    else if (kind === 'insert') out.splice(i, 0, byte);
    else if (kind === 'replace' && i < out.length) out[i] = byte;
    else if (kind === 'repeat') out.splice(i, 0, ...out.slice(i, i + length));
  }
  return Uint8Array.from(out);
}

/** A fixture with a few bytes deleted, inserted, replaced or repeated. */
export const damagedFixture: fc.Arbitrary<FileCase> = fc
  .tuple(fc.constantFrom(...FIXTURE_BYTES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([[name, bytes], mutations]) => ({ kind: `damaged ${name}`, bytes: mutate(bytes, mutations) }));

export const anyFile: fc.Arbitrary<FileCase> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map(asFile('random bytes')),
  encodedFile('random text', fc.string({ unit: 'binary', maxLength: 400 })),
  encodedFile(
    'tricky text',
    fc.array(trickyText, { maxLength: 20 }).map((parts) => parts.join('')),
  ),
  encodedFile('csv-shaped text', csvText),
  damagedFixture,
);
