// Cell text to typed values: grades in every era's wording, dates in every form councils write them.
import { type GradeId, type GradeScale, daysInMonth, MONTH_NAMES, type PartialDate } from '../domain';
import { memoByText } from './memo';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

const normalWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‐-―]/g, '-')
    .replace(/[^a-z0-9/ -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const GRADE_WORDS = new Map<string, GradeId>([
  ['outstanding', 'outstanding'],
  ['good', 'good'],
  ['adequate', 'adequate'],
  ['satisfactory', 'adequate'],
  ['requires improvement', 'requires-improvement'],
  ['requires improvement to be good', 'requires-improvement'],
  ['ri', 'requires-improvement'],
  ['inadequate', 'inadequate'],
]);

/** Words that mean "no grade was given", with the reason we record. */
const NOT_JUDGED = new Map<string, string>([
  ['', 'Blank in the source'],
  ['-', 'Blank in the source'],
  ['not yet inspected', 'Not yet inspected'],
  ['not inspected', 'Not inspected'],
  ['not judged', 'Not judged'],
  ['no judgement', 'Not judged'],
  ['not applicable', 'Not applicable'],
  ['n/a', 'Not applicable'],
  ['na', 'Not applicable'],
  ['none', 'Not judged'],
  ['x', 'Not judged'],
  ['z', 'Not applicable'],
  // Placeholders that tables scraped from Ofsted's reports (data-to-insight's) write where there is no grade.
  ['nan', 'Not recorded in the source (NaN)'],
  ['not reported', 'Not reported in the source'],
  ['data unreadable', 'Not read: the report could not be read when the table was made (data_unreadable)'],
  [
    'not reported post reform',
    'Not graded: from April 2026 Ofsted no longer gives this grade (not_reported_post_reform)',
  ],
  [
    'inspection pre dates judgement',
    'Not judged: the inspection came before this area was judged (inspection_pre_dates_judgement)',
  ],
]);

/** What the user said an unrecognised grade cell means, in the preview; it applies to every cell holding that value. */
export type ValueMeaning =
  { readonly kind: 'grade'; readonly grade: GradeId } | { readonly kind: 'not-judged' } | { readonly kind: 'problem' };

/** The key a value's meaning is kept under: case, spacing and punctuation do not make two values. */
export const valueKey = (text: string): string => normalWords(text);

/** The grade cell reader of one import: the user's meanings first, then Ofsted's words. */
export function gradeReader(
  meanings: ReadonlyMap<string, ValueMeaning> | undefined,
): (text: string) => Parsed<GradeCell> {
  if (!meanings || meanings.size === 0) return parseGradeCell;
  return memoByText((text) => {
    const meaning = meanings.get(valueKey(text));
    if (meaning?.kind === 'grade') return ok({ kind: 'grade', grade: meaning.grade });
    if (meaning?.kind === 'not-judged')
      return ok({
        kind: 'not-judged',
        reason: `Not judged: the source says “${text.trim()}”, read as not judged as chosen in the preview`,
      });
    return parseGradeCell(text);
  });
}

/** The start of the message for a cell that is not a grade: how a value the user may give a meaning to is known. */
export const NOT_A_GRADE = 'This is not an Ofsted grade.';

export type GradeCell =
  { kind: 'grade'; grade: GradeId } | { kind: 'not-judged'; reason: string } | { kind: 'rank'; rank: 1 | 2 | 3 | 4 };

/** Reads a grade cell; a bare number 1-4 is a rank whose word depends on the inspection's scale. */
export const parseGradeCell: (text: string) => Parsed<GradeCell> = memoByText(readGradeCell);

function readGradeCell(text: string): Parsed<GradeCell> {
  const words = normalWords(text);
  const grade = GRADE_WORDS.get(words);
  if (grade) return ok({ kind: 'grade', grade });
  const reason = NOT_JUDGED.get(words);
  if (reason !== undefined) return ok({ kind: 'not-judged', reason });
  if (/^[1-4]$/.test(words)) return ok({ kind: 'rank', rank: Number(words) as 1 | 2 | 3 | 4 });
  return fail(
    `${NOT_A_GRADE} Use Outstanding, Good, Requires improvement to be good or Inadequate (Adequate for inspections to 2012), a number 1 to 4, or leave the cell blank if the area was not judged.`,
  );
}

/** Resolves a cell against the scale of its inspection, so Adequate can't hide in a 2021 inspection. The era is named only in a message, so it may be given as a function, called only then. */
export function gradeOnScale(
  cell: GradeCell,
  scale: GradeScale,
  scaleEra: string | (() => string),
): Parsed<GradeId | null> {
  if (cell.kind === 'not-judged') return ok(null);
  if (cell.kind === 'rank') {
    const step = scale.steps.find((s) => s.rank === cell.rank);
    return step ? ok(step.grade) : fail(`Grade ${cell.rank} is not on this inspection's scale.`);
  }
  if (scale.steps.some((step) => step.grade === cell.grade)) return ok(cell.grade);
  const words = scale.steps.map((step) => step.label).join(', ');
  const era = typeof scaleEra === 'function' ? scaleEra() : scaleEra;
  return fail(
    `This grade was not used by ${era}, whose grades are ${words}. Check the grade or the inspection date and type.`,
  );
}

const MONTH_BY_NAME = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  MONTH_BY_NAME.set(name.toLowerCase(), i + 1);
  MONTH_BY_NAME.set(name.slice(0, 3).toLowerCase(), i + 1);
  if (name === 'September') MONTH_BY_NAME.set('sept', 9);
});

const DATE_HELP =
  'Write dates as 2021-10-04, 04/10/2021 or 4 October 2021; a month as 2012-06 or June 2012; a year as 2008.';

