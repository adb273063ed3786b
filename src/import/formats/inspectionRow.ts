// The identity of an inspection row (who, when, what kind) that the wide, tidy and count formats share.
import {
  type Authority,
  frameworkFor,
  type Framework,
  GRADE_SCALES,
  stepOf,
  type GradeId,
  type GradeScaleId,
  type Outcome,
  areaExistedAt,
  OVERALL_EFFECTIVENESS,
  type JudgementArea,
  formatIso,
  formatLong,
  parseIso,
  sortKey,
  type PartialDate,
} from '../../domain';
import type { CellReading } from '../cellReading';
import { cell, readAuthority, readDate, report, type RowContext } from '../rowValues';
import { columnFor } from '../table';
import { fourDigitYear, gradeOnScale, hasTwoDigitYear, NOT_A_GRADE, parseDate, withCentury } from '../values';

/** A row and how its import reads cells. */
export interface InspectionRowContext extends RowContext {
  readonly reading: CellReading;
}

export interface InspectionHead {
  readonly authority: Authority;
  readonly type: string;
  readonly framework: Framework;
  readonly date: PartialDate;
  readonly publicationDate?: PartialDate;
}

/**
 * Reads who, when and what kind; undefined (with problems reported) when any required part is wrong. The publication
 * date is optional: when it cannot be read, that cell is reported as a warning and the inspection is kept without it.
 */
export function readInspectionHead(context: InspectionRowContext): InspectionHead | undefined {
  const authority = readAuthority(context);
  const date = readWithCentury(context, 'date', 'publicationDate') ?? readInspectionDate(context);
  const publicationDate = readPublicationDate(context);
  if (!authority || !date) return undefined;
  const typeText = typeWords(cell(context, 'inspectionType'), date);
  const framework = frameworkFor(typeText, date);
  return {
    authority,
    type: typeText || defaultTypeName(framework),
    framework,
    date,
    ...(publicationDate ? { publicationDate } : {}),
  };
}

/** The inspection's date; when it is missing but the report's publication date is there, the message says so. */
function readInspectionDate(context: InspectionRowContext): PartialDate | undefined | null {
  const published = cell(context, 'publicationDate');
  if (cell(context, 'date') !== '' || cell(context, 'month') !== '' || published === '')
    return readDate(context, 'date', true);
  report(
    context,
    'date',
    '',
    `The inspection date is missing, so this inspection cannot be placed in time; the row gives only the report’s publication date (${published}), which is weeks after the inspection. Add the date the inspection began, then import the file again.`,
  );
  return undefined;
}

const FIELD_WORDS = { date: 'inspection date', publicationDate: 'publication date' } as const;

/** A date written with a two-digit year, read in full when the other date on the row settles the century (and noted). */
function readWithCentury(
  context: InspectionRowContext,
  field: 'date' | 'publicationDate',
  other: 'date' | 'publicationDate',
): PartialDate | undefined {
  const text = cell(context, field);
  // Most dates have a four-digit year: only a two-digit one needs the other date's evidence looked for.
  if (!hasTwoDigitYear(text)) return undefined;
  const full = withCentury(text, fourDigitYear(cell(context, other)));
  if (full === undefined) return undefined;
  const parsed = parseDate(full);
  if (!parsed.ok) return undefined;
  context.reading.twoDigitYear(columnFor(context.table, field)?.heading ?? field, FIELD_WORDS[other]);
  return parsed.value;
}

function readPublicationDate(context: InspectionRowContext): PartialDate | undefined {
  const text = cell(context, 'publicationDate');
  if (text === '' || PLACEHOLDER.test(text)) return undefined;
  const full = readWithCentury(context, 'publicationDate', 'date');
  if (full) return full;
  const parsed = parseDate(text);
  if (parsed.ok) return parsed.value;
  report(
    context,
    'publicationDate',
    text,
    `${parsed.message} The publication date is optional: the rest of this row was read without it.`,
    'warning',
  );
  return undefined;
}

/** Cells that say there is nothing there. */
const PLACEHOLDER = /^(-|none|nan|n\/a|null)$/i;

/** The type as written, with placeholders taken as blank and data-to-insight's bare "short" and "standard" named as Ofsted names them. */
function typeWords(text: string, date: PartialDate): string {
  if (/^(none|nan|null)$/i.test(text)) return '';
  const bare = /^(short|standard)$/i.exec(text);
  if (bare && date.year >= 2018)
    return `ILACS ${bare[1]!.charAt(0).toUpperCase()}${bare[1]!.slice(1).toLowerCase()} Inspection`;
  return text;
}

function defaultTypeName(framework: Framework): string {
  return framework.id === 'ilacs' ? 'ILACS inspection' : framework.name;
}

/** `note`: what the reader should say beside the judgement, when the file words the grade otherwise than its framework did. */
export type GradeRead = { ok: true; grade: GradeId | null; reason: string; note?: string } | { ok: false };

