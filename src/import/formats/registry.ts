// Every format the importer reads, declared once: what it is recognised by, what it needs, and how its rows are read.
// The whole-file and chunked importers both take their formats from here.
import type { CellReading } from '../cellReading';
import { FIELD_LABELS, TIDY_HEADINGS, type ColumnMapping, type FieldId } from '../columns';
import type { FormatId } from '../formatNames';
import type { PackedInspections } from '../inspectionCodec';
import type { ImportProblem } from '../problem';
import { columnFor, type DataRow, type Table } from '../table';
import { readMeasures } from './measures';
import { ofstedHistoryReader } from './ofstedHistory';
import { ofstedWideReader } from './ofstedWide';
import { isProviderList, providerListReader } from './providerList';
import type { FormatInput, FormatOutput } from './output';
import { readSummaryCounts } from './summaryCounts';
import { tidyGatherer } from './tidyGatherer';

/** Reads data rows a batch at a time: the whole file is one batch, a chunked read many. */
export interface BatchReader {
  add(rows: readonly DataRow[], problems: ImportProblem[]): void;
  finish(): FormatOutput;
  /** Readers that hold their records packed can hand them over without ever making objects. */
  finishPacked?(): Omit<FormatOutput, 'inspections'> & { readonly packed: PackedInspections };
}

export interface FormatDefinition {
  readonly id: FormatId;
  /** True when the header holds what this format is recognised by. */
  readonly matches: (table: Table) => boolean;
  readonly required: ReadonlyArray<FieldId | readonly FieldId[]>;
  readonly reader: (file: string, table: Table, reading: CellReading) => BatchReader;
}

const hasField = (table: Table, field: FieldId) => columnFor(table, field) !== undefined;
const hasRole = (table: Table, kind: ColumnMapping['role']['kind']) =>
  table.columns.some((column) => column.role.kind === kind);

/** A reader of whole rows, each read on its own: a batch is read like a file, and the batches' records added up. */
function perRow(
  read: (input: FormatInput) => FormatOutput,
): (file: string, table: Table, reading: CellReading) => BatchReader {
  return (file, table, reading) => {
    const total = {
      inspections: [] as FormatOutput['inspections'],
      measures: [] as FormatOutput['measures'],
      rowsImported: 0,
      rowsRejected: 0,
    };
    return {
      add(rows, problems) {
        const output = read({ file, table, rows, problems, reading });
        for (const inspection of output.inspections) total.inspections.push(inspection);
        for (const measure of output.measures) total.measures.push(measure);
        total.rowsImported += output.rowsImported;
        total.rowsRejected += output.rowsRejected;
      },
      finish: () => total,
    };
  };
}

/** Checked in order: the first whose signature the header carries wins. */
export const FORMATS: readonly FormatDefinition[] = [
  // First: a provider list's grade columns ("Overall effectiveness") would otherwise read as an authority's areas.
  {
    id: 'provider-list',
    matches: isProviderList,
    required: ['urn', 'provisionType', ['latestFullDate', 'date']],
    reader: providerListReader,
  },
  {
    id: 'tidy',
    matches: (t) => hasField(t, 'judgementArea') && hasField(t, 'grade'),
    required: [['authorityName', 'authorityCode'], 'date', 'judgementArea', 'grade'],
    reader: tidyGatherer,
  },
  {
    id: 'measures',
    matches: (t) => hasField(t, 'measure') && hasField(t, 'value'),
    required: [['authorityName', 'authorityCode'], 'date', 'measure', 'value'],
    reader: perRow(readMeasures),
  },
  {
    id: 'ofsted-history',
    matches: (t) => hasRole(t, 'event-date'),
    required: [['authorityName', 'authorityCode']],
    reader: ofstedHistoryReader,
  },
  {
    id: 'ofsted-wide',
    matches: (t) => hasRole(t, 'area'),
    required: [['authorityName', 'authorityCode'], 'date'],
    reader: ofstedWideReader,
  },
  {
    id: 'summary-counts',
    matches: (t) => hasRole(t, 'grade-count'),
    required: [['authorityName', 'authorityCode'], 'date'],
    reader: perRow(readSummaryCounts),
  },
];

export function formatFor(table: Table): FormatDefinition | undefined {
  return FORMATS.find((definition) => definition.matches(table));
}

/** The fields a format needs that the table lacks, each worded as the preview names it. */
export function missingFields(format: FormatDefinition, table: Table): string[] {
  const missing = format.required.filter((need) =>
    typeof need === 'string' ? !hasField(table, need) : !need.some((field) => hasField(table, field)),
  );
  return missing.map((need) => {
    const fields = typeof need === 'string' ? [need] : need;
    return fields.map((field) => `${FIELD_LABELS[field]} (heading ${TIDY_HEADINGS[field] ?? field})`).join(' or ');
  });
}
