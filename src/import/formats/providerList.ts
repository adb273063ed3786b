// Ofsted's lists of social care providers: one row per provider (a list "at 31 March") or per inspection event (a
// year's list), with the provider's URN, type, sector, places, where it is, and its grades.
import { type GradeId, compareDates, type PartialDate } from '../../domain';
import {
  isFullInspection,
  PROVIDER_URN,
  provisionTypeOf,
  sectorOf,
  type ProviderEvent,
  type ProviderRecord,
} from '../../domain';
import type { CellReading } from '../cellReading';
import type { ColumnMapping } from '../columns';
import { memoByText } from '../memo';
import type { ImportProblem } from '../problem';
import { cell, readAuthority, report, type RowContext } from '../rowValues';
import { cellOf, columnFor, type DataRow, type Table } from '../table';
import { parseDate, parseNumber } from '../values';
import type { BatchReader } from './registry';

/** The grade columns of a provider list (see withProviderGrades in columns.ts, or the user's choice). */
export function providerGradeColumns(table: Table): Array<{ column: ColumnMapping; area: string }> {
  return table.columns.flatMap((column) =>
    column.role.kind === 'provider-grade' ? [{ column, area: column.role.area }] : [],
  );
}

/** True when the header is a provider list's: a URN and a provision type. */
export function isProviderList(table: Table): boolean {
  return columnFor(table, 'urn') !== undefined && columnFor(table, 'provisionType') !== undefined;
}

const RANKED: Readonly<Record<1 | 2 | 3 | 4, GradeId>> = {
  1: 'outstanding',
  2: 'good',
  3: 'requires-improvement',
  4: 'inadequate',
};

