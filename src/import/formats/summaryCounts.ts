// Inspections known only by their totals: one row per inspection with a count for each grade.
import { GRADE_SCALES, gradeLabel, type GradeId, type GradeCounts, type Inspection, type Measure } from '../../domain';
import { cell, report } from '../rowValues';
import { parseCount } from '../values';
import type { FormatInput, FormatOutput } from './output';
import { measureColumns, readBesideMeasures } from './besideMeasures';
import { readInspectionHead } from './inspectionRow';

export function readSummaryCounts({ file, table, rows, problems, reading }: FormatInput): FormatOutput {
  const countColumns = table.columns.filter((column) => column.role.kind === 'grade-count');
  const figures = measureColumns(table);
  const inspections: Inspection[] = [];
  const measures: Measure[] = [];
  let rowsRejected = 0;
  for (const row of rows) {
    const context = { table, row, problems, reading };
    const head = readInspectionHead(context);
    let failed = head === undefined;
    const counts: GradeCounts = {};
    let sum = 0;
    for (const column of countColumns) {
      if (column.role.kind !== 'grade-count') continue;
      const grade: GradeId = column.role.grade;
      const text = (row.cells[column.index] ?? '').trim();
      const parsed = parseCount(text);
      if (!parsed.ok) {
        problems.push({
          line: row.line,
          column: column.heading,
          value: text,
          message: parsed.message,
          severity: 'error',
        });
        failed = true;
        continue;
      }
      if (parsed.value === 0) continue;
      if (head) {
        const scale = GRADE_SCALES[head.framework.scale];
        if (!scale.steps.some((step) => step.grade === grade)) {
          problems.push({
            line: row.line,
            column: column.heading,
            value: text,
            message: `${gradeLabel(grade)} was not a grade of this inspection's framework (${scale.name}). Check the counts or the inspection date and type.`,
            severity: 'error',
          });
          failed = true;
          continue;
        }
      }
      counts[grade] = (counts[grade] ?? 0) + parsed.value;
      sum += parsed.value;
    }
    const totalText = cell(context, 'total');
    if (totalText !== '') {
      const total = parseCount(totalText);
      if (!total.ok) {
        report(context, 'total', totalText, total.message);
        failed = true;
      } else if (!failed && total.value !== sum) {
        report(
          context,
          'total',
          totalText,
          `The grade counts on this row add up to ${sum}, not ${total.value}. Correct the counts or the total.`,
        );
        failed = true;
      }
    }
    if (!failed && sum === 0) {
      report(
        context,
        countColumns[0]?.heading ?? 'counts',
        '',
        'Every grade count on this row is blank or 0. Give at least one count, or remove the row.',
      );
      failed = true;
    }
    if (failed || !head) {
      rowsRejected++;
      continue;
    }
    for (const measure of readBesideMeasures(context, head, figures, file)) measures.push(measure);
    const note = cell(context, 'note');
    inspections.push({
      ...head,
      framework: head.framework.id,
      judgements: [],
      summaryCounts: counts,
      ...(note ? { note } : {}),
      sources: [{ file, line: row.line }],
    });
  }
  return { inspections, measures, rowsImported: inspections.length, rowsRejected };
}
