// The parts every format shares: which authority a row is about, its date, and rows to skip.
import {
  LA_NUMBER,
  ONS_CODE,
  type Authority,
  matchAuthority,
  type RegisteredAuthority,
  MONTH_NAMES,
  type PartialDate,
} from '../domain';
import type { FieldId } from './columns';
import type { ImportProblem } from './problem';
import { cellOf, columnFor, type DataRow, type Table } from './table';
import { parseDate } from './values';

export interface RowContext {
  readonly table: Table;
  readonly row: DataRow;
  readonly problems: ImportProblem[];
}

export function cell(context: RowContext, field: FieldId): string {
  return cellOf(context.row, columnFor(context.table, field));
}

export function report(
  context: RowContext,
  field: FieldId | string,
  value: string,
  message: string,
  severity: 'error' | 'warning' = 'error',
) {
  const column = columnFor(context.table, field as FieldId)?.heading ?? field;
  context.problems.push({ line: context.row.line, column, value, message, severity });
}

/** What reading one combination of authority cells gives: the authority (if any) and the problems to report on each row. */
interface AuthorityRead {
  readonly authority: Authority | undefined;
  readonly problems: ReadonlyArray<{
    readonly field: FieldId;
    readonly value: string;
    readonly message: string;
    readonly severity: 'error' | 'warning';
  }>;
}

/**
 * The same cells always make the same authority: one shared record for each, not one per row, and the register is
 * consulted (and an unknown name's nearest names found) once per distinct combination, however many rows repeat it.
 */
interface KnownAuthority {
  readonly name: string;
  readonly code: string;
  readonly region: string;
  readonly status: string;
  readonly keep: boolean;
  readonly read: AuthorityRead;
}
let knownAuthorities = new Map<string, KnownAuthority[]>();
let knownAuthoritiesCount = 0;
const KNOWN_AUTHORITIES_LIMIT = 10_000;
let lastAuthority: KnownAuthority | undefined;

/**
 * The row's authority as the register knows it (its name and codes; the file's region, which is Ofsted's), or
 * undefined with a problem on the row. A name or code the register does not know is kept, as a body of its own
 * (`kind: 'other'`), only when the table says so (the user's choice in the preview); it never becomes a local authority.
 */
export function readAuthority(context: RowContext): Authority | undefined {
  const name = cell(context, 'authorityName');
  const code = cell(context, 'authorityCode');
  const region = cell(context, 'region');
  const status = cell(context, 'authorityStatus');
  const keep = context.table.keepUnknownAuthorities === true;
  const last = lastAuthority;
  let read: AuthorityRead | undefined;
  // Rows about one authority often come together: the row before's cells are compared before any key is made.
  if (
    last &&
    last.name === name &&
    last.code === code &&
    last.region === region &&
    last.status === status &&
    last.keep === keep
  )
    read = last.read;
  else {
    // Found by the shortest cell that tells authorities apart (the code, else the name), then the rest compared: hashing
    // a key joined from every cell was most of the cost, on a wide table whose rows go from authority to authority.
    const byKey = knownAuthorities.get(code || name);
    const known = byKey?.find(
      (entry) =>
        entry.name === name &&
        entry.code === code &&
        entry.region === region &&
        entry.status === status &&
        entry.keep === keep,
    );
    if (known) read = known.read;
    else {
      read = authorityOf(name, code, region, status, keep);
      if (knownAuthoritiesCount >= KNOWN_AUTHORITIES_LIMIT) {
        knownAuthorities = new Map();
        knownAuthoritiesCount = 0;
      }
      const entry = { name, code, region, status, keep, read };
      if (byKey) byKey.push(entry);
      else knownAuthorities.set(code || name, [entry]);
      knownAuthoritiesCount++;
    }
    lastAuthority = { name, code, region, status, keep, read };
  }
  for (const problem of read.problems) report(context, problem.field, problem.value, problem.message, problem.severity);
  return read.authority;
}

