// The parts every format shares: which authority a row is about, its date, and rows to skip.
import { LA_NUMBER, ONS_CODE, type Authority } from '../domain/authority';
import { MONTH_NAMES, type PartialDate } from '../domain/partialDate';
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

export function report(context: RowContext, field: FieldId | string, value: string, message: string, severity: 'error' | 'warning' = 'error') {
  const column = columnFor(context.table, field as FieldId)?.heading ?? field;
  context.problems.push({ line: context.row.line, column, value, message, severity });
}

/** The same four cells always make the same authority: one shared record for each, not one per row. */
let knownAuthorities = new Map<string, Authority>();
const KNOWN_AUTHORITIES_LIMIT = 10_000;

export function readAuthority(context: RowContext): Authority | undefined {
  const name = cell(context, 'authorityName');
  const code = cell(context, 'authorityCode');
  const region = cell(context, 'region');
  const status = cell(context, 'authorityStatus');
  const key = `${name}\u0000${code}\u0000${region}\u0000${status}`;
  const known = knownAuthorities.get(key);
  if (known) return known;
  const authority = authorityOf(context, name, code, region, status);
  if (authority) {
    if (knownAuthorities.size >= KNOWN_AUTHORITIES_LIMIT) knownAuthorities = new Map();
    knownAuthorities.set(key, authority);
  }
  return authority;
}

function authorityOf(context: RowContext, name: string, code: string, region: string, status: string): Authority | undefined {
  let onsCode: string | undefined;
  let laNumber: string | undefined;
  if (code !== '') {
    const upper = code.toUpperCase();
    if (ONS_CODE.test(upper)) onsCode = upper;
    else if (LA_NUMBER.test(code)) laNumber = code;
    else {
      report(context, 'authorityCode', code, 'This is neither an ONS area code (like E08000030) nor a DfE LA number (like 335). Correct it or leave it blank and give the authority name.');
      return undefined;
    }
  }
  if (name === '' && code === '') {
    report(context, 'authorityName', '', 'The local authority is missing. Give its name (and, if you have it, its ONS code such as E08000030).');
    return undefined;
  }
  return {
    name: name || code,
    ...(onsCode ? { onsCode } : {}),
    ...(laNumber ? { laNumber } : {}),
    ...(region ? { region } : {}),
    ...(/no longer exists|abolished|former/i.test(status) ? { noLongerExists: true } : {}),
  };
}

export function readDate(context: RowContext, field: 'date' | 'publicationDate', required: boolean): PartialDate | undefined | null {
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
    report(context, 'month', month, `There is no month ${number}. Write the month as a name (June) or a number from 1 to 12.`);
    return null;
  }
  const parsed = parseDate(`${number === undefined ? month : MONTH_NAMES[number - 1]} ${year}`);
  if (parsed.ok) return parsed.value;
  report(context, 'month', month, `${parsed.message.split('. ')[0]}: write the month as a name (June) or a number from 1 to 12.`);
  return null;
}

export type RowKind = 'data' | 'blank' | 'total' | 'note' | 'not-inspected';

const TOTAL_WORDS = /^(total|totals|grand total|sum|all authorities|all las|england|england total)$/i;

const NOT_INSPECTED_WORDS = /^(not yet inspected|not inspected|awaiting inspection|awaiting first inspection)$/i;

/**
 * Blank rows, total rows and footnotes under a table are not records. Skipping a total row is what
 * keeps its figures from being counted twice.
 */
export function classifyRow(row: DataRow, table: Table): RowKind {
  let filled = 0;
  for (const text of row.cells) if (text.trim() !== '') filled++;
  if (filled === 0) return 'blank';
  const name = cellOf(row, columnFor(table, 'authorityName')) || (row.cells[0] ?? '').trim();
  if (TOTAL_WORDS.test(name)) return 'total';
  // "Not yet inspected" with no date describes an inspection that has not happened: nothing to import, nothing to fix.
  if (cellOf(row, columnFor(table, 'date')) === '' && row.cells.some((text) => NOT_INSPECTED_WORDS.test(text.trim()))) return 'not-inspected';
  // No format has a record in a single cell: such a row under a table is a footnote or a title.
  if (filled === 1 && table.columns.length > 2) return 'note';
  return 'data';
}
