// The importer for big text files: papaparse in chunks, each chunk's rows read and let go, with progress as it goes.
import Papa from 'papaparse';
import { binaryProblem, decodeBytes, looksBinary, sniffBytes, type Encoding } from './decode';
import { readMeasures } from './formats/measures';
import { readOfstedWide } from './formats/ofstedWide';
import type { FormatInput, FormatOutput } from './formats/output';
import { readSummaryCounts } from './formats/summaryCounts';
import { tidyGatherer } from './formats/tidyGatherer';
import { importRows, importText, withAuthorityChoice, type FormatId, type ImportOptions, type ImportResult } from './importFile';
import { detectDelimiter } from './parseRows';
import { capProblems, packResult, type PackedInspections, type PackedResult } from './packedResult';
import { isReportedParseError, parseProblemOf } from './parseProblems';
import { fileProblem, type ImportProblem } from './problem';
import { classifyRow } from './rowValues';
import { bytesSource, NotUtf8Error, textSource, type TextSource } from './textSource';
import { columnFor, HEADER_SEARCH_ROWS, type DataRow, type Table } from './table';

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

const DEFAULT_CHUNK = 1024 * 1024;
const SAMPLE_ROWS = 10;

/** Per-row formats read a batch like the whole file; tidy rows gather across batches. */
interface BatchReader {
  add(rows: readonly DataRow[], problems: ImportProblem[]): void;
  finish(): FormatOutput;
  /** Readers that hold their records packed can hand them over without ever making objects. */
  finishPacked?(): Omit<FormatOutput, 'inspections'> & { readonly packed: PackedInspections };
}

const PER_ROW: Readonly<Record<Exclude<FormatId, 'tidy'>, (input: FormatInput) => FormatOutput>> = {
  'ofsted-wide': readOfstedWide,
  'summary-counts': readSummaryCounts,
  measures: readMeasures,
};

function batchReader(format: FormatId, file: string, table: Table): BatchReader {
  if (format === 'tidy') return tidyGatherer(file, table);
  const read = PER_ROW[format];
  const total = { inspections: [] as FormatOutput['inspections'], measures: [] as FormatOutput['measures'], rowsImported: 0, rowsRejected: 0 };
  return {
    add(rows, problems) {
      const output = read({ file, table, rows, problems });
      for (const inspection of output.inspections) total.inspections.push(inspection);
      for (const measure of output.measures) total.measures.push(measure);
      total.rowsImported += output.rowsImported;
      total.rowsRejected += output.rowsRejected;
    },
    finish: () => total,
  };
}

/**
 * The same result as importText, without ever holding every row: the header and format are found from the first rows
 * (by the very code importText uses), then each chunk's rows are classified, read and dropped. Whenever the first rows
 * do not make a readable table, the file is small or broken enough that the whole-text importer is run instead,
 * which keeps every failure message exactly as importText gives it.
 */
export function importTextInChunks(file: string, text: string, encoding: Encoding = 'utf-8', options: ImportOptions = {}, chunking: ChunkOptions = {}): ImportResult {
  const read = readInChunks(file, textSource(text, chunkSizeOf(chunking)), encoding, options, chunking);
  if (read.kind === 'whole') return importText(file, text, encoding, options);
  if (read.kind === 'failed') return read.result;
  const { reader, report, rowsBroken } = read;
  const { inspections, measures, rowsImported, rowsRejected } = reader.finish();
  return { ...report, rowsImported, rowsRejected: rowsRejected + rowsBroken, inspections, measures };
}

/**
 * importTextInChunks with the records packed for sending from a worker. A tidy file's records are gathered packed
 * and never become objects, which is what keeps a million-row import's memory near the size of the file.
 */
export function importTextPacked(file: string, text: string, encoding: Encoding = 'utf-8', options: ImportOptions = {}, chunking: ChunkOptions = {}): PackedResult {
  return packedFrom(file, readInChunks(file, textSource(text, chunkSizeOf(chunking)), encoding, options, chunking), () => importText(file, text, encoding, options));
}

