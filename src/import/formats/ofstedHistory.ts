// Ofsted's history tables: one row per authority, a family of columns for each inspection it had (SLAC, CPI, SIF, ILACS…).
import {
  frameworkFor,
  type Framework,
  type Inspection,
  type Judgement,
  areaInFramework,
  type PartialDate,
} from '../../domain';
import { inspectionEvents, type ColumnMapping, type InspectionEventColumns } from '../columns';
import { readAuthority } from '../rowValues';
import { cellOf, type Table } from '../table';
import { parseDate } from '../values';
import { outcomeFor, readGrade, type InspectionHead, type InspectionRowContext } from './inspectionRow';
import type { FormatInput, FormatOutput } from './output';

/** What each inspection family on the header is, worked out once per table. */
interface EventReading extends InspectionEventColumns {
  /** The type a record gets when the family has no type column: its date heading's words. */
  readonly typeName: string;
}

const readings = new WeakMap<readonly ColumnMapping[], readonly EventReading[]>();

function eventsOf(table: Table): readonly EventReading[] {
  let found = readings.get(table.columns);
  if (!found) {
    found = inspectionEvents(table.columns).map((event) => ({
      ...event,
      typeName: event.name || `Inspection ${event.event + 1}`,
    }));
    readings.set(table.columns, found);
  }
  return found;
}

export function readOfstedHistory({ file, table, rows, problems, reading }: FormatInput): FormatOutput {
  const events = eventsOf(table);
  const inspections: Inspection[] = [];
  let rowsImported = 0;
  let rowsRejected = 0;
  for (const row of rows) {
    const context: InspectionRowContext = { table, row, problems, reading };
    const authority = readAuthority(context);
    const fromRow: Inspection[] = [];
    let failed = authority === undefined;
    for (const event of events) {
      const read = readEvent(context, event);
      if (read === 'failed') failed = true;
      else if (read && authority) {
        const { head, judgements } = read;
        fromRow.push({
          ...head,
          authority,
          framework: head.framework.id,
          judgements,
          sources: [{ file, line: row.line }],
        });
      }
    }
    if (failed) {
      rowsRejected++;
      continue;
    }
    rowsImported++;
    for (const inspection of fromRow) inspections.push(inspection);
  }
  return { inspections, measures: [], rowsImported, rowsRejected };
}

type EventRead = { head: Omit<InspectionHead, 'authority'>; judgements: Judgement[] } | 'failed' | undefined;

/**
 * One family's cells: an inspection when its date is filled, nothing when the family is empty. Where a family gives
 * only the publication date (every family of Ofsted's 2009–2023 table does), the record is placed at that date and
 * its publication date is the same day: the inspection's first day on site is not known.
 */
function readEvent(context: InspectionRowContext, event: EventReading): EventRead {
  const { row, problems } = context;
  const dateCell = (column: ColumnMapping | undefined): PartialDate | undefined | null => {
    const text = cellOf(row, column);
    if (!column || text === '') return undefined;
    const parsed = parseDate(text);
    if (parsed.ok) return parsed.value;
    problems.push({ line: row.line, column: column.heading, value: text, message: parsed.message, severity: 'error' });
    return null;
  };
  const inspectionDate = dateCell(event.inspectionDate);
  const publicationDate = dateCell(event.publicationDate);
  if (inspectionDate === null || publicationDate === null) return 'failed';
  const date = inspectionDate ?? publicationDate;
  const graded = event.areas.filter((column) => !isPlaceholder(cellOf(row, column)));
  if (!date) {
    if (graded.length === 0) return undefined;
    const dateColumn = event.publicationDate ?? event.inspectionDate;
    problems.push({
      line: row.line,
      column: dateColumn?.heading ?? graded[0]!.heading,
      value: '',
      message: `This inspection has grades (${graded.map((column) => column.heading).join('; ')}) but no date. Add the date, or clear its grades if there was no such inspection.`,
      severity: 'error',
    });
    return 'failed';
  }
  const typeText = cellOf(row, event.type);
  const framework: Framework = frameworkFor(`${typeText} ${event.headings}`, date);
  const head = { type: typeText || event.typeName, framework, date, ...(publicationDate ? { publicationDate } : {}) };
  const judgements: Judgement[] = [];
  let failed = false;
  for (const column of event.areas) {
    if (column.role.kind !== 'area') continue;
    const text = cellOf(row, column);
    const area = areaInFramework(column.role.area, framework.id);
    const read = readGrade(context, column.heading, text, head);
    if (!read.ok) {
      failed = true;
      continue;
    }
    judgements.push({ area, outcome: outcomeFor(read, area, head, text), ...(read.note ? { note: read.note } : {}) });
  }
  return failed ? 'failed' : { head, judgements };
}

/** A cell that holds no grade: blank, or Ofsted's dash. */
const isPlaceholder = (text: string) => text === '' || text === '-';
