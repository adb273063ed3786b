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

/** The header is the row among the first few that recognises the most headings (the first such row on ties). */
export function findTable(rows: readonly string[][]): Table | undefined {
  let bestIndex = -1;
  let bestScore = 1;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const score = headerScore(rows[i] ?? []);
    if (score > bestScore) {
      bestScore = score;
      bestIndex = i;
    }
  }
  if (bestIndex < 0) return undefined;
  const header = rows[bestIndex] ?? [];
  return {
    headerLine: bestIndex + 1,
    columns: mapColumns(header.map((cell) => cell.trim())),
    rows: rows.slice(bestIndex + 1).map((cells, i) => ({ line: bestIndex + 2 + i, cells })),
    preambleRows: bestIndex,
  };
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
const fieldColumns = new WeakMap<readonly ColumnMapping[], Map<FieldId, ColumnMapping | undefined>>();

export function columnFor(table: Table, field: FieldId): ColumnMapping | undefined {
  let byField = fieldColumns.get(table.columns);
  if (!byField) {
    byField = new Map();
    fieldColumns.set(table.columns, byField);
  }
  if (byField.has(field)) return byField.get(field);
  const column = table.columns.find((candidate) => candidate.role.kind === 'field' && candidate.role.field === field);
  byField.set(field, column);
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
    return claim && claims.has(claim) ? { ...column, role: { kind: 'ignored' as const, reason: 'moved to another column by hand' } } : column;
  });
  return { ...table, columns };
}