/** The packed result of a chunked read; `whole` reads the file as one text when the chunked reader cannot decide. */
function packedFrom(file: string, read: ChunkRead, whole: () => ImportResult): PackedResult {
  if (read.kind === 'whole') return packResult(whole());
  if (read.kind === 'failed') return packResult(read.result);
  const { reader, report, rowsBroken } = read;
  if (!reader.finishPacked) {
    const { inspections, measures, rowsImported, rowsRejected } = reader.finish();
    return packResult({ ...report, rowsImported, rowsRejected: rowsRejected + rowsBroken, inspections, measures });
  }
  const { packed, measures, rowsImported, rowsRejected } = reader.finishPacked();
  return { ...report, problems: capProblems(report.problems), rowsImported, rowsRejected: rowsRejected + rowsBroken, measures, packed };
}

type ChunkRead =
  /** The first rows did not make a readable table: the whole-text importer decides, with its own messages. */
  | { readonly kind: 'whole' }
  | { readonly kind: 'failed'; readonly result: Extract<ImportResult, { ok: false }> }
  | {
      readonly kind: 'read';
      readonly report: Omit<Extract<ImportResult, { ok: true }>, 'inspections' | 'measures' | 'rowsImported' | 'rowsRejected'>;
      readonly reader: BatchReader;
      /** Rows papaparse could not split; counted as rejected. */
      readonly rowsBroken: number;
    };

const chunkSizeOf = (chunking: ChunkOptions) => Math.max(16, chunking.chunkSize ?? DEFAULT_CHUNK);

