// Ofsted's published tables: one row per inspection, one column per judgement area.
import type { Inspection, Judgement } from '../../domain/inspection';
import { sortKey } from '../../domain/partialDate';
import { cell } from '../rowValues';
import type { FormatInput, FormatOutput } from './output';
import { readGrade, readInspectionHead } from './inspectionRow';

export function readOfstedWide({ file, table, rows, problems }: FormatInput): FormatOutput {
  const areaColumns = table.columns.filter((column) => column.role.kind === 'area');
  const inspections: Inspection[] = [];
  let rowsRejected = 0;
  for (const row of rows) {
    const context = { table, row, problems };
    const head = readInspectionHead(context);
    const judgements: Judgement[] = [];
    let failed = head === undefined;
    if (head && head.framework.makesJudgements) {
      for (const column of areaColumns) {
        if (column.role.kind !== 'area') continue;
        const area = column.role.area;
        const text = (row.cells[column.index] ?? '').trim();
        const read = readGrade(context, column.heading, text, head);
        if (!read.ok) {
          failed = true;
          continue;
        }
        const notYetJudged = area.judgedFrom !== undefined && sortKey(head.date) < Number(area.judgedFrom.replace(/-/g, ''));
        judgements.push({
          area,
          outcome:
            read.grade === null
              ? { kind: 'not-judged', reason: notYetJudged && text === '' ? `Not judged before ${area.judgedFrom}` : read.reason }
              : { kind: 'graded', grade: read.grade },
        });
      }
    }
    if (failed || !head) {
      rowsRejected++;
      continue;
    }
    const note = cell(context, 'note');
    inspections.push({
      ...head,
      framework: head.framework.id,
      judgements,
      ...(note ? { note } : {}),
      sources: [{ file, line: row.line }],
    });
  }
  return { inspections, measures: [], rowsImported: inspections.length, rowsRejected };
}
