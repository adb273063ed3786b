// decodeBytes: the encodings spreadsheets really save in, and the files that are not text at all.
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252, type Encoding } from '../../../src/import/decode';

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const utf8 = (text: string) => Array.from(new TextEncoder().encode(text));
const utf16 = (text: string, littleEndian: boolean) =>
  Array.from(text, (char) => char.charCodeAt(0)).flatMap((unit) =>
    littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff],
  );

describe('decodeBytes reads text in', () => {
  it.each<[string, number[], Encoding, string]>([
    ['plain ASCII', ascii('authority,grade\r\nWalsall,Good\r\n'), 'utf-8', 'authority,grade\r\nWalsall,Good\r\n'],
    ['UTF-8 without a BOM', utf8('Café,£94 – “Good”'), 'utf-8', 'Café,£94 – “Good”'],
    [
      'UTF-8 with a BOM, which is dropped',
      [0xef, 0xbb, 0xbf, ...utf8('Local authority;Grade')],
      'utf-8-bom',
      'Local authority;Grade',
    ],
    [
      'UTF-16LE with a BOM (Excel "Unicode text")',
      [0xff, 0xfe, ...utf16('LA name\tGrade\r\nSt Helens\tGood’', true)],
      'utf-16le',
      'LA name\tGrade\r\nSt Helens\tGood’',
    ],
    ['UTF-16BE with a BOM', [0xfe, 0xff, ...utf16('LA name\tGrade', false)], 'utf-16be', 'LA name\tGrade'],
    [
      'Windows-1252 (Excel on Windows): £, curly quotes, dashes and é',
      [
        0xa3, 0x31, 0x2e, 0x32, 0x6d, 0x2c, 0x93, 0x47, 0x6f, 0x6f, 0x64, 0x94, 0x20, 0x96, 0x20, 0x91, 0x78, 0x92,
        0x97, 0x63, 0x61, 0x66, 0xe9,
      ],
      'windows-1252',
      '£1.2m,“Good” – ‘x’—café',
    ],
  ])('%s', (_name, bytes, encoding, text) => {
    expect(decodeBytes(Uint8Array.from(bytes))).toEqual({ ok: true, text, encoding });
  });
});

describe('decodeWindows1252', () => {
  it.each<[number, string]>([
    [0x80, '€'],
    [0x82, '‚'],
    [0x85, '…'],
    [0x8a, 'Š'],
    [0x8c, 'Œ'],
    [0x91, '‘'],
    [0x92, '’'],
    [0x93, '“'],
    [0x94, '”'],
    [0x95, '•'],
    [0x96, '–'],
    [0x97, '—'],
    [0x99, '™'],
    [0x9f, 'Ÿ'],
    [0x81, '\u0081'],
    [0x9d, '\u009d'],
    [0xa3, '£'],
    [0xe9, 'é'],
    [0xff, 'ÿ'],
    [0x41, 'A'],
  ])('byte %i decodes to %j', (byte, char) => {
    expect(decodeWindows1252(Uint8Array.of(byte))).toBe(char);
  });

  it('keeps every byte of a file longer than one decoding chunk', () => {
    const bytes = new Uint8Array(20_000).map((_, i) => (i % 3 === 0 ? 0x92 : 0x61));
    const text = decodeWindows1252(bytes);
    expect(text).toHaveLength(20_000);
    // Byte 19,998 is a multiple of 3, so a quote; 19,999 is not.
    expect(text.slice(19_998)).toBe('’a');
    expect([...text].filter((char) => char === '’')).toHaveLength(6667);
  });
});

describe('decodeBytes refuses', () => {
  it.each<[string, number[], RegExp]>([
    ['an empty file', [], /file is empty/],
    [
      'an .xlsx or .ods (zip)',
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
      /spreadsheet or other zipped file.*save the sheet as CSV/,
    ],
    ['a PDF', ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF, not a table/],
    [
      'a PNG',
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52],
      /not text/,
    ],
    ['text with a NUL byte in it', ascii('authority,grade\nWalsall,Go\0od\n'), /not text/],
    [
      'a file full of control characters',
      Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x61)),
      /not text/,
    ],
  ])('%s', (_name, bytes, why) => {
    const decoded = decodeBytes(Uint8Array.from(bytes));
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.problem).toMatchObject({ line: 0, column: '', value: '', severity: 'error' });
    expect(decoded.problem.message).toMatch(why);
  });

  it('but lets a stray control character in a long text through', () => {
    const text = `${'Walsall,Good\n'.repeat(20)}\f`;
    expect(decodeBytes(Uint8Array.from(ascii(text)))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });
});