function dayDate(year: number, month: number, day: number): Parsed<PartialDate> {
  if (month < 1 || month > 12) return fail(`There is no month ${month}. ${DATE_HELP}`);
  if (day < 1 || day > daysInMonth(year, month)) return fail(`This date does not exist. ${DATE_HELP}`);
  return ok({ precision: 'day', year, month, day });
}

const plausibleYear = (year: number) => year >= 1990 && year <= 2100;

/** Every date form seen in inspection tables; an impossible date is reported, never rolled over. */
export const parseDate: (text: string) => Parsed<PartialDate> = memoByText(readDate);

function readDate(text: string): Parsed<PartialDate> {
  const t = text.trim();
  if (t === '') return fail(`The date is missing. ${DATE_HELP}`);
  let m: RegExpExecArray | null;
  let parsed: Parsed<PartialDate> | undefined;
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t))) parsed = dayDate(+m[1]!, +m[2]!, +m[3]!);
  else if ((m = /^(\d{4})-(\d{1,2})$/.exec(t))) {
    const year = +m[1]!;
    const month = +m[2]!;
    // "2023-24" is how councils write a financial year; "2011-12" stays December 2011, as ISO says.
    if (month > 12 && month === (year + 1) % 100) {
      return fail(
        `This looks like a financial year (${t}); give the date the figure or inspection is for instead, such as ${year + 1}-03 for March ${year + 1}. ${DATE_HELP}`,
      );
    }
    parsed =
      month >= 1 && month <= 12
        ? ok({ precision: 'month', year, month })
        : fail(`There is no month ${month}. ${DATE_HELP}`);
  } else if ((m = /^(\d{4})$/.exec(t))) parsed = ok({ precision: 'year', year: +m[1]! });
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t))) {
    if (m[3]!.length === 2) return fail(`Write the year in full (20${m[3]} or 19${m[3]}). ${DATE_HELP}`);
    const day = +m[1]!;
    const month = +m[2]!;
    if (month > 12 && day <= 12) {
      return fail(`This looks like month/day order (as in the US). UK files put the day first: ${DATE_HELP}`);
    }
    parsed = dayDate(+m[3]!, month, day);
  } else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]+)\.?,?[ -](\d{4})$/i.exec(t))) {
    const month = MONTH_BY_NAME.get(m[2]!.toLowerCase());
    parsed = month ? dayDate(+m[3]!, month, +m[1]!) : fail(`'${m[2]}' is not a month. ${DATE_HELP}`);
  } else if ((m = /^([a-z]+)\.?,? (\d{4})$/i.exec(t))) {
    const month = MONTH_BY_NAME.get(m[1]!.toLowerCase());
    parsed = month ? ok({ precision: 'month', year: +m[2]!, month }) : fail(`'${m[1]}' is not a month. ${DATE_HELP}`);
  }
  if (!parsed) return fail(`This is not a date we can read. ${DATE_HELP}`);
  if (parsed.ok && !plausibleYear(parsed.value.year))
    return fail(`The year ${parsed.value.year} is not plausible for an inspection record. ${DATE_HELP}`);
  return parsed;
}

const TWO_DIGIT_YEAR = /^(\d{1,2}[/.-]\d{1,2}[/.-])(\d{2})$/;

/** A day date written with a two-digit year ("27/10/23"), which only another date on the row can place. */
export const hasTwoDigitYear = (text: string): boolean => TWO_DIGIT_YEAR.test(text.trim());

/**
 * A day date written with a two-digit year ("27/10/23") with the year in full, when the century is known from another
 * date (a four-digit year of the 2000s within five years of it); undefined when the cell is not such a date, or when
 * the evidence does not settle the century.
 */
export function withCentury(text: string, evidenceYear: number | undefined): string | undefined {
  const m = TWO_DIGIT_YEAR.exec(text.trim());
  if (!m || evidenceYear === undefined || evidenceYear < 2000 || evidenceYear > 2099) return undefined;
  const year = 2000 + Number(m[2]);
  return Math.abs(year - evidenceYear) <= 5 ? `${m[1]}${year}` : undefined;
}

/** The four-digit year a date cell is written with, if any: the evidence withCentury needs. */
export function fourDigitYear(text: string): number | undefined {
  if (hasTwoDigitYear(text)) return undefined;
  const parsed = parseDate(text);
  return parsed.ok ? parsed.value.year : undefined;
}

export interface NumberWithUnit {
  readonly value: number;
  readonly unit?: string;
}

/** Reads 94, 94%, 94.0 %, 1,234 or £1,200; the unit comes from a % or £ sign where there is one. */
export function parseNumber(text: string): Parsed<NumberWithUnit> {
  const t = text.trim();
  // The number is /-?[\d,]*\.?\d+/ written so that no digit can go to either of two parts: that form backtracked
  // over every split of a long run of digits, so a cell of 50,000 digits with a letter at the end took 20 seconds.
  const m = /^(£)?\s*(-?(?:[\d,]*\.\d+|[\d,]*\d))\s*(%)?$/.exec(t);
  if (!m || (m[2]!.includes(',') && !/^-?\d{1,3}(,\d{3})*(\.\d+)?$/.test(m[2]!))) {
    return fail('This is not a number. Write figures as 94, 94% or 1,234, without words.');
  }
  const value = Number(m[2]!.replace(/,/g, ''));
  const unit = m[3] ? '%' : m[1] ? '£' : undefined;
  return ok(unit ? { value, unit } : { value });
}

/** A count of judgements: a whole number, 0 or more; blank means none. */
export function parseCount(text: string): Parsed<number> {
  const t = text.trim();
  if (t === '') return ok(0);
  if (!/^\d+$/.test(t)) return fail('A count of judgements must be a whole number, 0 or more (leave blank for none).');
  return ok(Number(t));
}
