// The identity of an inspection row (who, when, what kind) that the wide, tidy and count formats share.
import type { Authority } from '../../domain/authority';
import { frameworkFor, type Framework } from '../../domain/framework';
import { GRADE_SCALES, stepOf, type GradeId, type GradeScaleId } from '../../domain/grade';
import type { Outcome } from '../../domain/inspection';
import { areaExistedAt, type JudgementArea } from '../../domain/judgementArea';
import { formatIso, formatLong, parseIso, type PartialDate } from '../../domain/partialDate';
import { cell, readAuthority, readDate, report, type RowContext } from '../rowValues';
import { gradeOnScale, parseGradeCell } from '../values';

export interface InspectionHead {
  readonly authority: Authority;
  readonly type: string;
  readonly framework: Framework;
  readonly date: PartialDate;
  readonly publicationDate?: PartialDate;
}

/** Reads who, when and what kind; undefined (with problems reported) when any required part is wrong. */
export function readInspectionHead(context: RowContext): InspectionHead | undefined {
  const authority = readAuthority(context);
  const date = readDate(context, 'date', true);
  const publicationDate = readDate(context, 'publicationDate', false);
  if (!authority || !date || publicationDate === null) return undefined;
  const typeText = cell(context, 'inspectionType');
  const framework = frameworkFor(typeText, date);
  return {
    authority,
    type: typeText || defaultTypeName(framework),
    framework,
    date,
    ...(publicationDate ? { publicationDate } : {}),
  };
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
export function readGrade(context: RowContext, heading: string, text: string, head: Pick<InspectionHead, 'framework' | 'date'> | undefined): GradeRead {
  const parsed = parseGradeCell(text);
  if (!parsed.ok) {
    context.problems.push({ line: context.row.line, column: heading, value: text, message: parsed.message, severity: 'error' });
    return { ok: false };
  }
  if (!head) return { ok: false };
  // The same words on the same scale always read the same: the answer is kept with the (shared) parsed cell.
  const onScales = READ_ON_SCALE.get(parsed);
  const known = onScales?.get(head.framework.scale);
  if (known) return known;
  const scale = GRADE_SCALES[head.framework.scale];
  if (parsed.value.kind === 'grade' && parsed.value.grade === 'requires-improvement' && stepOf(scale, 'adequate') && !stepOf(scale, 'requires-improvement')) {
    const read: GradeRead = { ok: true, grade: 'adequate', reason: '', note: printedAsRequiresImprovement(text) };
    remember(parsed, head.framework.scale, read);
    return read;
  }
  const onScale = gradeOnScale(parsed.value, scale, () => `${head.framework.name.replace(/ \(.*\)$/, '')} (${formatIso(head.date)})`);
  if (!onScale.ok) {
    context.problems.push({ line: context.row.line, column: heading, value: text, message: onScale.message, severity: 'error' });
    return { ok: false };
  }
  const read: GradeRead = { ok: true, grade: onScale.value, reason: parsed.value.kind === 'not-judged' ? parsed.value.reason : '' };
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

/** A graded or not-judged outcome; a blank area that did not exist yet says so rather than "blank". */
export function outcomeFor(read: Extract<GradeRead, { ok: true }>, area: JudgementArea, head: Pick<InspectionHead, 'date'>, text: string): Outcome {
  if (read.grade !== null) return graded(read.grade);
  if (text === '' && !areaExistedAt(area, head.date)) return notJudged(`Not judged: this area was only judged from ${formatLong(parseIso(area.judgedFrom ?? "") ?? head.date)}`);
  return notJudged(read.reason);
}

export { report };
