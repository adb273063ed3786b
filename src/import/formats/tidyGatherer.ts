// Tidy rows gathered into inspections a batch at a time, so a file read in chunks never holds all its rows at once.
import { authorityKey } from '../../domain/authority';
import type { Inspection, Judgement, Outcome, SourceRef } from '../../domain/inspection';
import { judgementAreaFor } from '../../domain/judgementArea';
import { formatIso } from '../../domain/partialDate';
import type { FieldId } from '../columns';
import { memoByText } from '../memo';
import type { ImportProblem } from '../problem';
import { cell, report } from '../rowValues';
import { columnFor, type DataRow, type Table } from '../table';
import type { FormatOutput } from './output';
import { outcomeFor, readGrade, readInspectionHead, type InspectionHead } from './inspectionRow';

interface Gathering {
  head: InspectionHead;
  judgements: Judgement[];
  sources: SourceRef[];
}

export interface TidyGatherer {
  /** Reads a batch of data rows (in file order), appending their problems. */
  add(rows: readonly DataRow[], problems: ImportProblem[]): void;
  finish(): FormatOutput;
}

/** The cells that say which inspection a row belongs to. */
const HEAD_FIELDS: readonly FieldId[] = ['authorityName', 'authorityCode', 'region', 'authorityStatus', 'date', 'publicationDate', 'inspectionType'];

const sameOutcome = (a: Outcome, b: Outcome) => (a.kind === 'graded' && b.kind === 'graded' ? a.grade === b.grade : a.kind === 'not-judged' && b.kind === 'not-judged' && a.reason === b.reason);

/** Rows of one inspection may be anywhere in the file: the gathering lasts across batches. */
export function tidyGatherer(file: string, table: Table): TidyGatherer {
  const gathered = new Map<string, Gathering>();
  const gradeHeading = columnFor(table, 'grade')?.heading ?? 'grade';
  const headColumns = HEAD_FIELDS.flatMap((field) => columnFor(table, field)?.index ?? []);
  const areaFor = memoByText(judgementAreaFor);
  // An inspection's rows usually sit together: a row whose who-when-what cells match the row before belongs to the
  // same inspection, so those cells are read once per inspection, not once per row. Only a head read without
  // problems is kept, so every problem is still reported on every row it is on.
  let previous: { cells: readonly string[]; head: NonNullable<ReturnType<typeof readInspectionHead>>; inspection: Gathering } | undefined;
  const sameHead = (cells: readonly string[]) => previous !== undefined && headColumns.every((index) => cells[index] === previous!.cells[index]);
  let rowsImported = 0;
  let rowsRejected = 0;
  const add = (rows: readonly DataRow[], problems: ImportProblem[]) => {
    for (const row of rows) {
      const context = { table, row, problems };
      const reuse = sameHead(row.cells);
      const head = reuse ? previous!.head : readInspectionHead(context);
      const areaText = cell(context, 'judgementArea');
      if (areaText === '') report(context, 'judgementArea', '', 'The judgement area is missing. Name the area judged, for example "Overall effectiveness".');
      const gradeText = cell(context, 'grade');
      const read = readGrade(context, gradeHeading, gradeText, head);
      if (!head || areaText === '' || !read.ok) {
        rowsRejected++;
        continue;
      }
      let inspection = reuse ? previous!.inspection : undefined;
      if (!inspection) {
        const key = `${authorityKey(head.authority)}|${formatIso(head.date)}|${head.type.toLowerCase()}`;
        inspection = gathered.get(key);
        if (!inspection) {
          inspection = { head, judgements: [], sources: [] };
          gathered.set(key, inspection);
        }
        previous = { cells: row.cells, head, inspection };
      }
      const area = areaFor(areaText);
      const outcome = outcomeFor(read, area, head, gradeText);
      const earlier = inspection.judgements.find((judgement) => judgement.area.id === area.id);
      if (earlier) {
        const same = sameOutcome(earlier.outcome, outcome);
        report(
          context,
          'judgementArea',
          areaText,
          same
            ? 'This judgement appears twice for the same inspection with the same grade; the repeat was skipped.'
            : 'This area already has a different grade for the same inspection (same authority, date and type). Keep one row per area.',
          same ? 'warning' : 'error',
        );
        if (same) rowsImported++;
        else rowsRejected++;
        continue;
      }
      const note = cell(context, 'note');
      // A note on a tidy row is about that judgement, so it stays with it.
      inspection.judgements.push({ area, outcome, ...(note ? { note } : {}) });
      inspection.sources.push({ file, line: row.line });
      rowsImported++;
    }
  };
  const finish = (): FormatOutput => {
    const inspections: Inspection[] = [...gathered.values()].map(({ head, judgements, sources }) => ({
      ...head,
      framework: head.framework.id,
      judgements: head.framework.makesJudgements ? judgements : [],
      sources,
    }));
    return { inspections, measures: [], rowsImported, rowsRejected };
  };
  return { add, finish };
}
