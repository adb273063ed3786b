// Ofsted's published tables: one row per inspection, one column per judgement area.
import type { Judgement, Measure } from '../../domain';
import type { CellReading } from '../cellReading';
import { InspectionColumns } from '../inspectionColumns';
import type { ImportProblem } from '../problem';
import { cell } from '../rowValues';
import type { DataRow, Table } from '../table';
import type { BatchReader } from './registry';
import { measureColumns, readBesideMeasures } from './besideMeasures';
import { outcomeFor, readGrade, readInspectionHead } from './inspectionRow';

/** Reads a wide table's rows a batch at a time, each row's inspection gathered into packed columns once the row is read whole. */
export function ofstedWideReader(file: string, table: Table, reading: CellReading): BatchReader {
  const areaColumns = table.columns.filter((column) => column.role.kind === 'area');
  const figures = measureColumns(table);
  const gathered = new InspectionColumns();
  const measures: Measure[] = [];
  // One row's judgements, kept until the row is known to be good.
  const judgements: Judgement[] = [];
  let rowsImported = 0;
  let rowsRejected = 0;
  const add = (rows: readonly DataRow[], problems: ImportProblem[]) => {
    for (const row of rows) {
      const context = { table, row, problems, reading };
      const head = readInspectionHead(context);
      judgements.length = 0;
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
        const area = column.role.area;
        judgements.push({ area, outcome: outcomeFor(read, area, head, text), note: read.note });
      }
      if (failed || !head) {
        rowsRejected++;
        continue;
      }
      for (const measure of readBesideMeasures(context, head, figures, file)) measures.push(measure);
      const inspection = gathered.add({
        authority: head.authority,
        type: head.type,
        framework: head.framework.id,
        date: head.date,
        publicationDate: head.publicationDate,
        note: cell(context, 'note') || undefined,
      });
      for (const judgement of judgements) gathered.addJudgement(inspection, judgement);
      gathered.addSource(inspection, { file, line: row.line });
      rowsImported++;
    }
  };
  return {
    add,
    finish: () => ({ inspections: gathered.toRecords(), measures, rowsImported, rowsRejected }),
    finishPacked: () => ({ packed: gathered.toPacked(), measures, rowsImported, rowsRejected }),
  };
}
