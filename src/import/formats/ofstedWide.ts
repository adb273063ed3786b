// Ofsted's published tables: one row per inspection, one column per judgement area.
import type { Inspection, Judgement, Measure } from '../../domain';
import { cell } from '../rowValues';
import type { FormatInput, FormatOutput } from './output';
import { measureColumns, readBesideMeasures } from './besideMeasures';
import { outcomeFor, readGrade, readInspectionHead } from './inspectionRow';

export function readOfstedWide({ file, table, rows, problems, reading }: FormatInput): FormatOutput {
  const areaColumns = table.columns.filter((column) => column.role.kind === 'area');
  const figures = measureColumns(table);
  const inspections: Inspection[] = [];
  const measures: Measure[] = [];
  let rowsRejected = 0;
  for (const row of rows) {
    const context = { table, row, problems, reading };
    const head = readInspectionHead(context);
    const judgements: Judgement[] = [];
    let failed = head === undefined;
    for (const column of areaColumns) {
      if (column.role.kind !== 'area') continue;
      const text = (row.cells[column.index] ?? '').trim();
      if (head && !head.framework.makesJudgements) {
        if (text !== '') {
          problems.push({
            line: row.line,
            column: column.heading,
            value: text,
            message: `A ${head.type} makes no graded judgements, so this grade was not imported. If it was an inspection, correct the inspection type.`,
            severity: 'warning',
          });
        }
        continue;
      }
      const read = readGrade(context, column.heading, text, head);
      if (!read.ok || !head) {
        failed = true;
        continue;
      }
      judgements.push({
        area: column.role.area,
        outcome: outcomeFor(read, column.role.area, head, text),
        ...(read.note ? { note: read.note } : {}),
      });
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
      judgements,
      ...(note ? { note } : {}),
      sources: [{ file, line: row.line }],
    });
  }
  return { inspections, measures, rowsImported: inspections.length, rowsRejected };
}
