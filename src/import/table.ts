// Rows to a table: finds the header row below any title rows and says which column became which field.
import { claimOf, headerScore, mapColumns, type ColumnMapping, type ColumnRole, type FieldId } from './columns';

export interface DataRow {
  /** The row as a spreadsheet numbers it. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Table {
  /** Spreadsheet row number of the header. */
  readonly headerLine: number;
  readonly columns: readonly ColumnMapping[];
  readonly rows: readonly DataRow[];
  /** Rows above the header: titles and descriptions. */
  readonly preambleRows: number;
  /** The user's choice (ImportOptions): names the register of authorities does not know are kept as bodies of their own. */
  readonly keepUnknownAuthorities?: boolean;
}

export const HEADER_SEARCH_ROWS = 30;

/**
 * The header is the row among the first few that recognises the most headings (the first such row on ties). A row
 * holding dates or numbers is never taken for it (see headerScore). `headerLine` is the row a person chose instead.
 */
export function findTable(rows: readonly string[][], headerLine?: number): Table | undefined {
  if (headerLine !== undefined)
    return headerLine >= 1 && headerLine <= rows.length ? tableAt(rows, headerLine - 1) : undefined;
  const index = headerIndex(rows);
  return index < 0 ? undefined : tableAt(rows, index);
}

/**
 * The first row among the first few that recognises at least two headings and half as many as the best row: a second
 * table further down, with more columns, must not swallow the first as its "title rows".
 */
function headerIndex(rows: readonly string[][]): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const scores = rows.slice(0, limit).map((row) => headerScore(row));
  const best = Math.max(0, ...scores);
  if (best < 2) return -1;
  return scores.findIndex((score) => score >= 2 && score * 2 >= best);
}

/**
 * The header was a guess: it recognises few headings, or another row near it would have served as well. The preview
 * then says so and asks.
 */
export function headerIsUncertain(rows: readonly string[][], headerLine: number): boolean {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const score = headerScore(rows[headerLine - 1] ?? []);
  if (score < UNCERTAIN_HEADER_SCORE) return true;
  for (let i = 0; i < limit; i++) if (i !== headerLine - 1 && headerScore(rows[i] ?? []) * 2 >= score) return true;
  return false;
}

function tableAt(rows: readonly string[][], index: number): Table {
  return {
    headerLine: index + 1,
    columns: mapColumns((rows[index] ?? []).map((cell) => cell.trim())),
    rows: rows.slice(index + 1).map((cells, i) => ({ line: index + 2 + i, cells })),
    preambleRows: index,
  };
}

/** Few headings recognised: the header row was a guess, and the preview should say so and let the user choose it. */
export const UNCERTAIN_HEADER_SCORE = 3;

/** The rows above and around a header that could be chosen as the header instead: those with text, within the first rows. */
export function headerCandidates(rows: readonly string[][]): Array<{ readonly line: number; readonly text: string }> {
  const candidates: Array<{ line: number; text: string }> = [];
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const cells = (rows[i] ?? []).map((cell) => cell.trim()).filter((cell) => cell !== '');
    if (cells.length > 0)
      candidates.push({ line: i + 1, text: cells.slice(0, 4).join(' · ') + (cells.length > 4 ? ' …' : '') });
  }
  return candidates;
}

/**
 * The first row with text, taken as headings whatever they say: the starting point when no row was
 * recognised and the user is to say by hand which column is which.
 */
export function firstRowTable(rows: readonly string[][]): Table | undefined {
  const index = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (index < 0) return undefined;
  return {
    headerLine: index + 1,
    columns: mapColumns((rows[index] ?? []).map((cell) => cell.trim())),
    rows: rows.slice(index + 1).map((cells, i) => ({ line: index + 2 + i, cells })),
    preambleRows: index,
  };
}

// Asked for every cell of every row: each table's columns are looked up once. Tables are never changed.
// A field the table lacks is held as null, so that each lookup is one.
const fieldColumns = new WeakMap<readonly ColumnMapping[], Map<FieldId, ColumnMapping | null>>();

// The table asked about last: a big file asks about one table millions of times in a row.
let lastColumns: readonly ColumnMapping[] | undefined;
let lastByField = new Map<FieldId, ColumnMapping | null>();

export function columnFor(table: Table, field: FieldId): ColumnMapping | undefined {
  let byField = table.columns === lastColumns ? lastByField : fieldColumns.get(table.columns);
  if (!byField) {
    byField = new Map();
    fieldColumns.set(table.columns, byField);
  }
  lastColumns = table.columns;
  lastByField = byField;
  const known = byField.get(field);
  if (known !== undefined) return known ?? undefined;
  const column = table.columns.find((candidate) => candidate.role.kind === 'field' && candidate.role.field === field);
  byField.set(field, column ?? null);
  return column;
}

export function cellOf(row: DataRow, column: ColumnMapping | undefined): string {
  if (!column) return '';
  return (row.cells[column.index] ?? '').trim();
}

/**
 * The table with some columns' roles set by hand. A field moved to a new column leaves its old one,
 * so a correction never leaves two columns claiming the same field.
 */
export function withColumnRoles(table: Table, roles: ReadonlyMap<number, ColumnRole>): Table {
  const claims = new Set([...roles.values()].map(claimOf).filter((claim) => claim !== undefined));
  const columns = table.columns.map((column) => {
    const chosen = roles.get(column.index);
    if (chosen) return { ...column, role: chosen };
    const claim = claimOf(column.role);
    return claim && claims.has(claim)
      ? { ...column, role: { kind: 'ignored' as const, reason: 'moved to another column by hand' } }
      : column;
  });
  return { ...table, columns };
}
