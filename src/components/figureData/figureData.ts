// A figure's tables as data, from its view model: what its CSV writes (numbers as numbers, each unit in its heading), never read back from the page.
import { createContext, use, useId, useLayoutEffect } from 'react';
import type { CsvCell } from '../csv';

export interface FigureTable {
  readonly caption: string;
  /** Column headings, a unit in brackets where the numbers have one: "Good or better (%)". */
  readonly headings: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

export interface FigureTables {
  /** Records a table under `key` (null removes it); tables keep the order in which they first came. */
  readonly record: (key: string, table: FigureTable | null) => void;
}

export const FigureTablesContext = createContext<FigureTables | null>(null);

/** Gives the enclosing figure this table for its CSV; outside a figure it does nothing. */
export function useFigureTable(table: FigureTable): void {
  const tables = use(FigureTablesContext);
  const key = useId();
  useLayoutEffect(() => {
    tables?.record(key, table);
  }, [tables, key, table]);
  useLayoutEffect(() => () => tables?.record(key, null), [tables, key]);
}

/** A heading with its unit: ("Good or better", "%") → "Good or better (%)". */
export function headingWithUnit(heading: string, unit: string | undefined): string {
  return unit ? `${heading} (${unit})` : heading;
}

/** A share (0–1) as a percentage number to one decimal place, for a column headed "(%)"; null stays empty. */
export function percentValue(share: number | null | undefined): number | null {
  return share === null || share === undefined ? null : Math.round(share * 1000) / 10;
}

/**
 * The figure's CSV rows: one table as it is (headings, then rows); several each start with their caption, a blank row
 * between them. Empty when the figure has no table.
 */
export function figureCsvRows(tables: readonly FigureTable[]): CsvCell[][] {
  const block = (table: FigureTable): CsvCell[][] => [[...table.headings], ...table.rows.map((row) => [...row])];
  if (tables.length <= 1) return tables[0] ? block(tables[0]) : [];
  return tables.flatMap((table, i) => [...(i > 0 ? [[]] : []), [table.caption], ...block(table)]);
}

/** A cell showing "36 (24%)" as two CSV columns: the count under the heading, the share as a number under "heading (%)". */
export function countAndShare<Row>(
  heading: string,
  count: (row: Row) => number | null | undefined,
  share: (row: Row) => number | null | undefined,
) {
  return [
    { heading, value: (row: Row) => count(row) ?? null },
    { heading, unit: '%', value: (row: Row) => percentValue(share(row)) },
  ] as const;
}

/** A share column as a number under "heading (%)". */
export function shareColumn<Row>(heading: string, share: (row: Row) => number | null | undefined) {
  return [{ heading, unit: '%', value: (row: Row) => percentValue(share(row)) }] as const;
}
