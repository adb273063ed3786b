// Tidy rows gathered into inspections a batch at a time, held as integer columns so a big file costs bytes per row, not objects.
import {
  authorityKey,
  type Authority,
  type Judgement,
  type Outcome,
  judgementAreaFor,
  type SourceRef,
  sortKey,
} from '../../domain';
import type { CellReading } from '../cellReading';
import type { FieldId } from '../columns';
import { memoByText } from '../memo';
import type { PackedInspections } from '../inspectionCodec';
import { InspectionColumns } from '../inspectionColumns';
import type { ImportProblem } from '../problem';
import { report } from '../rowValues';
import { columnFor, type DataRow, type Table } from '../table';
import { IntColumn } from '../valueTable';
import type { FormatOutput } from './output';
import {
  outcomeFor,
  readGrade,
  readInspectionHead,
  type InspectionHead,
  type InspectionRowContext,
} from './inspectionRow';

export interface TidyGatherer {
  /** Reads a batch of data rows (in file order), appending their problems. */
  add(rows: readonly DataRow[], problems: ImportProblem[]): void;
  /** The inspections as records. */
  finish(): FormatOutput;
  /** The same inspections as packed columns, never made into objects: what a worker sends. */
  finishPacked(): Omit<FormatOutput, 'inspections'> & { readonly packed: PackedInspections };
}

/** The cells that say which inspection a row belongs to. */
const HEAD_FIELDS: readonly FieldId[] = [
  'authorityName',
  'authorityCode',
  'region',
  'authorityStatus',
  'date',
  'month',
  'publicationDate',
  'inspectionType',
];

const UNSET_AREA = judgementAreaFor('Overall effectiveness');
const UNSET_OUTCOME: Outcome = { kind: 'not-judged', reason: '' };

const sameOutcome = (a: Outcome, b: Outcome) =>
  a.kind === 'graded' && b.kind === 'graded'
    ? a.grade === b.grade
    : a.kind === 'not-judged' && b.kind === 'not-judged' && a.reason === b.reason;

/**
 * Rows of one inspection may be anywhere in the file: the gathering lasts across batches, into InspectionColumns,
 * so a million judgements are a few typed arrays rather than millions of small objects.
 */
