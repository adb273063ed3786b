// One importer for every file: bytes in, typed records and a full report out. It never throws at the user.
import type { Inspection, Measure } from '../domain/inspection';
import { FIELD_LABELS, headerScore, TIDY_HEADINGS, type ColumnMapping, type ColumnRole, type FieldId } from './columns';
import { decodeBytes, type Encoding } from './decode';
import { readMeasures } from './formats/measures';
import { readOfstedWide } from './formats/ofstedWide';
import type { FormatInput, FormatOutput } from './formats/output';
import { readSummaryCounts } from './formats/summaryCounts';
import { readTidy } from './formats/tidy';
import { parseRows, type Delimiter } from './parseRows';
import { fileProblem, type ImportProblem } from './problem';
import { classifyRow } from './rowValues';
import { columnFor, findTable, firstRowTable, withColumnRoles, type DataRow, type Table } from './table';

import { FORMAT_NAMES, type FormatId } from './formatNames';

export { FORMAT_NAMES, type FormatId };

interface FormatDefinition {
  readonly id: FormatId;
  /** True when the header holds what this format is recognised by. */
  readonly matches: (table: Table) => boolean;
  readonly required: ReadonlyArray<FieldId | readonly FieldId[]>;
  readonly read: (input: FormatInput) => FormatOutput;
}

const hasField = (table: Table, field: FieldId) => columnFor(table, field) !== undefined;
const hasRole = (table: Table, kind: ColumnMapping['role']['kind']) => table.columns.some((column) => column.role.kind === kind);

/** Checked in order: the first whose signature the header carries wins. */
const FORMATS: readonly FormatDefinition[] = [
  {
    id: 'tidy',
    matches: (t) => hasField(t, 'judgementArea') && hasField(t, 'grade'),
    required: [['authorityName', 'authorityCode'], 'date', 'judgementArea', 'grade'],
    read: readTidy,
  },
  {
    id: 'measures',
    matches: (t) => hasField(t, 'measure') && hasField(t, 'value'),
    required: [['authorityName', 'authorityCode'], 'date', 'measure', 'value'],
    read: readMeasures,
  },
  {
    id: 'ofsted-wide',
    matches: (t) => hasRole(t, 'area'),
    required: [['authorityName', 'authorityCode'], 'date'],
    read: readOfstedWide,
  },
  {
    id: 'summary-counts',
    matches: (t) => hasRole(t, 'grade-count'),
    required: [['authorityName', 'authorityCode'], 'date'],
    read: readSummaryCounts,
  },
];

export interface ImportReport {
  readonly file: string;
  /** 'spreadsheet' when the rows came from a spreadsheet's cells rather than text. */
  readonly encoding: Encoding | 'spreadsheet';
  /** null for spreadsheets, which have cells, not delimiters. */
  readonly delimiter: Delimiter | null;
  readonly headerLine: number;
  readonly columns: readonly ColumnMapping[];
  /** Rows below the header, blank ones included. */
  readonly rowsRead: number;
  readonly rowsImported: number;
  readonly rowsRejected: number;
  /** Blank, total and footnote rows, and "Not yet inspected" rows with no date. */
  readonly rowsSkipped: number;
  readonly problems: readonly ImportProblem[];
  /** The first data rows as read, for a preview before anything is kept. */
  readonly sampleRows: readonly DataRow[];
}

export interface ImportOptions {
  /** Corrections to the detected columns, by column index: what the user chose in the preview. */
  readonly columnRoles?: ReadonlyMap<number, ColumnRole>;
  /**
   * Keep rows whose authority the register does not know, as bodies of their own (`kind: 'other'`, never counted in
   * England's or a region's figures), instead of rejecting them: what the user chose in the preview.
   */
  readonly keepUnknownAuthorities?: boolean;
}

/** Rows from text or from a spreadsheet, with what the parsing already found wrong. */
interface RowSource {
  readonly rows: string[][];
  readonly problems: readonly ImportProblem[];
  readonly brokenLines: ReadonlySet<number>;
  readonly encoding: Encoding | 'spreadsheet';
  readonly delimiter: Delimiter | null;
}

const SAMPLE_ROWS = 10;

export type ImportResult =
  | ({ readonly ok: true; readonly format: FormatId; readonly inspections: readonly Inspection[]; readonly measures: readonly Measure[] } & ImportReport)
  /**
   * The file could not be read as a table at all; nothing from it is kept. When it has a row that
   * could be headings, `columns` lists them so a person can say by hand which column is which.
   */
  | {
      readonly ok: false;
      readonly file: string;
      readonly problems: readonly ImportProblem[];
      readonly headerLine?: number;
      readonly columns?: readonly ColumnMapping[];
    };

const failed = (file: string, problem: ImportProblem, table?: Table): ImportResult => ({
  ok: false,
  file,
  problems: [problem],
  ...(table ? { headerLine: table.headerLine, columns: table.columns } : {}),
});

export function importText(file: string, text: string, encoding: Encoding = 'utf-8', options: ImportOptions = {}): ImportResult {
  const parsed = parseRows(text);
  return explainSeparator(importSource(file, { ...parsed, encoding }, options));
}

const UNREAD_SEPARATORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/:/, 'colons (:)'],
  [/~/, 'tildes (~)'],
  [/\^/, 'carets (^)'],
  [/\s+/, 'spaces'],
];

