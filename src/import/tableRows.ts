// The rows below a header, read a batch at a time into the format's reader: the same code whether the file comes whole
// or in chunks. A title and a new header part way down start a second table, read with its own headings.
import type { CellReading } from './cellReading';
import { headerScore, mapColumns } from './columns';
import type { FormatId } from './formatNames';
import { formatFor, FORMATS, type BatchReader } from './formats/registry';
import type { FormatOutput } from './formats/output';
import type { PackedInspections } from './inspectionCodec';
import type { ImportProblem } from './problem';
import { sortRow } from './rowKinds';
import type { DataRow, Table } from './table';
import { columnUse, type UnusedColumn } from './unusedColumns';

const SAMPLE_ROWS = 10;

export class TableRows {
  /** Every table read, the first one's header found before any row came. */
  readonly tables: Table[];
  private table: Table;
  private reader: BatchReader | undefined;
  /** What each table's columns not used hold, counted as rows are read. */
  private readonly uses: Array<ReturnType<typeof columnUse>>;
  private readonly done: FormatOutput[] = [];
  /** The rows of a table of another kind than the first are not read: they are counted as rejected. */
  private rowsRefused = 0;
  rowsRead = 0;
  rowsSkipped = 0;
  rowsBroken = 0;
  anyFilledRow = false;
  readonly sampleRows: DataRow[] = [];
  // A new table starts only after a gap: a blank row, or a title in one cell, whose problem is reworded once known.
  private afterGap = false;
  private lastSkipped = 0;
  private readonly titles = new Map<number, string>();

  constructor(
    private readonly file: string,
    table: Table,
    readonly format: FormatId,
    private readonly brokenLines: ReadonlySet<number>,
    /** How cells are read, shared by every table of the file: the user's meanings, and what to note. */
    readonly reading: CellReading,
  ) {
    this.table = table;
    this.tables = [table];
    this.reader = readerFor(format, file, table, reading);
    this.uses = [columnUse(table, format)];
  }

  /** Reads rows in file order; rows at or above the first table's header are passed over. */
  add(rows: readonly DataRow[], problems: ImportProblem[]): void {
    let batch: DataRow[] = [];
    for (const row of rows) {
      if (row.line <= this.tables[0]!.headerLine) {
        this.above(row, problems);
        continue;
      }
      this.rowsRead++;
      if (this.brokenLines.has(row.line)) {
        if (row.cells.some((cell) => cell.trim() !== '')) this.anyFilledRow = true;
        this.rowsBroken++;
        this.afterGap = false;
        continue;
      }
      if (this.afterGap && this.isHeader(row)) {
        // The rows so far belong to the table that ends here, and are read with its headings.
        this.flush(batch, problems);
        batch = [];
        this.startTable(row, problems);
        this.anyFilledRow = true;
        // The header of a table that is read is set aside like a title; that of one that is not is refused with it.
        if (this.reader) this.rowsSkipped++;
        else this.rowsRefused++;
        this.afterGap = false;
        continue;
      }
      const fate = sortRow(row, this.table, problems);
      if (fate !== 'blank') this.anyFilledRow = true;
      this.afterGap = fate !== 'data';
      if (fate === 'skipped') this.lastSkipped = row.line;
      if (fate === 'data') {
        if (!this.reader) {
          this.rowsRefused++;
          const start = this.table.headerLine;
          problems.push({
            line: row.line,
            column: '',
            value: '',
            message: `This row is in the table that starts on row ${start}, which was not read.`,
            severity: 'error',
          });
          continue;
        }
        batch.push(row);
        if (this.sampleRows.length < SAMPLE_ROWS) this.sampleRows.push(row);
      } else this.rowsSkipped++;
    }
    this.flush(batch, problems);
  }

  private flush(batch: readonly DataRow[], problems: ImportProblem[]): void {
    if (!this.reader) return;
    this.reader.add(batch, problems);
    this.uses[this.uses.length - 1]!.add(batch);
  }