/**
 * Ofsted's history table writes "Requires improvement to be good" for the grade that the frameworks before November 2013
 * called Adequate. It is read as Adequate, the framework's own word, and the judgement says how the table printed it.
 */
const printedAsRequiresImprovement = (text: string) =>
  `The source records this grade as '${text}'; the framework it was judged under (before November 2013) called it Adequate.`;

/**
 * One grade cell in the context of its inspection's scale; reports the problem itself. Without a head
 * (the row's date or authority was wrong) the words are still checked, so every problem on the row is told at once.
 */
export function readGrade(
  context: InspectionRowContext,
  heading: string,
  text: string,
  head: Pick<InspectionHead, 'framework' | 'date'> | undefined,
): GradeRead {
  const parsed = context.reading.grade(text);
  if (!parsed.ok) {
    if (parsed.message.startsWith(NOT_A_GRADE)) context.reading.unrecognised(text);
    context.problems.push({
      line: context.row.line,
      column: heading,
      value: text,
      message: parsed.message,
      severity: 'error',
    });
    return { ok: false };
  }
  if (!head) return { ok: false };
  if (parsed.value.kind === 'rank') context.reading.rank(heading);
  // The same words on the same scale always read the same: the answer is kept with the (shared) parsed cell.
  const onScales = READ_ON_SCALE.get(parsed);
  const known = onScales?.get(head.framework.scale);
  if (known) return known;
  const scale = GRADE_SCALES[head.framework.scale];
  if (
    parsed.value.kind === 'grade' &&
    parsed.value.grade === 'requires-improvement' &&
    stepOf(scale, 'adequate') &&
    !stepOf(scale, 'requires-improvement')
  ) {
    const read: GradeRead = { ok: true, grade: 'adequate', reason: '', note: printedAsRequiresImprovement(text) };
    remember(parsed, head.framework.scale, read);
    return read;
  }
  const onScale = gradeOnScale(
    parsed.value,
    scale,
    () => `${head.framework.name.replace(/ \(.*\)$/, '')} (${formatIso(head.date)})`,
  );
  if (!onScale.ok) {
    context.problems.push({
      line: context.row.line,
      column: heading,
      value: text,
      message: onScale.message,
      severity: 'error',
    });
    return { ok: false };
  }
  const read: GradeRead = {
    ok: true,
    grade: onScale.value,
    reason: parsed.value.kind === 'not-judged' ? parsed.value.reason : '',
  };
  remember(parsed, head.framework.scale, read);
  return read;
}

const READ_ON_SCALE = new WeakMap<object, Map<GradeScaleId, GradeRead>>();

function remember(parsed: object, scale: GradeScaleId, read: GradeRead) {
  let onScales = READ_ON_SCALE.get(parsed);
  if (!onScales) {
    onScales = new Map();
    READ_ON_SCALE.set(parsed, onScales);
  }
  onScales.set(scale, read);
}

/** One shared record per grade and per reason: a million judgements need not be a million objects saying "good". */
const GRADED = new Map<string, Outcome>();
const NOT_JUDGED = new Map<string, Outcome>();

function shared(outcomes: Map<string, Outcome>, key: string, make: () => Outcome): Outcome {
  let outcome = outcomes.get(key);
  if (!outcome) {
    outcome = make();
    outcomes.set(key, outcome);
  }
  return outcome;
}

const graded = (grade: GradeId) => shared(GRADED, grade, () => ({ kind: 'graded', grade }));
const notJudged = (reason: string) => shared(NOT_JUDGED, reason, () => ({ kind: 'not-judged', reason }));

/** Ofsted's framework from April 2026 (announced November 2025) drops the overall effectiveness grade. */
const NO_OVERALL_GRADE_FROM: PartialDate = { precision: 'day', year: 2026, month: 4, day: 1 };
/** Cells that say only that there is no grade, whose reason the date then tells. */
const NO_GRADE_WORDS = /^(|-|nan|none|not[ _]reported[ _]post[ _]reform)$/i;

/** A graded or not-judged outcome; a blank area that did not exist yet says so rather than "blank". */
export function outcomeFor(
  read: Extract<GradeRead, { ok: true }>,
  area: JudgementArea,
  head: Pick<InspectionHead, 'date'>,
  text: string,
): Outcome {
  if (read.grade !== null) return graded(read.grade);
  if (text === '' && !areaExistedAt(area, head.date))
    return notJudged(
      `Not judged: this area was only judged from ${formatLong(parseIso(area.judgedFrom ?? '') ?? head.date)}`,
    );
  if (
    area.id === OVERALL_EFFECTIVENESS &&
    sortKey(head.date) >= sortKey(NO_OVERALL_GRADE_FROM) &&
    NO_GRADE_WORDS.test(text)
  ) {
    return notJudged('Not graded: inspections from April 2026 give no overall effectiveness grade');
  }
  return notJudged(read.reason);
}

export { report };
