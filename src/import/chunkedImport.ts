// The importer for big text files: papaparse in chunks, each chunk's rows read and let go, with progress as it goes.
import Papa from 'papaparse';
import { binaryProblem, decodeBytes, looksBinary, sniffBytes, type Encoding } from './decode';
import { importRows, importText, withAuthorityChoice, type ImportOptions, type ImportResult } from './importFile';
import { detectDelimiter } from './parseRows';
import { cellReading } from './cellReading';
import { capProblems, packResult, type PackedResult } from './packedResult';
import { isReportedParseError, parseProblemOf } from './parseProblems';
import type { ImportProblem } from './problem';
import { noRowsProblem } from './rowKinds';
import { HEADER_SEARCH_ROWS } from './table';
import { TableRows } from './tableRows';
import { bytesSource, NotUtf8Error, textSource, type TextSource } from './textSource';

export interface ImportProgress {
  /** Rows of the file read so far, title and header rows included. */
  readonly rows: number;
  /** Share of the text read, 0 to 1. */
  readonly fraction: number;
}

export interface ChunkOptions {
  /** Characters per papaparse chunk: big enough that per-chunk costs vanish, small enough for frequent progress. */
  readonly chunkSize?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
}

/**
 * A quarter of a megabyte: a chunk's rows are alive while it is read, and rows alive at a collection are moved to the
 * old heap, where they stay as garbage until a full collection. Chunks of a megabyte left a million-row import's heap
 * 40 MB higher at its peak; chunks this size still cost nothing noticeable per chunk.
 */
const DEFAULT_CHUNK = 256 * 1024;

/**
 * The same result as importText, without ever holding every row: the header and format are found from the first rows
 * (by the very code importText uses), then each chunk's rows are classified, read and dropped. Whenever the first rows
 * do not make a readable table, the file is small or broken enough that the whole-text importer is run instead,
 * which keeps every failure message exactly as importText gives it.
 */
export function importTextInChunks(
  file: string,
  text: string,
  encoding: Encoding = 'utf-8',
  options: ImportOptions = {},
  chunking: ChunkOptions = {},
): ImportResult {
  const read = readInChunks(file, textSource(text, chunkSizeOf(chunking)), encoding, options, chunking);
  if (read.kind === 'whole') return importText(file, text, encoding, options);
  if (read.kind === 'failed') return read.result;
  const { rows } = read;
  const { inspections, measures, providers, rowsImported, rowsRejected } = rows.finish();
  return {
    ...read.report(),
    rowsImported,
    rowsRejected: rowsRejected + rows.rowsBroken,
    inspections,
    measures,
    ...(providers ? { providers } : {}),
  };
}

/**
 * importTextInChunks with the records packed for sending from a worker. A tidy file's records are gathered packed
 * and never become objects, which is what keeps a million-row import's memory near the size of the file.
 */
export function importTextPacked(
  file: string,
  text: string,
  encoding: Encoding = 'utf-8',
  options: ImportOptions = {},
  chunking: ChunkOptions = {},
): PackedResult {
  return packedFrom(
    file,
    readInChunks(file, textSource(text, chunkSizeOf(chunking)), encoding, options, chunking),
    () => importText(file, text, encoding, options),
  );
}

/** The packed result of a chunked read; `whole` reads the file as one text when the chunked reader cannot decide. */
function packedFrom(file: string, read: ChunkRead, whole: () => ImportResult): PackedResult {
  if (read.kind === 'whole') return packResult(whole());
  if (read.kind === 'failed') return packResult(read.result);
  const { rows } = read;
  const packedRead = rows.finishPacked();
  if (!packedRead) {
    const { inspections, measures, providers, rowsImported, rowsRejected } = rows.finish();
    // A provider list's rows travel beside the packed inspections (it has none) as plain records.
    return packResult({
      ...read.report(),
      rowsImported,
      rowsRejected: rowsRejected + rows.rowsBroken,
      inspections,
      measures,
      ...(providers ? { providers } : {}),
    });
  }
  const { packed, measures, rowsImported, rowsRejected } = packedRead;
  const report = read.report();
  return {
    ...report,
    problems: capProblems(report.problems),
    rowsImported,
    rowsRejected: rowsRejected + rows.rowsBroken,
    measures,
    packed,
  };
}

