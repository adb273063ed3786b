// Tidy rows gathered into inspections a batch at a time, held as integer columns so a big file costs bytes per row, not objects.
import {
  authorityKey,
  type Authority,
  FRAMEWORKS,
  type FrameworkId,
  type Inspection,
  type Judgement,
  type Outcome,
  type SourceRef,
  judgementAreaFor,
  type JudgementArea,
  sortKey,
  type PartialDate,
} from '../../domain';
import type { CellReading } from '../cellReading';
import type { FieldId } from '../columns';
import { memoByText } from '../memo';
import { packedFromColumns, type PackedInspections } from '../inspectionCodec';
import type { ImportProblem } from '../problem';
import { report } from '../rowValues';
import { columnFor, type DataRow, type Table } from '../table';
import { IntColumn, ValueTable } from '../valueTable';
import type { FormatOutput } from './output';
import { outcomeFor, readGrade, readInspectionHead, type InspectionHead } from './inspectionRow';

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

const sameOutcome = (a: Outcome, b: Outcome) =>
  a.kind === 'graded' && b.kind === 'graded'
    ? a.grade === b.grade
    : a.kind === 'not-judged' && b.kind === 'not-judged' && a.reason === b.reason;

/**
 * Rows of one inspection may be anywhere in the file: the gathering lasts across batches. Each inspection is a row
 * of integer columns (codes into one table of distinct values) and its judgements a chain through more columns,
 * so a million judgements are a few typed arrays rather than millions of small objects.
 */
