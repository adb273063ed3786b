// One importer for every file: bytes in, typed records and a full report out. It never throws at the user.
import { cellReading, type ImportNote, type UnrecognisedValue } from './cellReading';
import { headerScore } from './columns';
import { decodeBytes, type Encoding } from './decode';
import { formatFor, missingFields } from './formats/registry';
import { parseRows, type Delimiter } from './parseRows';
import { fileProblem, type ImportProblem } from './problem';
import { noRowsProblem } from './rowKinds';
import { otherTable } from './otherTables';
import { findTable, firstRowTable, headerCandidates, headerIsUncertain, withColumnRoles, type Table } from './table';
import { TableRows } from './tableRows';
import type { UnusedColumn } from './unusedColumns';
import type { ValueMeaning } from './values';

import { FORMAT_NAMES, type FormatId } from './formatNames';
import type { ImportOptions, ImportResult } from './importResult';

export { FORMAT_NAMES, type FormatId };
export type { ImportNote, UnrecognisedValue, UnusedColumn, ValueMeaning };
export type { ImportOptions, ImportReport, ImportResult } from './importResult';

/** Rows from text or from a spreadsheet, with what the parsing already found wrong. */
interface RowSource {
  readonly rows: string[][];
  readonly problems: readonly ImportProblem[];
  readonly brokenLines: ReadonlySet<number>;
  readonly encoding: Encoding | 'spreadsheet';
  readonly delimiter: Delimiter | null;
}

const failed = (file: string, problem: ImportProblem, table?: Table, rows?: readonly string[][]): ImportResult => ({
  ok: false,
  file,
  problems: [problem],
  ...(table ? { headerLine: table.headerLine, columns: table.columns } : {}),
  ...(rows ? { headerCandidates: headerCandidates(rows) } : {}),
});

export function importText(
  file: string,
  text: string,
  encoding: Encoding = 'utf-8',
  options: ImportOptions = {},
): ImportResult {
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
  return importSource(
    file,
    { rows, problems: [], brokenLines: new Set(), encoding: 'spreadsheet', delimiter: null },
    options,
  );
}

function importSource(file: string, parsed: RowSource, options: ImportOptions): ImportResult {
  const other =
    (options.columnRoles && options.columnRoles.size > 0) || options.headerLine !== undefined
      ? undefined
      : otherTable(parsed.rows);
  if (other) return failed(file, { ...fileProblem(other.message), line: other.line });
  const found =
    options.headerLine !== undefined
      ? findTable(parsed.rows, options.headerLine)
      : (findTable(parsed.rows) ?? firstRowTable(parsed.rows));
  const recognised = found !== undefined && found.columns.some((column) => column.role.kind !== 'ignored');
  const table =
    found && options.columnRoles ? withColumnRoles(found, options.columnRoles) : recognised ? found : undefined;
  if (!table) {
    // A quote left open above the header swallows the header too: say so, not "no header".
    // Papaparse can also warn about a malformed quote on that row: the error is the one that says why nothing was read.
    const unclosed = parsed.problems.find(
      (problem) => problem.severity === 'error' && parsed.brokenLines.has(problem.line),
    );
    if (unclosed) return failed(file, unclosed);
    if (parsed.rows.every((row) => row.every((cell) => cell.trim() === '')))
      return failed(file, fileProblem('The file has no text in it. Choose the file again, or check it was saved.'));
    return failed(
      file,
      fileProblem(
        'No header row was found in the first 30 rows. Put the column headings in one row, for example: authority_name, inspection_date, judgement_area, grade. Or choose the row that holds the headings.',
      ),
      found,
      parsed.rows,
    );
  }
  const format = formatFor(table);
  if (!format) {
    return failed(
      file,
      fileProblem(
        `The headings on row ${table.headerLine} do not match any format we read. A judgement table needs judgement_area and grade columns (or one column per judgement area, as Ofsted publishes); a count table needs a column per grade; a measures table needs measure and value columns. If the headings are on another row, choose that row.`,
      ),
      table,
      parsed.rows,
    );
  }
  const missing = missingFields(format, table);
  if (missing.length > 0) {
    return failed(
      file,
      {
        ...fileProblem(
          `This looks like the format “${FORMAT_NAMES[format.id]}”, but it has no column for: ${missing.join('; ')}. Add the column and try again.`,
        ),
        line: table.headerLine,
      },
      table,
      parsed.rows,
    );
  }

  const problems: ImportProblem[] = [...parsed.problems];
  // Rows papaparse could not split were reported by parseRows as errors: their cells hold the rest of the file.
  const rows = new TableRows(
    file,
    withAuthorityChoice(table, options),
    format.id,
    parsed.brokenLines,
    cellReading(options.valueMeanings),
  );
  rows.add(
    parsed.rows.map((cells, i) => ({ line: i + 1, cells })),
    problems,
  );
  if (!rows.anyFilledRow) return failed(file, noRowsProblem(table), table, parsed.rows);
  const output = rows.finish();
  const unusedColumns = rows.unusedColumns(problems);
  const reported = rows.withTitles(problems).sort((a, b) => a.line - b.line);
  return {
    ok: true,
    file,
    format: format.id,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    headerLine: table.headerLine,
    columns: table.columns,
    rowsRead: rows.rowsRead,
    rowsImported: output.rowsImported,
    rowsRejected: output.rowsRejected + rows.rowsBroken,
    rowsSkipped: rows.rowsSkipped,
    problems: reported,
    sampleRows: rows.sampleRows,
    headerUncertain: options.headerLine === undefined && headerIsUncertain(parsed.rows, table.headerLine),
    headerCandidates: headerCandidates(parsed.rows),
    notes: rows.reading.notes(),
    unusedColumns,
    unrecognisedValues: rows.reading.unrecognisedValues(),
    inspections: output.inspections,
    measures: output.measures,
    ...(output.providers ? { providers: output.providers } : {}),
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