type ChunkRead =
  /** The first rows did not make a readable table: the whole-text importer decides, with its own messages. */
  | { readonly kind: 'whole' }
  | { readonly kind: 'failed'; readonly result: Extract<ImportResult, { ok: false }> }
  | {
      readonly kind: 'read';
      /** Asked once every row's records are finished, so what the reading noted about the cells is complete. */
      readonly report: () => Omit<
        Extract<ImportResult, { ok: true }>,
        'inspections' | 'measures' | 'rowsImported' | 'rowsRejected'
      >;
      /** The rows read, whose records are finished by the caller (as objects, or packed). */
      readonly rows: TableRows;
    };

const chunkSizeOf = (chunking: ChunkOptions) => Math.max(16, chunking.chunkSize ?? DEFAULT_CHUNK);

function readInChunks(
  file: string,
  source: TextSource,
  encoding: Encoding,
  options: ImportOptions,
  chunking: ChunkOptions,
): ChunkRead {
  const delimiter = detectDelimiter(source.start);
  const newline = lineEndOf(source.start, delimiter);
  // Whether the whole text ends with a line end: known once its last piece is read.
  let endsWithLineEnd = false;

  const head: string[][] = [];
  let state: TableRows | undefined;
  let headerReport: Pick<Extract<ImportResult, { ok: true }>, 'headerUncertain' | 'headerCandidates'> = {};
  let fallBack = false;
  const problems: ImportProblem[] = [];
  const brokenLines = new Set<number>();
  let rowsSeen = 0;
  // The last row of each chunk waits for the next: only at the end is it known whether it is the empty row after a final line end.
  let held: string[] | undefined;

  const readRows = (rows: readonly string[][], firstLine: number, chunkProblems: ImportProblem[]) => {
    state?.add(
      rows.map((cells, i) => ({ line: firstLine + i, cells })),
      chunkProblems,
    );
  };

  /** Finds the table from the first rows with importText's own rules; a failure there means the whole-text importer decides. */
  const settle = () => {
    const probe = importRows(file, head.slice(0, HEADER_SEARCH_ROWS + 1), options);
    if (!probe.ok) {
      fallBack = true;
      return;
    }
    const table = withAuthorityChoice(
      { headerLine: probe.headerLine, columns: probe.columns, rows: [], preambleRows: probe.headerLine - 1 },
      options,
    );
    state = new TableRows(file, table, probe.format, brokenLines, cellReading(options.valueMeanings));
    headerReport = { headerUncertain: probe.headerUncertain, headerCandidates: probe.headerCandidates };
    readRows(head, 1, problems);
    head.length = 0;
  };

  const take = (rows: string[][], errors: readonly Papa.ParseError[], final: boolean) => {
    const firstLine = rowsSeen + 1;
    rowsSeen += rows.length;
    const chunkProblems: ImportProblem[] = [];
    for (const error of errors) {
      if (!isReportedParseError(error)) continue;
      const { problem, broken } = parseProblemOf(error, firstLine + (error.row ?? 0));
      if (broken) brokenLines.add(problem.line);
      chunkProblems.push(problem);
    }
    const batch = held ? [held, ...rows] : [...rows];
    const batchStart = held ? firstLine - 1 : firstLine;
    held = final ? undefined : batch.pop();
    if (final) {
      // A final line ending gives papaparse one empty row that no spreadsheet would show (as parseRows says).
      const last = batch[batch.length - 1];
      if (last && last.length === 1 && last[0] === '' && endsWithLineEnd) batch.pop();
    }
    if (!state && !fallBack) {
      for (const row of batch) head.push(row);
      for (const problem of chunkProblems) problems.push(problem);
      if (head.length > HEADER_SEARCH_ROWS || final) settle();
      return;
    }
    if (fallBack) return;
    readRows(batch, batchStart, chunkProblems);
    for (const problem of chunkProblems) problems.push(problem);
  };

  parseInChunks(source, delimiter, newline, (rows, errors, final, endsWithLineEndNow) => {
    if (final) endsWithLineEnd = endsWithLineEndNow;
    take(rows, errors, final);
    chunking.onProgress?.({ rows: rowsSeen, fraction: final ? 1 : source.fraction() });
    return !fallBack;
  });
  if (fallBack || !state) return { kind: 'whole' };
  const table = state.tables[0]!;
  if (!state.anyFilledRow) {
    return {
      kind: 'failed',
      result: {
        ok: false,
        file,
        problems: [noRowsProblem(table)],
        headerLine: table.headerLine,
        columns: table.columns,
      },
    };
  }
  const rows = state;
  return {
    kind: 'read',
    report: () => {
      const unusedColumns = rows.unusedColumns(problems);
      const reported = rows.withTitles(problems).sort((a, b) => a.line - b.line);
      return {
        ok: true,
        file,
        format: rows.format,
        encoding,
        delimiter,
        headerLine: table.headerLine,
        columns: table.columns,
        rowsRead: rows.rowsRead,
        rowsSkipped: rows.rowsSkipped,
        problems: reported,
        sampleRows: rows.sampleRows,
        notes: rows.reading.notes(),
        unusedColumns,
        unrecognisedValues: rows.reading.unrecognisedValues(),
        ...headerReport,
      };
    },
    rows,
  };
}