  /** A row above the header that holds more than a title is listed, never passed over in silence. */
  private above(row: DataRow, problems: ImportProblem[]): void {
    const headerLine = this.tables[0]!.headerLine;
    if (row.line === headerLine) return;
    const filled = row.cells.filter((cell) => cell.trim() !== '');
    if (filled.length < 2) return;
    problems.push({
      line: row.line,
      column: '',
      value: filled.slice(0, 3).join(', '),
      message: `This row is above the header row (row ${headerLine}), so it was not read. If it holds data, choose an earlier row as the header.`,
      severity: 'warning',
    });
  }

  /** A row after a gap whose cells read as a header of at least half the first header's strength starts a new table. */
  private isHeader(row: DataRow): boolean {
    const score = headerScore(row.cells);
    return score >= 2 && score * 2 >= headerScore(this.tables[0]!.columns.map((column) => column.heading));
  }

  private startTable(row: DataRow, problems: ImportProblem[]): void {
    const first = this.tables[0]!;
    const table: Table = {
      headerLine: row.line,
      columns: mapColumns(row.cells.map((cell) => cell.trim())),
      rows: [],
      preambleRows: 0,
      ...(first.keepUnknownAuthorities ? { keepUnknownAuthorities: true } : {}),
    };
    const format = formatFor(table);
    if (this.reader) this.done.push(this.reader.finish());
    this.table = table;
    this.tables.push(table);
    const same = format?.id === this.format;
    this.reader = same ? readerFor(this.format, this.file, table, this.reading) : undefined;
    if (same) this.uses.push(columnUse(table, this.format));
    if (this.lastSkipped === row.line - 1)
      this.titles.set(this.lastSkipped, `This is the title of the table whose headings are on row ${row.line}.`);
    problems.push({
      line: row.line,
      column: '',
      value: '',
      message: same
        ? `A second table starts here, with headings of its own: its rows are read with these headings.`
        : `A second table starts here, of another kind than the first (${format ? 'a different format' : 'headings we do not recognise'}): its rows were not read. Import it as a file of its own.`,
      severity: same ? 'warning' : 'error',
    });
  }

  /** Every table's columns that hold data and were not used, each with why; those the importer could have read are also problems. */
  unusedColumns(problems: ImportProblem[]): UnusedColumn[] {
    return this.uses.flatMap((use) => use.finish(problems));
  }

  /** The problems with each skipped row that turned out to be a table's title said as such. */
  withTitles(problems: readonly ImportProblem[]): ImportProblem[] {
    return problems.map((problem) => {
      const message = this.titles.get(problem.line);
      return message && problem.severity === 'warning' && problem.column !== '' ? { ...problem, message } : problem;
    });
  }

  /** What every table gave, with the rows of tables not read counted as rejected. */
  finish(): FormatOutput {
    const outputs = [...this.done, ...(this.reader ? [this.reader.finish()] : [])];
    this.reader = undefined;
    if (outputs.length === 1 && this.rowsRefused === 0) return outputs[0]!;
    return {
      inspections: outputs.flatMap((output) => output.inspections),
      measures: outputs.flatMap((output) => output.measures),
      ...(outputs.some((output) => output.providers)
        ? { providers: outputs.flatMap((output) => output.providers ?? []) }
        : {}),
      rowsImported: outputs.reduce((sum, output) => sum + output.rowsImported, 0),
      rowsRejected: outputs.reduce((sum, output) => sum + output.rowsRejected, 0) + this.rowsRefused,
    };
  }

  /** The records packed without ever becoming objects, where the format can and the file held one table. */
  finishPacked(): (Omit<FormatOutput, 'inspections'> & { readonly packed: PackedInspections }) | undefined {
    if (this.tables.length > 1 || !this.reader?.finishPacked) return undefined;
    return this.reader.finishPacked();
  }
}

function readerFor(format: FormatId, file: string, table: Table, reading: CellReading): BatchReader {
  const definition = FORMATS.find((candidate) => candidate.id === format);
  if (!definition) throw new Error(`No reader for format ${format}`);
  return definition.reader(file, table, reading);
}
