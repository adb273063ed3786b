// The command line's summary of imported files, as one plain object (the --json output).
import { gradeDistribution } from '../analytics';
import { formatIso, type Dataset } from '../domain';
import { hasNoProblems, tableOfColumn, type ImportResult } from '../import';

export interface FileSummary {
  readonly file: string;
  readonly format: string | null;
  readonly rowsRead: number;
  readonly recordsImported: number;
  readonly rowsRejected: number;
  readonly rowsSkipped: number;
  readonly inspections: number;
  readonly measures: number;
  readonly problems: ReadonlyArray<{ line: number; column: string; value: string; message: string; severity: string }>;
  /** How cells were read where that is worth saying: not problems. */
  readonly notes: ReadonlyArray<{ column: string; message: string }>;
  /** Columns holding data that were not used, and why. */
  readonly unusedColumns: ReadonlyArray<{ column: string; headerRow: number; reason: string; cells: number }>;
  /** True only when every row was used, every cell of a used column was read and nothing is reported. */
  readonly noProblems: boolean;
}

export interface InspectionSummary {
  readonly authority: string;
  readonly authorityCode: string | null;
  readonly type: string;
  readonly date: string;
  readonly judgements: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly goodOrBetterShare: number | null;
}

export interface Summary {
  readonly files: readonly FileSummary[];
  readonly inspections: readonly InspectionSummary[];
  readonly measures: ReadonlyArray<{ authority: string; date: string; measure: string; value: number; unit: string }>;
}

export function summarise(results: readonly ImportResult[], dataset: Dataset): Summary {
  return {
    files: results.map((result) => ({
      file: result.file,
      format: result.ok ? result.format : null,
      rowsRead: result.ok ? result.rowsRead : 0,
      recordsImported: result.ok ? result.rowsImported : 0,
      rowsRejected: result.ok ? result.rowsRejected : 0,
      rowsSkipped: result.ok ? result.rowsSkipped : 0,
      inspections: result.ok ? result.inspections.length : 0,
      measures: result.ok ? result.measures.length : 0,
      problems: result.problems.map(({ line, column, value, message, severity }) => ({
        line,
        column,
        value,
        message,
        severity,
      })),
      notes: result.ok ? result.notes.map(({ column, message }) => ({ column, message })) : [],
      unusedColumns: result.ok
        ? result.unusedColumns.map(({ heading, headerLine, reason, cells }) => ({
            column: heading,
            headerRow: headerLine,
            reason,
            cells,
          }))
        : [],
      noProblems: hasNoProblems(result),
    })),
    inspections: dataset.inspections.map((inspection) => {
      const distribution = gradeDistribution(inspection);
      return {
        authority: inspection.authority.name,
        authorityCode: inspection.authority.onsCode ?? inspection.authority.laNumber ?? null,
        type: inspection.type,
        date: formatIso(inspection.date),
        judgements: distribution.judged,
        counts: Object.fromEntries(distribution.rows.map((row) => [row.label, row.count])),
        goodOrBetterShare: distribution.goodOrBetterShare,
      };
    }),
    measures: dataset.measures.map((measure) => ({
      authority: measure.authority.name,
      date: formatIso(measure.date),
      measure: measure.name,
      value: measure.value,
      unit: measure.unit,
    })),
  };
}

/** The same summary as a report a person reads in a terminal. */
export function formatReport(summary: Summary): string {
  const lines: string[] = [];
  for (const file of summary.files) {
    lines.push(
      file.format === null
        ? `${file.file}: not imported`
        : `${file.file}: ${file.format}, ${file.rowsRead} rows read, ${file.recordsImported} imported, ${file.problems.length} problem${file.problems.length === 1 ? '' : 's'}${file.noProblems ? ' (no problems)' : ''}`,
    );
    for (const note of file.notes) lines.push(`  note${note.column ? `, column ${note.column}` : ''}: ${note.message}`);
    const tableOf = tableOfColumn(file.unusedColumns.map((column) => column.headerRow));
    for (const column of file.unusedColumns) {
      const table = tableOf(column.headerRow);
      lines.push(
        `  not used: column ${column.column || '(no heading)'}${table ? ` of ${table}` : ''} (${column.cells} cells): ${column.reason}`,
      );
    }
    for (const problem of file.problems) {
      const where = problem.line > 0 ? `row ${problem.line}` : 'file';
      const column = problem.column ? `, column ${problem.column}` : '';
      const value = problem.value ? `: '${problem.value}'` : '';
      lines.push(`  ${problem.severity} at ${where}${column}${value}. ${problem.message}`);
    }
  }
  lines.push('', `${summary.inspections.length} inspection${summary.inspections.length === 1 ? '' : 's'}`);
  for (const inspection of summary.inspections) {
    const counts = Object.entries(inspection.counts)
      .map(([grade, count]) => `${count} ${grade.toLowerCase()}`)
      .join(', ');
    const share =
      inspection.goodOrBetterShare === null
        ? 'no graded judgements'
        : `${Math.round(inspection.goodOrBetterShare * 100)}% good or better`;
    const code = inspection.authorityCode ? ` (${inspection.authorityCode})` : '';
    lines.push(
      `  ${inspection.date}  ${inspection.authority}${code}, ${inspection.type}: ${inspection.judgements} judgement${inspection.judgements === 1 ? '' : 's'}${counts ? ` (${counts})` : ''}; ${share}`,
    );
  }
  if (summary.measures.length > 0) {
    lines.push('', `${summary.measures.length} measure${summary.measures.length === 1 ? '' : 's'}`);
    for (const measure of summary.measures)
      lines.push(
        `  ${measure.date}  ${measure.authority}: ${measure.measure}, ${measure.value}${measure.unit === '%' ? '%' : ` ${measure.unit}`}`,
      );
  }
  return lines.join('\n');
}
