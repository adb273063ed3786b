// What a format reader gives back for the data rows it was handed.
import type { Inspection, Measure, ProviderRecord } from '../../domain';
import type { CellReading } from '../cellReading';
import type { ImportProblem } from '../problem';
import type { DataRow, Table } from '../table';

export interface FormatInput {
  readonly file: string;
  readonly table: Table;
  /** Only rows that hold data: blank, total and footnote rows are taken out before. */
  readonly rows: readonly DataRow[];
  /** Shared with the caller: readers append to it. */
  readonly problems: ImportProblem[];
  /** How this import reads its cells, and what it notes about them: one for the whole file, across batches. */
  readonly reading: CellReading;
}

export interface FormatOutput {
  readonly inspections: Inspection[];
  readonly measures: Measure[];
  /** A provider list's rows: providers are a body of their own, never an authority's inspections. */
  readonly providers?: ProviderRecord[];
  /** Data rows that became (part of) a record. */
  readonly rowsImported: number;
  /** Data rows left out because of an error; each has at least one problem. */
  readonly rowsRejected: number;
}