export function tidyGatherer(file: string, table: Table, reading: CellReading): TidyGatherer {
  const gathered = new InspectionColumns();
  const { values } = gathered;
  const byWhoAndWhat = new Map<string, Map<number, number>>();
  // Per judgement, beside the gathered columns: its area's id, to find a second row for the same area.
  const areaId = new IntColumn();

  const gradeHeading = columnFor(table, 'grade')?.heading ?? 'grade';
  // Read for every row: the columns are found once.
  const areaColumn = columnFor(table, 'judgementArea')?.index;
  const gradeColumn = columnFor(table, 'grade')?.index;
  const noteColumn = columnFor(table, 'note')?.index;
  const cellAt = (row: DataRow, index: number | undefined) =>
    index === undefined ? '' : (row.cells[index] ?? '').trim();
  const headColumns = HEAD_FIELDS.flatMap((field) => columnFor(table, field)?.index ?? []);
  // Each wording of an area, with its id's code, worked out once.
  const areaFor = memoByText((text) => {
    const judged = judgementAreaFor(text);
    return { area: judged, id: values.code(judged.id) };
  });
  // An inspection's rows usually sit together: a row whose who-when-what cells match the row before belongs to the
  // same inspection, so those cells are read once per inspection, not once per row. Only a head read without
  // problems is kept, so every problem is still reported on every row it is on.
  let previous: { cells: readonly string[]; head: InspectionHead; inspection: number } | undefined;
  const sameHead = (cells: readonly string[]) => {
    if (previous === undefined) return false;
    for (const index of headColumns) if (cells[index] !== previous.cells[index]) return false;
    return true;
  };
  let rowsImported = 0;
  let rowsRejected = 0;

  // The same, found from the shared authority record and the type's words as written, without making a key string.
  const gatheredByRecord = new Map<Authority, Map<string, Map<number, number>>>();
  const datesFor = (head: InspectionHead): Map<number, number> => {
    let byType = gatheredByRecord.get(head.authority);
    if (!byType) {
      byType = new Map();
      gatheredByRecord.set(head.authority, byType);
    }
    let byDate = byType.get(head.type);
    if (!byDate) {
      const whoAndWhat = `${authorityKey(head.authority)}|${head.type.toLowerCase()}`;
      byDate = byWhoAndWhat.get(whoAndWhat);
      if (!byDate) {
        byDate = new Map();
        byWhoAndWhat.set(whoAndWhat, byDate);
      }
      byType.set(head.type, byDate);
    }
    return byDate;
  };

  const inspectionFor = (head: InspectionHead): number => {
    // An inspection is its authority, type and date. Keyed first by authority and type (a few hundred of them), then by
    // the date as a number, so a quarter of a million inspections need no key string each.
    const byDate = datesFor(head);
    const when = sortKey(head.date);
    const known = byDate.get(when);
    if (known !== undefined) return known;
    const index = gathered.add({
      authority: head.authority,
      type: head.type,
      framework: head.framework.id,
      date: head.date,
      publicationDate: head.publicationDate,
    });
    byDate.set(when, index);
    return index;
  };

  /** The judgement already read for this area of the inspection, if any. */
  const earlierFor = (inspection: number, id: number): number => {
    for (let j = gathered.firstJudgement(inspection); j >= 0; j = gathered.nextJudgement(inspection, j))
      if (areaId.get(j) === id) return j;
    return -1;
  };

  // One context and one judgement and source, filled afresh for each row: they are read at once (the columns keep
  // codes), so a million rows need not make three million short-lived objects.
  const judgement: { -readonly [K in keyof Judgement]: Judgement[K] } = { area: UNSET_AREA, outcome: UNSET_OUTCOME };
  const source: { -readonly [K in keyof SourceRef]: SourceRef[K] } = { file, line: 0 };
  const add = (rows: readonly DataRow[], problems: ImportProblem[]) => {
    const context: { -readonly [K in keyof InspectionRowContext]: InspectionRowContext[K] } = {
      table,
      row: rows[0]!,
      problems,
      reading,
    };
    for (const row of rows) {
      context.row = row;
      const reuse = sameHead(row.cells);
      const head = reuse ? previous!.head : readInspectionHead(context);
      const areaText = cellAt(row, areaColumn);
      if (areaText === '')
        report(
          context,
          'judgementArea',
          '',
          'The judgement area is missing. Name the area judged, for example "Overall effectiveness".',
        );
      const gradeText = cellAt(row, gradeColumn);
      const read = readGrade(context, gradeHeading, gradeText, head);
      if (!head || areaText === '' || !read.ok) {
        rowsRejected++;
        continue;
      }
      let inspection = reuse ? previous!.inspection : -1;
      if (inspection < 0) {
        inspection = inspectionFor(head);
        previous = { cells: row.cells, head, inspection };
      }
      const { area: judgedArea, id } = areaFor(areaText);
      const judged = outcomeFor(read, judgedArea, head, gradeText);
      const earlier = earlierFor(inspection, id);
      if (earlier >= 0) {
        const same = sameOutcome(gathered.judgementOutcome(earlier), judged);
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
      // A note on a tidy row is about that judgement, so it stays with it.
      const noteText = cellAt(row, noteColumn);
      const judgementNote = noteText && read.note ? `${noteText} ${read.note}` : noteText || read.note;
      judgement.area = judgedArea;
      judgement.outcome = judged;
      judgement.note = judgementNote || undefined;
      gathered.addJudgement(inspection, judgement);
      areaId.push(id);
      source.line = row.line;
      gathered.addSource(inspection, source);
      rowsImported++;
    }
  };

  return {
    add,
    finish: () => ({ inspections: gathered.toRecords(), measures: [], rowsImported, rowsRejected }),
    finishPacked: () => ({ packed: gathered.toPacked(), measures: [], rowsImported, rowsRejected }),
  };
}