export function providerListReader(file: string, table: Table, reading: CellReading): BatchReader {
  const records: ProviderRecord[] = [];
  let rowsRejected = 0;
  const grades = providerGradeColumns(table);
  // A list "at 31 March" dates its grades by the latest full inspection; a year's list by each row's event.
  const latestList = columnFor(table, 'latestFullDate') !== undefined;
  const gradeDateField = latestList ? 'latestFullDate' : 'date';
  const typeField = columnFor(table, 'eventType') ? 'eventType' : 'inspectionType';
  // A list repeats a few types and sectors: each wording is read once, and its record shared by every row (records are never changed).
  const provisionType = memoByText(provisionTypeOf);
  const sector = memoByText(sectorOf);
  const fullInspection = memoByText(isFullInspection);
  // The Ofsted region wins over any other region column (see mapColumns): the field is whichever was kept as the region.

  const readDateCell = (
    context: RowContext,
    field: 'date' | 'latestFullDate' | 'providerPublicationDate' | 'publicationDate',
  ): PartialDate | undefined | 'bad' => {
    const text = cell(context, field);
    if (text === '') return undefined;
    const date = parseDate(text);
    if (date.ok) return date.value;
    // A publication date that cannot be read costs only itself; an inspection date costs the row.
    const optional = field === 'providerPublicationDate' || field === 'publicationDate';
    report(context, field, text, date.message, optional ? 'warning' : 'error');
    return optional ? undefined : 'bad';
  };

  const readRow = (row: DataRow, problems: ImportProblem[]): ProviderRecord | undefined => {
    const context: RowContext = { table, row, problems };
    const problemsBefore = problems.length;
    const urn = cell(context, 'urn');
    let bad = false;
    if (urn === '') {
      report(
        context,
        'urn',
        '',
        'The URN is missing: each provider is known by its Ofsted reference number (digits, or SC and digits).',
      );
      bad = true;
    } else if (!PROVIDER_URN.test(urn)) {
      report(
        context,
        'urn',
        urn,
        'This is not an Ofsted URN: it should be digits, or SC and digits (like SC009423 or 2638338).',
      );
      bad = true;
    }
    const typeText = cell(context, 'provisionType');
    if (typeText === '') {
      report(context, 'provisionType', '', 'The provision type is missing (for example Children’s home).');
      bad = true;
    }
    const placesText = cell(context, 'places');
    let places: number | undefined;
    if (placesText !== '') {
      const number = parseNumber(placesText);
      if (number.ok && Number.isInteger(number.value.value) && number.value.value >= 0) places = number.value.value;
      else
        report(
          context,
          'places',
          placesText,
          'This is not a number of places; the provider is kept without its places.',
          'warning',
        );
    }
    // Where the provider is: a name the register does not know is a problem on the row, and the row is still kept.
    const authority =
      cell(context, 'authorityName') !== '' || cell(context, 'authorityCode') !== ''
        ? readAuthority(context)
        : undefined;

    const events: ProviderEvent[] = [];
    const gradeDate = readDateCell(context, gradeDateField);
    if (gradeDate === 'bad') bad = true;
    const publication = readDateCell(
      context,
      columnFor(table, 'providerPublicationDate') ? 'providerPublicationDate' : 'publicationDate',
    );
    const type = cell(context, typeField);
    const graded: Record<string, GradeId> = {};
    let anyGrade = false;
    for (const { column, area } of grades) {
      const text = cellOf(row, column);
      if (text === '') continue;
      const read = reading.grade(text);
      if (!read.ok) {
        reading.unrecognised(text);
        problems.push({
          line: row.line,
          column: column.heading,
          value: text,
          message: read.message,
          severity: 'error',
        });
        // As in the inspection formats: a row with a grade that cannot be read is not imported (a meaning given to the
        // value in the preview reads it again), rather than kept without that grade beside an error.
        bad = true;
        continue;
      }
      if (read.value.kind === 'grade') graded[area] = read.value.grade;
      else if (read.value.kind === 'rank') {
        reading.rank(column.heading);
        graded[area] = RANKED[read.value.rank];
      } else continue;
      anyGrade = true;
    }
    if (gradeDate && gradeDate !== 'bad') {
      const full = latestList && type === '' ? true : type === '' ? anyGrade : fullInspection(type);
      events.push({
        date: gradeDate,
        ...(publication && publication !== 'bad' ? { publicationDate: publication } : {}),
        type: type || (full ? 'Full inspection' : 'Inspection'),
        full,
        grades: graded,
        source: { file, line: row.line },
      });
    } else if (anyGrade && gradeDate === undefined) {
      report(
        context,
        gradeDateField,
        '',
        'The grades on this row have no inspection date, so they were not read. Give the date of the inspection they are from.',
      );
      bad = true;
    }
    // An older list "at 31 March" can give the latest event (a monitoring or interim visit) beside the latest full inspection.
    if (latestList) {
      const eventDate = readDateCell(context, 'date');
      const sameAsFull =
        gradeDate !== undefined &&
        gradeDate !== 'bad' &&
        eventDate !== undefined &&
        eventDate !== 'bad' &&
        compareDates(eventDate, gradeDate) === 0;
      if (eventDate && eventDate !== 'bad' && !sameAsFull) {
        const eventType = typeField === 'eventType' ? cell(context, 'inspectionType') : '';
        events.push({
          date: eventDate,
          type: eventType || 'Inspection',
          full: fullInspection(eventType),
          grades: {},
          source: { file, line: row.line },
        });
      }
    }
    // A row with an error is not imported, whichever cell it is in: what the preview lists as an error never also
    // stands in the list of providers.
    for (let p = problemsBefore; p < problems.length && !bad; p++) if (problems[p]!.severity === 'error') bad = true;
    if (bad) return undefined;
    const status = cell(context, 'registrationStatus');
    return {
      urn: urn.toUpperCase(),
      name: cell(context, 'providerName'),
      provisionType: provisionType(typeText),
      sector: sector(cell(context, 'sector')),
      ...(places !== undefined ? { places } : {}),
      ...(authority ? { authority } : {}),
      region: cell(context, 'region'),
      ...(status ? { status } : {}),
      events,
    };
  };

  return {
    add(rows, problems) {
      for (const row of rows) {
        const record = readRow(row, problems);
        if (record) records.push(record);
        else rowsRejected++;
      }
    },
    finish: () => ({ inspections: [], measures: [], providers: records, rowsImported: records.length, rowsRejected }),
  };
}