/** Papaparse guesses line ends from a chunk's first megabyte: guessed once over the text's, they match a whole-text parse. */
export function lineEndOf(start: string, delimiter: string): '\n' | '\r\n' | '\r' {
  const linebreak = Papa.parse<string[]>(start, { delimiter, preview: 1 }).meta.linebreak;
  return linebreak === '\r\n' || linebreak === '\r' ? linebreak : '\n';
}

/**
 * Papaparse over a source a piece at a time, each piece's rows given to `take` as they are read. Papaparse's own string
 * streamer recurses once per chunk; this loop does what it does (a chunk's unfinished last row is carried into the
 * next) without the stack growing. Papa.parse drops a leading byte-order mark, so this does too. Errors of a row held
 * back for the next piece are given with that row. `take` returns false to stop reading. `endsWithLineEnd` (known
 * with the final piece) says whether the whole text ends with a line end. The bench's floor measures this same loop.
 */
export function parseInChunks(
  source: TextSource,
  delimiter: string,
  newline: '\n' | '\r\n' | '\r',
  take: (rows: string[][], errors: readonly Papa.ParseError[], final: boolean, endsWithLineEnd: boolean) => boolean,
): void {
  let piece = source.next();
  if (piece !== undefined && piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
  let carried = '';
  let base = 0;
  for (;;) {
    // One piece ahead, so the last is known as the last.
    const following = piece === undefined ? undefined : source.next();
    const final = following === undefined;
    const endsWithLineEnd = final && piece !== undefined && /[\r\n]$/.test(piece);
    const aggregate = carried + (piece ?? '');
    piece = following;
    const results = new Papa.Parser({ delimiter, newline, skipEmptyLines: false }).parse(
      aggregate,
      base,
      !final,
    ) as Papa.ParseResult<string[]>;
    if (!final) {
      carried = aggregate.slice(results.meta.cursor - base);
      base = results.meta.cursor;
    }
    const errors = results.errors.filter((error) => (error.row ?? 0) < results.data.length);
    if (!take(results.data, errors, final, endsWithLineEnd) || final) return;
  }
}

/** Bytes to a result through the chunked importer. */
export function importBytesInChunks(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
  chunking: ChunkOptions = {},
): ImportResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, file, problems: [decoded.problem] };
  return importTextInChunks(file, decoded.text, decoded.encoding, options, chunking);
}

/**
 * Bytes to a packed result: the worker's entry to the importer. The bytes are decoded a chunk at a time as they are
 * read, so the file is never also held as one long string; bytes that prove not to be UTF-8 part way through are
 * read again from the start as a whole, as importBytes reads them.
 */
export function importBytesPacked(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
  chunking: ChunkOptions = {},
): PackedResult {
  const whole = (): ImportResult => {
    const decoded = decodeBytes(bytes);
    return decoded.ok
      ? importText(file, decoded.text, decoded.encoding, options)
      : { ok: false, file, problems: [decoded.problem] };
  };
  const sniffed = sniffBytes(bytes);
  if (!sniffed.ok) return { ok: false, file, problems: [sniffed.problem] };
  try {
    const source = bytesSource(bytes, sniffed.encoding, chunkSizeOf(chunking));
    if (looksBinary(source.start)) return { ok: false, file, problems: [binaryProblem()] };
    return packedFrom(file, readInChunks(file, source, sniffed.encoding, options, chunking), whole);
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return { ok: false, file, problems: [decoded.problem] };
    return importTextPacked(file, decoded.text, decoded.encoding, options, chunking);
  }
}
