// What an import gives back and takes: a leaf of the importer, so the packed form, the worker and the views can name
// these types without importing the importer itself.
import type { Inspection, Measure, ProviderRecord } from '../domain';
import type { ImportNote, UnrecognisedValue } from './cellReading';
import type { ColumnMapping, ColumnRole } from './columns';
import type { Encoding } from './decode';
import type { FormatId } from './formatNames';
import type { Delimiter } from './parseRows';
import type { ImportProblem } from './problem';
import type { DataRow } from './table';
import type { UnusedColumn } from './unusedColumns';
import type { ValueMeaning } from './values';

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
  /** Set when the header row was a guess (few headings recognised), so the preview asks the user to check it. */
  readonly headerUncertain?: boolean;
  /** The first rows with text, any of which the user may choose as the header instead. */
  readonly headerCandidates?: ReadonlyArray<{ readonly line: number; readonly text: string }>;
  /** How cells were read where that is worth saying (two-digit years, grades as numbers): notes, not problems. */
  readonly notes: readonly ImportNote[];
  /** Columns holding data that were not used, each with its reason. */
  readonly unusedColumns: readonly UnusedColumn[];
  /** Values in grade columns that are neither grades nor known placeholders: the user may say what each means. */
  readonly unrecognisedValues: readonly UnrecognisedValue[];
}

export interface ImportOptions {
  /** Corrections to the detected columns, by column index: what the user chose in the preview. */
  readonly columnRoles?: ReadonlyMap<number, ColumnRole>;
  /** The header row as the user chose it (a spreadsheet row number), instead of the one found. */
  readonly headerLine?: number;
  /**
   * What values the importer did not recognise mean, by valueKey: a grade, not judged, or a problem (the default). Each
   * meaning applies to every grade cell holding that value.
   */
  readonly valueMeanings?: ReadonlyMap<string, ValueMeaning>;
  /** Names the register of authorities does not know are kept as bodies of their own, never counted as local authorities. */
  readonly keepUnknownAuthorities?: boolean;
}

export type ImportResult =
  | ({
      readonly ok: true;
      readonly format: FormatId;
      readonly inspections: readonly Inspection[];
      readonly measures: readonly Measure[];
      /** Only from a provider list: its rows, one provider (or one provider's event) each. */
      readonly providers?: readonly ProviderRecord[];
    } & ImportReport)
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
      readonly headerCandidates?: ImportReport['headerCandidates'];
    };
