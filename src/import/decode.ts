// Bytes to text: finds the encoding a council's spreadsheet actually saved, and refuses what is not text.
import { fileProblem, type ImportProblem } from './problem';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; problem: ImportProblem };

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);

/** What the first bytes say: not text at all, or text in an encoding a byte-order mark names (plain UTF-8 otherwise, until proved not). */
export type Sniffed = { ok: true; encoding: Exclude<Encoding, 'windows-1252'> } | { ok: false; problem: ImportProblem };

export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0)
    return { ok: false, problem: fileProblem('The file is empty. Choose the file again, or check it was saved.') };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return {
      ok: false,
      problem: fileProblem(
        'This is a spreadsheet or other zipped file (.xlsx, .ods), not CSV text. Open it in a spreadsheet and save the sheet as CSV.',
      ),
    };
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return {
      ok: false,
      problem: fileProblem('This is a PDF, not a table. Use the CSV or spreadsheet version of the data.'),
    };
  }
  // Excel's "Unicode text" is UTF-16 with a byte-order mark, usually tab-delimited.
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, encoding: 'utf-16be' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, encoding: 'utf-8-bom' };
  return { ok: true, encoding: 'utf-8' };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const sniffed = sniffBytes(bytes);
  if (!sniffed.ok) return sniffed;
  let text: string;
  let encoding: Encoding = sniffed.encoding;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') text = new TextDecoder(encoding).decode(bytes.subarray(2));
  else if (encoding === 'utf-8-bom') text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Excel on Windows saves "CSV" in the machine's code page, which in the UK is Windows-1252.
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
    }
  }
  if (looksBinary(text)) return { ok: false, problem: binaryProblem() };
  return { ok: true, text, encoding };
}

export const binaryProblem = () =>
  fileProblem('This file is not text: it looks like a program, image or other binary file. Choose a CSV file.');

/** Text files hold almost no control characters; binary files are full of them. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
  }
  return control / sample.length > 0.01;
}

/** What bytes 0x80-0x9F stand for in Windows-1252 (the WHATWG table); the 5 unassigned bytes keep their code. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

/**
 * Decoded by hand because Node's TextDecoder (from 20.18.3 and 22.13.0) reads 'windows-1252' as
 * Latin-1, turning Excel's curly quotes and dashes into control characters (nodejs/node#60888);
 * the command line and the tests run in Node, so the table lives here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : byte)),
    );
  }
  return text;
}