/** A one-column file whose heading splits into known headings on another separator: say so, rather than "no header row". */
function explainSeparator(result: ImportResult): ImportResult {
  if (result.ok || result.columns?.length !== 1) return result;
  const heading = result.columns[0]?.heading ?? '';
  const found = UNREAD_SEPARATORS.find(([separator]) => headerScore(heading.split(separator)) >= 2);
  if (!found) return result;
  const message = `Each row of this file was read as one column: its columns seem to be separated by ${found[1]}, which Scrutiny Lens does not read. Save it again as CSV (columns separated by commas), or separated by semicolons or tabs, and choose it again.`;
  return { ...result, problems: [{ ...fileProblem(message), line: result.headerLine ?? 0 }] };
}


/** Rows already split into cells, as a spreadsheet reader gives them. */
export function importRows(file: string, rows: string[][], options: ImportOptions = {}): ImportResult {
  return importSource(file, { rows, problems: [], brokenLines: new Set(), encoding: 'spreadsheet', delimiter: null }, options);
}

function importSource(file: string, parsed: RowSource, options: ImportOptions): ImportResult {
  const found = findTable(parsed.rows) ?? firstRowTable(parsed.rows);
  const recognised = found !== undefined && found.columns.some((column) => column.role.kind !== 'ignored');
  const table = found && options.columnRoles ? withColumnRoles(found, options.columnRoles) : recognised ? found : undefined;
  if (!table) {
    // A quote left open above the header swallows the header too: say so, not "no header".
    // Papaparse can also warn about a malformed quote on that row: the error is the one that says why nothing was read.
    const unclosed = parsed.problems.find((problem) => problem.severity === 'error' && parsed.brokenLines.has(problem.line));
    if (unclosed) return failed(file, unclosed);
    if (parsed.rows.every((row) => row.every((cell) => cell.trim() === ''))) return failed(file, fileProblem('The file has no text in it. Choose the file again, or check it was saved.'));
    return failed(
      file,
      fileProblem(
        'No header row was found in the first 30 rows. Put the column headings in one row, for example: authority_name, inspection_date, judgement_area, grade.',
      ),
      found,
    );
  }
  const format = FORMATS.find((definition) => definition.matches(table));
  if (!format) {
    return failed(
      file,
      fileProblem(
        `The headings on row ${table.headerLine} do not match any format we read. A judgement table needs judgement_area and grade columns (or one column per judgement area, as Ofsted publishes); a count table needs a column per grade; a measures table needs measure and value columns.`,
      ),
      table,
    );
  }
  const missing = format.required.filter((need) => (typeof need === 'string' ? !hasField(table, need) : !need.some((field) => hasField(table, field))));
  if (missing.length > 0) {
    const names = missing.map((need) => {
      const fields = typeof need === 'string' ? [need] : need;
      return fields.map((field) => `${FIELD_LABELS[field]} (heading ${TIDY_HEADINGS[field] ?? field})`).join(' or ');
    });
    return failed(
      file,
      { ...fileProblem(`This looks like the format “${FORMAT_NAMES[format.id]}”, but it has no column for: ${names.join('; ')}. Add the column and try again.`), line: table.headerLine },
      table,
    );
  }

  if (table.rows.every((row) => row.cells.every((cell) => cell.trim() === ''))) {
    return failed(file, { ...fileProblem('The file has headings but no rows of data below them. Check you saved the whole table.'), line: table.headerLine }, table);
  }
  const problems: ImportProblem[] = [...parsed.problems];
  const dataRows: DataRow[] = [];
  let rowsSkipped = 0;
  let rowsBroken = 0;
  // Skipped rows are reported against the authority column, where a reader looks for "Total".
  const skippedColumn = (columnFor(table, 'authorityName') ?? table.columns[0])?.heading ?? '';
  for (const row of table.rows) {
    if (parsed.brokenLines.has(row.line)) {
      // Already reported by parseRows as an error; its cells hold the rest of the file.
      rowsBroken++;
      continue;
    }
    const kind = classifyRow(row, table);
    if (kind === 'data') {
      dataRows.push(row);
      continue;
    }
    rowsSkipped++;
    const nameColumn = columnFor(table, 'authorityName');
    const text = (nameColumn ? row.cells[nameColumn.index]?.trim() : '') || (row.cells.find((cell) => cell.trim() !== '')?.trim() ?? '');
    if (kind === 'total') {
      problems.push({ line: row.line, column: skippedColumn, value: text, message: 'This looks like a total row; it was skipped so its figures are not counted twice.', severity: 'warning' });
    } else if (kind === 'not-inspected') {
      problems.push({ line: row.line, column: skippedColumn, value: text, message: 'This row says the authority has not been inspected yet and gives no date; it was skipped because there is no inspection to record.', severity: 'warning' });
    } else if (kind === 'note') {
      problems.push({ line: row.line, column: skippedColumn, value: text, message: 'This row has text in one cell only, like a footnote; it was skipped.', severity: 'warning' });
    }
  }
  const output = format.read({ file, table: withAuthorityChoice(table, options), rows: dataRows, problems });
  problems.sort((a, b) => a.line - b.line);
  return {
    ok: true,
    file,
    format: format.id,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    headerLine: table.headerLine,
    columns: table.columns,
    rowsRead: table.rows.length,
    rowsImported: output.rowsImported,
    rowsRejected: output.rowsRejected + rowsBroken,
    rowsSkipped,
    problems,
    sampleRows: dataRows.slice(0, SAMPLE_ROWS),
    inspections: output.inspections,
    measures: output.measures,
  };
}

/** The table as the format readers see it: with the user's choice about authorities the register does not know. */
export function withAuthorityChoice(table: Table, options: ImportOptions): Table {
  return options.keepUnknownAuthorities ? { ...table, keepUnknownAuthorities: true } : table;
}

export function importBytes(file: string, bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failed(file, decoded.problem);
  return importText(file, decoded.text, decoded.encoding, options);
}
