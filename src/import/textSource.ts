// Text that arrives a piece at a time: cut from a string, or decoded from bytes as it is read, so a big file is never held as one string.
import type { Encoding } from './decode';

export interface TextSource {
  /** The text's first megabyte (all of it when shorter): what the delimiter and line ends are guessed from. */
  readonly start: string;
  /** The next piece, or undefined once all has been given. */
  next(): string | undefined;
  /** The share of the input given out so far, 0 to 1. */
  fraction(): number;
}

/** How much of the text's start the guesses look at, as papaparse looks at a chunk's first megabyte. */
export const START_CHARS = 1024 * 1024;

export function textSource(text: string, chunkChars: number): TextSource {
  let at = 0;
  return {
    start: text.slice(0, START_CHARS),
    next() {
      if (at >= text.length) return undefined;
      const piece = text.slice(at, at + chunkChars);
      at += piece.length;
      return piece;
    },
    fraction: () => (text.length === 0 ? 1 : at / text.length),
  };
}

/** Thrown by a bytes source when bytes read as UTF-8 turn out not to be: the caller reads the file again as a whole. */
export class NotUtf8Error extends Error {
  constructor() {
    super('The bytes are not UTF-8.');
  }
}

/**
 * Bytes decoded `chunkBytes` at a time (a character split between two pieces is kept whole by the decoder).
 * Plain UTF-8 is decoded strictly: bytes that are not UTF-8 throw NotUtf8Error, since the whole file then has
 * another encoding (Windows-1252 in practice) and must be read again from the start.
 */
export function bytesSource(
  bytes: Uint8Array,
  encoding: Exclude<Encoding, 'windows-1252'>,
  chunkBytes: number,
): TextSource {
  const skip = encoding === 'utf-8-bom' ? 3 : encoding === 'utf-8' ? 0 : 2;
  const decoder = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding, { fatal: encoding === 'utf-8' });
  let at = skip;
  const decodeNext = (): string | undefined => {
    if (at >= bytes.length) return undefined;
    const end = Math.min(bytes.length, at + chunkBytes);
    let piece: string;
    try {
      piece = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    } catch {
      throw new NotUtf8Error();
    }
    at = end;
    return piece;
  };
  // The first pieces are decoded ahead to make the start, then given out in turn.
  const queued: string[] = [];
  let start = '';
  while (start.length < START_CHARS) {
    const piece = decodeNext();
    if (piece === undefined) break;
    queued.push(piece);
    start += piece;
  }
  return {
    start: start.slice(0, START_CHARS),
    next() {
      let piece = queued.shift() ?? decodeNext();
      // A piece can decode to nothing (only part of a character): the next one holds it.
      while (piece === '') piece = decodeNext();
      return piece;
    },
    fraction: () => (bytes.length === 0 ? 1 : Math.min(1, at / bytes.length)),
  };
}
