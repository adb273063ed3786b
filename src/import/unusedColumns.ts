// Columns that hold data the import did not use, each with its reason: nothing is dropped silently. A column whose
// cells the importer could have read (grades, percentages) is also a problem, so the preview never says "No problems".
import { FIELD_LABELS, type ColumnMapping, type ColumnRole } from './columns';
import type { FormatId } from './formatNames';
import type { ImportProblem } from './problem';
import type { DataRow, Table } from './table';
import { parseGradeCell, parseNumber } from './values';

export interface UnusedColumn {
  readonly index: number;
  /** The row of its table's headings: a sheet with two tables (Ofsted's 2009–2023 history) has two of each column. */
  readonly headerLine: number;
  readonly heading: string;
  readonly reason: string;
  /** Data rows with text in this column. */
  readonly cells: number;
  /** What its cells look like when the importer could read them: then it is a problem as well as a note. */
  readonly couldRead?: 'grades' | 'percentages';
}

/**
 * Which table an unused column belongs to, in words, when the sheet held several tables with the same headings
 * (Ofsted's 2009–2023 history has two); '' when it held one, where saying so would be noise.
 */
export function tableOfColumn(headerLines: readonly number[]): (headerLine: number) => string {
  const several = new Set(headerLines).size > 1;
  return (headerLine) => (several ? `the table headed on row ${headerLine}` : '');
}

/** The fields each format reads; any other field, and any role the format has no use for, is not used. */
const HEAD = [
  'authorityName',
  'authorityCode',
  'region',
  'authorityStatus',
  'inspectionType',
  'date',
  'month',
  'publicationDate',
  'note',
] as const;
const READS: Readonly<Record<FormatId, { fields: readonly string[]; kinds: readonly ColumnRole['kind'][] }>> = {
  tidy: { fields: [...HEAD, 'judgementArea', 'grade'], kinds: ['field'] },
  measures: {
    fields: [
      'authorityName',
      'authorityCode',
      'region',
      'authorityStatus',
      'date',
      'month',
      'measure',
      'value',
      'unit',
      'note',
    ],
    kinds: ['field'],
  },
  'ofsted-wide': { fields: HEAD, kinds: ['field', 'area', 'measure'] },
  'ofsted-history': {
    fields: ['authorityName', 'authorityCode', 'region', 'authorityStatus'],
    kinds: ['field', 'area', 'event-date', 'event-type'],
  },
  'summary-counts': { fields: [...HEAD, 'total'], kinds: ['field', 'grade-count', 'measure'] },
  'provider-list': {
    fields: [
      'authorityName',
      'authorityCode',
      'region',
      'inspectionType',
      'date',
      'publicationDate',
      'urn',
      'providerName',
      'provisionType',
      'sector',
      'places',
      'registrationStatus',
      'latestFullDate',
      'providerPublicationDate',
      'eventType',
    ],
    kinds: ['field', 'provider-grade'],
  },
};

/** Why a column with this role is not used by the format, or undefined when it is used. */
function unusedReason(column: ColumnMapping, format: FormatId): string | undefined {
  const { role } = column;
  const reads = READS[format];
  if (role.kind === 'ignored') return role.reason;
  if (!reads.kinds.includes(role.kind)) {
    const what =
      role.kind === 'area'
        ? 'a judgement area'
        : role.kind === 'grade-count'
          ? 'a count of a grade'
          : role.kind === 'provider-grade'
            ? 'a provider’s grade'
            : 'a measure';
    return `read as ${what}, which this format does not use`;
  }
  if (role.kind === 'field' && role.field === 'urn' && !reads.fields.includes('urn'))
    return 'Ofsted’s reference number, not needed: the authority is matched by its code and name';
  if (role.kind === 'field' && !reads.fields.includes(role.field))
    return `read as ${FIELD_LABELS[role.field].toLowerCase()}, which this format does not use`;
  return undefined;
}

interface Tally {
  readonly column: ColumnMapping;
  readonly reason: string;
  cells: number;
  grades: number;
  percentages: number;
  others: number;
}

/** Counts, batch by batch, what the unused columns hold. */
export function columnUse(
  table: Table,
  format: FormatId,
): { add(rows: readonly DataRow[]): void; finish(problems: ImportProblem[]): UnusedColumn[] } {
  const tallies: Tally[] = table.columns.flatMap((column) => {
    const reason = unusedReason(column, format);
    return reason === undefined ? [] : [{ column, reason, cells: 0, grades: 0, percentages: 0, others: 0 }];
  });
  return {
    add(rows) {
      for (const row of rows) {
        for (const tally of tallies) {
          const text = (row.cells[tally.column.index] ?? '').trim();
          if (text === '') continue;
          tally.cells++;
          // A column with one cell that is neither a grade nor a percentage can no longer be read whole: only count it.
          if (tally.others > 0) continue;
          const grade = parseGradeCell(text);
          if (grade.ok && grade.value.kind === 'grade') tally.grades++;
          else if (grade.ok && grade.value.kind === 'not-judged') continue;
          else if (/%$/.test(text) && parseNumber(text).ok) tally.percentages++;
          else tally.others++;
        }
      }
    },
    finish(problems) {
      const unused: UnusedColumn[] = [];
      for (const tally of tallies) {
        if (tally.cells === 0) continue;
        const kinds = READS[format].kinds;
        const couldRead =
          tally.others > 0
            ? undefined
            : tally.grades > 0 && tally.percentages === 0 && kinds.includes('area')
              ? 'grades'
              : tally.percentages > 0 && tally.grades === 0 && kinds.includes('measure')
                ? 'percentages'
                : undefined;
        const { column } = tally;
        // A column waiting for the user to say which area it is has its own warning in the preview.
        const waiting = column.role.kind === 'ignored' && column.role.couldBe !== undefined;
        unused.push({
          index: column.index,
          headerLine: table.headerLine,
          heading: column.heading,
          reason: tally.reason,
          cells: tally.cells,
          ...(couldRead ? { couldRead } : {}),
        });
        if (couldRead && !waiting) {
          problems.push({
            line: table.headerLine,
            column: column.heading,
            value: '',
            message:
              couldRead === 'grades'
                ? `This column holds Ofsted grades, but its heading does not name a judgement area the importer knows, so none of its ${tally.cells} cells was read. If it is one of the areas, choose it for this column under “Columns and what they were read as”.`
                : `This column holds percentages, but none of its ${tally.cells} cells was read. To keep them, choose “A measure beside the inspection” for this column under “Columns and what they were read as”: each becomes a measure of the row’s authority at its date.`,
            severity: 'warning',
          });
        }
      }
      return unused;
    },
  };
}