export function tidyGatherer(file: string, table: Table, reading: CellReading): TidyGatherer {
  const values = new ValueTable();
  const gathered = new Map<string, Map<number, number>>();
  // Per inspection.
  const authority = new IntColumn();
  const type = new IntColumn();
  const framework = new IntColumn();
  const date = new IntColumn();
  const publicationDate = new IntColumn();
  const firstJudgement = new IntColumn();
  const lastJudgement = new IntColumn();
  // Per judgement (each row read into an inspection): the next of the same inspection's, or -1.
  const area = new IntColumn();
  const areaId = new IntColumn();
  const outcome = new IntColumn();
  const note = new IntColumn();
  const line = new IntColumn();
  const next = new IntColumn();

  const gradeHeading = columnFor(table, 'grade')?.heading ?? 'grade';
  // Read for every row: the columns are found once.
  const areaColumn = columnFor(table, 'judgementArea')?.index;
  const gradeColumn = columnFor(table, 'grade')?.index;
  const noteColumn = columnFor(table, 'note')?.index;
  const cellAt = (row: DataRow, index: number | undefined) =>
    index === undefined ? '' : (row.cells[index] ?? '').trim();
  const headColumns = HEAD_FIELDS.flatMap((field) => columnFor(table, field)?.index ?? []);
  // Each wording of an area, with its codes in the value table, worked out once.
  const areaFor = memoByText((text) => {
    const judged = judgementAreaFor(text);
    return { area: judged, code: values.code(judged), id: values.code(judged.id) };
  });
  // An inspection's rows usually sit together: a row whose who-when-what cells match the row before belongs to the
  // same inspection, so those cells are read once per inspection, not once per row. Only a head read without
  // problems is kept, so every problem is still reported on every row it is on.
  let previous: { cells: readonly string[]; head: InspectionHead; inspection: number } | undefined;
  const sameHead = (cells: readonly string[]) =>
    previous !== undefined && headColumns.every((index) => cells[index] === previous!.cells[index]);
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
      byDate = gathered.get(whoAndWhat);
      if (!byDate) {
        byDate = new Map();
        gathered.set(whoAndWhat, byDate);
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
    let index = byDate.get(when);
    if (index === undefined) {
      index = authority.length;
      byDate.set(when, index);
      authority.push(values.code(head.authority));
      type.push(values.code(head.type));
      framework.push(values.code(head.framework.id));
      date.push(values.code(head.date));
      publicationDate.push(values.code(head.publicationDate));
      firstJudgement.push(-1);
      lastJudgement.push(-1);
    }
    return index;
  };

  /** The judgement already read for this area of the inspection, if any. */
  const earlierFor = (inspection: number, id: number): number => {
    for (let j = firstJudgement.get(inspection); j >= 0; j = next.get(j)) if (areaId.get(j) === id) return j;
    return -1;
  };

  const add = (rows: readonly DataRow[], problems: ImportProblem[]) => {
    for (const row of rows) {
      const context = { table, row, problems, reading };
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
      const { area: judgedArea, code: areaCode, id } = areaFor(areaText);
      const judged = outcomeFor(read, judgedArea, head, gradeText);
      const earlier = earlierFor(inspection, id);
      if (earlier >= 0) {
        const same = sameOutcome(values.object<Outcome>(outcome.get(earlier))!, judged);
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
      const judgement = area.length;
      area.push(areaCode);
      areaId.push(id);
      outcome.push(values.code(judged));
      const judgementNote = [noteText, read.note].filter(Boolean).join(' ');
      note.push(judgementNote ? values.code(judgementNote) : -1);
      line.push(row.line);
      next.push(-1);
      const last = lastJudgement.get(inspection);
      if (last < 0) firstJudgement.set(inspection, judgement);
      else next.set(last, judgement);
      lastJudgement.set(inspection, judgement);
      rowsImported++;
    }
  };

  const makesJudgements = (inspection: number) =>
    FRAMEWORKS[values.object<FrameworkId>(framework.get(inspection))!].makesJudgements;

  const finish = (): FormatOutput => {
    const inspections: Inspection[] = [];
    for (let i = 0; i < authority.length; i++) {
      const judgements: Judgement[] = [];
      const sources: SourceRef[] = [];
      for (let j = firstJudgement.get(i); j >= 0; j = next.get(j)) {
        const noteText = values.object<string>(note.get(j));
        judgements.push({
          area: values.object<JudgementArea>(area.get(j))!,
          outcome: values.object<Outcome>(outcome.get(j))!,
          ...(noteText ? { note: noteText } : {}),
        });
        sources.push({ file, line: line.get(j) });
      }
      const published = values.object<PartialDate>(publicationDate.get(i));
      inspections.push({
        authority: values.object<Authority>(authority.get(i))!,
        type: values.object<string>(type.get(i))!,
        framework: values.object<FrameworkId>(framework.get(i))!,
        date: values.object<PartialDate>(date.get(i))!,
        ...(published ? { publicationDate: published } : {}),
        judgements: makesJudgements(i) ? judgements : [],
        sources,
      });
    }
    return { inspections, measures: [], rowsImported, rowsRejected };
  };

  const finishPacked = () => {
    const count = authority.length;
    const judgementStart = new Int32Array(count + 1);
    const sourceStart = new Int32Array(count + 1);
    // Judgements in inspection order (their chains laid end to end); an inspection of a framework without judgements keeps only its sources.
    const judgementOrder = new IntColumn(Math.max(1, area.length));
    const sourceOrder = new IntColumn(Math.max(1, area.length));
    for (let i = 0; i < count; i++) {
      judgementStart[i] = judgementOrder.length;
      sourceStart[i] = sourceOrder.length;
      const judges = makesJudgements(i);
      for (let j = firstJudgement.get(i); j >= 0; j = next.get(j)) {
        if (judges) judgementOrder.push(j);
        sourceOrder.push(j);
      }
    }
    judgementStart[count] = judgementOrder.length;
    sourceStart[count] = sourceOrder.length;
    const gather = (column: IntColumn, order: IntColumn) => {
      const out = new Int32Array(order.length);
      for (let k = 0; k < order.length; k++) out[k] = column.get(order.get(k));
      return out;
    };
    const fileCode = values.code(file);
    // The file's records have no inspection notes or counts: those columns are left to the codec to fill as absent.
    const packed = packedFromColumns(count, values.values, {
      authority: authority.toArray(),
      type: type.toArray(),
      framework: framework.toArray(),
      date: date.toArray(),
      publicationDate: publicationDate.toArray(),
      judgementStart,
      judgementArea: gather(area, judgementOrder),
      judgementOutcome: gather(outcome, judgementOrder),
      judgementNote: gather(note, judgementOrder),
      sourceStart,
      sourceFile: new Int32Array(sourceOrder.length).fill(fileCode),
      sourceLine: gather(line, sourceOrder),
    });
    return { packed, measures: [], rowsImported, rowsRejected };
  };

  return { add, finish, finishPacked };
}