/** The problem raised when a row's authority is not one the register knows: the preview offers to keep such names. */
export const UNKNOWN_AUTHORITY = 'is not an English local authority we know';

/** True for the problem readAuthority reports on a name or code the register does not know. */
export function isUnknownAuthorityProblem(problem: { readonly message: string }): boolean {
  return problem.message.includes(UNKNOWN_AUTHORITY);
}

function authorityOf(name: string, code: string, region: string, status: string, keep: boolean): AuthorityRead {
  const failed = (field: FieldId, value: string, message: string): AuthorityRead => ({
    authority: undefined,
    problems: [{ field, value, message, severity: 'error' }],
  });
  let onsCode: string | undefined;
  let laNumber: string | undefined;
  if (code !== '') {
    const upper = code.toUpperCase();
    if (ONS_CODE.test(upper)) onsCode = upper;
    else if (LA_NUMBER.test(code)) laNumber = code;
    else
      return failed(
        'authorityCode',
        code,
        'This is neither an ONS area code (like E08000030) nor a DfE LA number (like 335). Correct it or leave it blank and give the authority name.',
      );
  }
  if (name === '' && code === '')
    return failed(
      'authorityName',
      '',
      'The local authority is missing. Give its name (and, if you have it, its ONS code such as E08000030).',
    );
  const ceased = /no longer exists|abolished|former/i.test(status);
  const match = matchAuthority(name, onsCode ?? laNumber ?? '');
  if (match.kind === 'disagree') {
    const { byName, byCode } = match;
    const message = byCode
      ? `The name is ${byName.name}'s, but ${code} is ${byCode.name}'s ${onsCode ? 'ONS code' : 'DfE LA number'}. Correct whichever is wrong: ${byName.name} is ${codesOf(byName)}.`
      : `${code} is not ${onsCode ? 'an ONS code' : 'a DfE LA number'} we know for any English local authority. ${byName.name} is ${codesOf(byName)}: correct the code, or leave it blank.`;
    return failed(byCode ? 'authorityName' : 'authorityCode', byCode ? name : code, message);
  }
  if (match.kind === 'known') {
    const known = match.authority;
    return {
      authority: {
        name: known.name,
        onsCode: known.onsCodes[0]!,
        ...(known.laNumbers[0] ? { laNumber: known.laNumbers[0] } : {}),
        region: sameRegion(region, known.region) ? known.region : region || known.region,
        ...(ceased ? { noLongerExists: true } : {}),
      },
      problems: match.nameUnknown
        ? [
            {
              field: 'authorityName',
              value: name,
              message: `This is not a name we know for ${known.name}; the row was read as ${known.name}, by its code ${code}. Check the code is right.`,
              severity: 'warning',
            },
          ]
        : [],
    };
  }
  const value = name || code;
  if (keep) {
    return {
      authority: {
        name: value,
        ...(onsCode ? { onsCode } : {}),
        ...(laNumber ? { laNumber } : {}),
        ...(region ? { region } : {}),
        ...(ceased ? { noLongerExists: true } : {}),
        kind: 'other',
      },
      problems: [],
    };
  }
  const suggestions = match.suggestions.length > 0 ? ` Did you mean ${joinOr(match.suggestions)}?` : '';
  const field: FieldId = name ? 'authorityName' : 'authorityCode';
  return failed(
    field,
    value,
    `'${value}' ${UNKNOWN_AUTHORITY}.${suggestions} Correct it, or keep such names as bodies of their own (a school, a test), which are never counted in England's or a region's figures.`,
  );
}

/** Ofsted's region as another table spells it ("North East, Yorkshire and The Humber"): one region, not two. */
function sameRegion(fileRegion: string, registered: string): boolean {
  const key = (region: string) =>
    region
      .toLowerCase()
      .replace(/&/g, 'and')
      .replace(/[^a-z]+/g, ' ')
      .trim();
  return fileRegion !== '' && key(fileRegion) === key(registered);
}

