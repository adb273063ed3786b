// Ofsted's history tables: one row per authority, a family of columns for each inspection it had (SLAC, CPI, SIF, ILACS…).
import {
  type Authority,
  frameworkFor,
  type Framework,
  type FrameworkId,
  areaInFramework,
  type JudgementArea,
  type PartialDate,
} from '../../domain';
import type { CellReading } from '../cellReading';
import { inspectionEvents, type ColumnMapping, type InspectionEventColumns } from '../columns';
import { InspectionColumns } from '../inspectionColumns';
import type { ImportProblem } from '../problem';
import { readAuthority } from '../rowValues';
import { cellOf, type DataRow, type Table } from '../table';
import { parseDate } from '../values';
import { outcomeFor, readGrade, type InspectionRowContext } from './inspectionRow';
import type { BatchReader } from './registry';

/** What each inspection family on the header is, worked out once per table. */
interface EventReading extends InspectionEventColumns {
  /** The type a record gets when the family has no type column: its date heading's words. */
  readonly typeName: string;
  /** Each area column's area as a framework names it (one shared record each), found when first needed. */
  readonly areasIn: Map<FrameworkId, ReadonlyArray<JudgementArea | undefined>>;
  /** The framework for a type cell's words and a year (frameworkFor reads the date only for its year), found once. */
  readonly frameworks: Map<string, Map<number, Framework>>;
}

const readings = new WeakMap<readonly ColumnMapping[], readonly EventReading[]>();

function eventsOf(table: Table): readonly EventReading[] {
  let found = readings.get(table.columns);
  if (!found) {
    found = inspectionEvents(table.columns).map((event) => ({
      ...event,
      typeName: event.name || `Inspection ${event.event + 1}`,
      areasIn: new Map(),
      frameworks: new Map(),
    }));
    readings.set(table.columns, found);
  }
  return found;
}

/**
 * Reads a history table's rows a batch at a time, gathering each row's inspections into packed columns: a row is
 * read whole (every family of it) before any of its records is kept, so a row with an error adds nothing.
 */
export function ofstedHistoryReader(file: string, table: Table, reading: CellReading): BatchReader {
  const events = eventsOf(table);
  const gathered = new InspectionColumns();
  let rowsImported = 0;
  let rowsRejected = 0;
  const add = (rows: readonly DataRow[], problems: ImportProblem[]) => {
    for (const row of rows) {
      const context: InspectionRowContext = { table, row, problems, reading };
      const authority = readAuthority(context);
      const mark = gathered.mark();
      let failed = authority === undefined;
      for (const event of events) {
        if (!readEvent(context, event, authority, failed ? undefined : gathered, file)) failed = true;
      }
      if (failed) {
        gathered.rollback(mark);
        rowsRejected++;
      } else rowsImported++;
    }
  };
  return {
    add,
    finish: () => ({ inspections: gathered.toRecords(), measures: [], rowsImported, rowsRejected }),
    finishPacked: () => ({ packed: gathered.toPacked(), measures: [], rowsImported, rowsRejected }),
  };
}

function frameworkOf(event: EventReading, typeText: string, date: PartialDate): Framework {
  let byYear = event.frameworks.get(typeText);
  if (!byYear) {
    byYear = new Map();
    event.frameworks.set(typeText, byYear);
  }
  let framework = byYear.get(date.year);
  if (!framework) {
    framework = frameworkFor(`${typeText} ${event.headings}`, date);
    byYear.set(date.year, framework);
  }
  return framework;
}

/** A date cell of a family: undefined when blank, null (with its problem reported) when it cannot be read. */
function dateCell(context: InspectionRowContext, column: ColumnMapping | undefined): PartialDate | undefined | null {
  const text = cellOf(context.row, column);
  if (!column || text === '') return undefined;
  const parsed = parseDate(text);
  if (parsed.ok) return parsed.value;
  context.problems.push({
    line: context.row.line,
    column: column.heading,
    value: text,
    message: parsed.message,
    severity: 'error',
  });
  return null;
}

/**
 * One family's cells: an inspection when its date is filled, nothing when the family is empty; false when a cell is
 * wrong (its problem reported). The inspection is added to `gathered` when there is one to add to: a row already
 * known to be wrong is still read, so that every problem on it is told at once.
 *
 * Where a family gives only the publication date (every family of Ofsted's 2009–2023 table does), the record is placed
 * at that date and its publication date is the same day: the inspection's first day on site is not known.
 */
function readEvent(
  context: InspectionRowContext,
  event: EventReading,
  authority: Authority | undefined,
  gathered: InspectionColumns | undefined,
  file: string,
): boolean {
  const { row, problems } = context;
  const inspectionDate = dateCell(context, event.inspectionDate);
  const publicationDate = dateCell(context, event.publicationDate);
  if (inspectionDate === null || publicationDate === null) return false;
  const date = inspectionDate ?? publicationDate;
  if (!date) {
    const graded = event.areas.filter((column) => !isPlaceholder(cellOf(row, column)));
    if (graded.length === 0) return true;
    const dateColumn = event.publicationDate ?? event.inspectionDate;
    problems.push({
      line: row.line,
      column: dateColumn?.heading ?? graded[0]!.heading,
      value: '',
      message: `This inspection has grades (${graded.map((column) => column.heading).join('; ')}) but no date. Add the date, or clear its grades if there was no such inspection.`,
      severity: 'error',
    });
    return false;
  }
  const typeText = cellOf(row, event.type);
  const framework = frameworkOf(event, typeText, date);
  const head = { framework, date };
  const inspection =
    gathered && authority
      ? gathered.add({
          authority,
          type: typeText || event.typeName,
          framework: framework.id,
          date,
          publicationDate,
        })
      : -1;
  let ok = true;
  const areas = areasOf(event, framework.id);
  for (let c = 0; c < event.areas.length; c++) {
    const column = event.areas[c]!;
    const area = areas[c];
    if (!area) continue;
    const text = cellOf(row, column);
    const read = readGrade(context, column.heading, text, head);
    if (!read.ok) {
      ok = false;
      continue;
    }
    if (inspection < 0 || !ok) continue;
    gathered!.addJudgement(inspection, { area, outcome: outcomeFor(read, area, head, text), note: read.note });
  }
  if (inspection >= 0) gathered!.addSource(inspection, { file, line: row.line });
  return ok;
}

/** The family's area columns' areas as the framework names them; undefined for a column that is not an area's. */
function areasOf(event: EventReading, framework: FrameworkId): ReadonlyArray<JudgementArea | undefined> {
  let areas = event.areasIn.get(framework);
  if (!areas) {
    areas = event.areas.map((column) =>
      column.role.kind === 'area' ? areaInFramework(column.role.area, framework) : undefined,
    );
    event.areasIn.set(framework, areas);
  }
  return areas;
}

/** A cell that holds no grade: blank, or Ofsted's dash. */
const isPlaceholder = (text: string) => text === '' || text === '-';