function readInChunks(file: string, source: TextSource, encoding: Encoding, options: ImportOptions, chunking: ChunkOptions): ChunkRead {
  const delimiter = detectDelimiter(source.start);
  // Papaparse guesses line ends from a chunk's first megabyte: guessed once over the text's, they match a whole-text parse.
  const linebreak = Papa.parse<string[]>(source.start, { delimiter, preview: 1 }).meta.linebreak;
  const newline = linebreak === '\r\n' || linebreak === '\r' ? linebreak : '\n';
  // Whether the whole text ends with a line end: known once its last piece is read.
  let endsWithLineEnd = false;

  const head: string[][] = [];
  let state: { table: Table; format: FormatId; reader: BatchReader } | undefined;
  let fallBack = false;
  const problems: ImportProblem[] = [];
  const brokenLines = new Set<number>();
  const sampleRows: DataRow[] = [];
  let rowsSeen = 0;
  let rowsSkipped = 0;
  let rowsBroken = 0;
  let dataRowsRead = 0;
  let anyFilledRow = false;
  // The last row of each chunk waits for the next: only at the end is it known whether it is the empty row after a final line end.
  let held: string[] | undefined;

  const skippedColumn = (table: Table) => (columnFor(table, 'authorityName') ?? table.columns[0])?.heading ?? '';

  const readRows = (rows: readonly string[][], firstLine: number, chunkProblems: ImportProblem[]) => {
    if (!state) return;
    const { table } = state;
    const dataRows: DataRow[] = [];
    const nameColumn = columnFor(table, 'authorityName');
    rows.forEach((cells, i) => {
      const row: DataRow = { line: firstLine + i, cells };
      if (row.line <= table.headerLine) return;
      dataRowsRead++;
      if (!anyFilledRow && cells.some((cell) => cell.trim() !== '')) anyFilledRow = true;
      if (brokenLines.has(row.line)) {
        rowsBroken++;
        return;
      }
      const kind = classifyRow(row, table);
      if (kind === 'data') {
        dataRows.push(row);
        if (sampleRows.length < SAMPLE_ROWS) sampleRows.push(row);
        return;
      }
      rowsSkipped++;
      const text = (nameColumn ? row.cells[nameColumn.index]?.trim() : '') || (row.cells.find((cell) => cell.trim() !== '')?.trim() ?? '');
      const column = skippedColumn(table);
      if (kind === 'total') chunkProblems.push({ line: row.line, column, value: text, message: 'This looks like a total row; it was skipped so its figures are not counted twice.', severity: 'warning' });
      else if (kind === 'not-inspected')
        chunkProblems.push({ line: row.line, column, value: text, message: 'This row says the authority has not been inspected yet and gives no date; it was skipped because there is no inspection to record.', severity: 'warning' });
      else if (kind === 'note') chunkProblems.push({ line: row.line, column, value: text, message: 'This row has text in one cell only, like a footnote; it was skipped.', severity: 'warning' });
    });
    state.reader.add(dataRows, chunkProblems);
  };

  /** Finds the table from the first rows with importText's own rules; a failure there means the whole-text importer decides. */
  const settle = () => {
    const probe = importRows(file, head.slice(0, HEADER_SEARCH_ROWS + 1), options);
    if (!probe.ok) {
      fallBack = true;
      return;
    }
    const table = withAuthorityChoice({ headerLine: probe.headerLine, columns: probe.columns, rows: [], preambleRows: probe.headerLine - 1 }, options);
    state = { table, format: probe.format, reader: batchReader(probe.format, file, table) };
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

  // Papaparse's own string streamer recurses once per chunk; this loop does what it does (a chunk's unfinished last row is
  // carried into the next) without the stack growing. Papa.parse drops a leading byte-order mark, so this does too.
  let piece = source.next();
  if (piece !== undefined && piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
  let carried = '';
  let base = 0;
  while (!fallBack) {
    // One piece ahead, so the last is known as the last.
    const following = piece === undefined ? undefined : source.next();
    const final = following === undefined;
    if (final && piece) endsWithLineEnd = /[\r\n]$/.test(piece);
    const aggregate = carried + (piece ?? '');
    piece = following;
    const results = new Papa.Parser({ delimiter, newline, skipEmptyLines: false }).parse(aggregate, base, !final) as Papa.ParseResult<string[]>;
    if (!final) {
      carried = aggregate.slice(results.meta.cursor - base);
      base = results.meta.cursor;
    }
    // Papaparse also reports the errors of a row it holds back for the next chunk: those are reported when that row is read.
    take(results.data, results.errors.filter((error) => (error.row ?? 0) < results.data.length), final);
    chunking.onProgress?.({ rows: rowsSeen, fraction: final ? 1 : source.fraction() });
    if (final) break;
  }
  if (fallBack || !state) return { kind: 'whole' };
  if (!anyFilledRow) {
    return {
      kind: 'failed',
      result: { ok: false, file, problems: [{ ...fileProblem('The file has headings but no rows of data below them. Check you saved the whole table.'), line: state.table.headerLine }], headerLine: state.table.headerLine, columns: state.table.columns },
    };
  }
  problems.sort((a, b) => a.line - b.line);
  return {
    kind: 'read',
    report: { ok: true, file, format: state.format, encoding, delimiter, headerLine: state.table.headerLine, columns: state.table.columns, rowsRead: dataRowsRead, rowsSkipped, problems, sampleRows },
    reader: state.reader,
    rowsBroken,
  };
}

/** Bytes to a result through the chunked importer. */
export function importBytesInChunks(file: string, bytes: Uint8Array, options: ImportOptions = {}, chunking: ChunkOptions = {}): ImportResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, file, problems: [decoded.problem] };
  return importTextInChunks(file, decoded.text, decoded.encoding, options, chunking);
}

/**
 * Bytes to a packed result: the worker's entry to the importer. The bytes are decoded a chunk at a time as they are
 * read, so the file is never also held as one long string; bytes that prove not to be UTF-8 part way through are
 * read again from the start as a whole, as importBytes reads them.
 */
export function importBytesPacked(file: string, bytes: Uint8Array, options: ImportOptions = {}, chunking: ChunkOptions = {}): PackedResult {
  const whole = (): ImportResult => {
    const decoded = decodeBytes(bytes);
    return decoded.ok ? importText(file, decoded.text, decoded.encoding, options) : { ok: false, file, problems: [decoded.problem] };
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