/** "ONS code E06000065 (also E10000023), DfE LA number 815" */
function codesOf(authority: RegisteredAuthority): string {
  const [ons, ...formerOns] = authority.onsCodes;
  const also = formerOns.length > 0 ? ` (also ${formerOns.join(', ')})` : '';
  const number = authority.laNumbers.length > 0 ? `, DfE LA number ${authority.laNumbers.join(' or ')}` : '';
  return `ONS code ${ons}${also}${number}`;
}

function joinOr(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

export function readDate(
  context: RowContext,
  field: 'date' | 'publicationDate',
  required: boolean,
): PartialDate | undefined | null {
  const text = cell(context, field);
  if (text === '' && !required) return undefined;
  const month = field === 'date' && YEAR_ONLY.test(text) ? monthBeside(context) : undefined;
  if (month) return readYearAndMonth(context, text, month);
  const parsed = parseDate(text);
  if (parsed.ok) return parsed.value;
  report(context, field, text, parsed.message);
  return null;
}

const YEAR_ONLY = /^\d{4}$/;
const MONTH_NUMBER = /^\d{1,2}$/;

/** The Month column's cell, when the table has one and this row fills it. */
function monthBeside(context: RowContext): string | undefined {
  const column = columnFor(context.table, 'month');
  const text = cellOf(context.row, column);
  return column && text !== '' ? text : undefined;
}

/** A year in the date column and its month in a column of its own ("2012" and "June", or "2012" and "6"). */
function readYearAndMonth(context: RowContext, year: string, month: string): PartialDate | null {
  const yearAlone = parseDate(year);
  if (!yearAlone.ok) {
    report(context, 'date', year, yearAlone.message);
    return null;
  }
  const number = MONTH_NUMBER.test(month) ? Number(month) : undefined;
  if (number !== undefined && (number < 1 || number > 12)) {
    report(
      context,
      'month',
      month,
      `There is no month ${number}. Write the month as a name (June) or a number from 1 to 12.`,
    );
    return null;
  }
  const parsed = parseDate(`${number === undefined ? month : MONTH_NAMES[number - 1]} ${year}`);
  if (parsed.ok) return parsed.value;
  report(
    context,
    'month',
    month,
    `${parsed.message.split('. ')[0]}: write the month as a name (June) or a number from 1 to 12.`,
  );
  return null;
}

export type RowKind = 'data' | 'blank' | 'total' | 'note' | 'not-inspected';

const TOTAL_WORDS = /^(total|totals|grand total|sum|all authorities|all las|england|england total)$/i;

// Spaces around the words are allowed by the pattern rather than trimmed off, so a cell of other words (a provider's
// name, a long note) fails at its first letters without being copied.
const NOT_INSPECTED_WORDS = /^\s*(not yet inspected|not inspected|awaiting inspection|awaiting first inspection)\s*$/i;
/** The shortest of those words is 13 letters: shorter cells (most grades and dates) are passed over at once. */
const saysNotInspected = (text: string) => text.length >= 13 && NOT_INSPECTED_WORDS.test(text);

/**
 * Blank rows, total rows and footnotes under a table are not records. Skipping a total row is what
 * keeps its figures from being counted twice.
 */
export function classifyRow(row: DataRow, table: Table): RowKind {
  // Only none, one or more matter: counting stops at two, as this runs for every row of a big file.
  let filled = 0;
  for (const text of row.cells) if (text !== '' && text.trim() !== '' && ++filled === 2) break;
  if (filled === 0) return 'blank';
  const name = cellOf(row, columnFor(table, 'authorityName')) || (row.cells[0] ?? '').trim();
  if (TOTAL_WORDS.test(name)) return 'total';
  // "Not yet inspected" with no date describes an inspection that has not happened: nothing to import, nothing to fix.
  if (cellOf(row, columnFor(table, 'date')) === '' && row.cells.some(saysNotInspected)) return 'not-inspected';
  // No format has a record in a single cell: such a row under a table is a footnote or a title.
  if (filled === 1 && table.columns.length > 2) return 'note';
  return 'data';
}
