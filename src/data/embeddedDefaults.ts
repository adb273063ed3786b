// The default files' import results as the build embeds them: src/import's JSON form, written smaller, and read back exactly.
import type { JsonResult, PackedColumnName } from '../import';

/**
 * The first chart waits for this chunk, so it is written compactly, in three ways that a decoder undoes exactly:
 * - one table of values for every file, each value once (the files share their authorities, areas, grades and dates);
 * - a day's date written short: `D2023-6-26` for `{"precision":"day","year":2023,"month":6,"day":26}`;
 * - a column that runs mostly upwards (dates, source lines, the start of each inspection's judgements) written as the
 *   differences between neighbours, which compress to little. Each result names the columns written so.
 */
export interface EmbeddedDefaults {
  readonly values: readonly string[];
  readonly results: readonly EmbeddedResult[];
}

type OkJson = Extract<JsonResult, { ok: true }>;
type PackedJson = OkJson['packed'];

/** The packed columns as they are, but for `values`: each an index into the shared table. */
type EmbeddedPacked = Omit<PackedJson, 'values'> & { readonly values: readonly number[] };

export type EmbeddedResult =
  | Extract<JsonResult, { ok: false }>
  | (Omit<OkJson, 'packed'> & {
      readonly packed: EmbeddedPacked;
      /** The packed columns (and `values`, the places in the shared table) written as differences between neighbours. */
      readonly differences: readonly string[];
    });

const DAY = /^\{"precision":"day","year":(\d+),"month":(\d+),"day":(\d+)\}$/;
const dayJson = (year: number, month: number, day: number) => JSON.stringify({ precision: 'day', year, month, day });

/** A value as the shared table holds it. Values are JSON texts, which never start with D or ~; one that did is kept whole. */
function shortValue(value: string): string {
  const day = DAY.exec(value);
  if (day && dayJson(Number(day[1]), Number(day[2]), Number(day[3])) === value) return `D${day[1]}-${day[2]}-${day[3]}`;
  return value.startsWith('D') || value.startsWith('~') ? `~${value}` : value;
}

function fullValue(value: string): string {
  if (value.startsWith('~')) return value.slice(1);
  if (!value.startsWith('D')) return value;
  const [year, month, day] = value.slice(1).split('-').map(Number);
  return dayJson(year!, month!, day!);
}

const differences = (column: readonly number[]) => column.map((value, i) => (i === 0 ? value : value - column[i - 1]!));

function sums(column: readonly number[]): number[] {
  const sums: number[] = [];
  let total = 0;
  for (const difference of column) sums.push((total += difference));
  return sums;
}

/** Whether a column's differences are shorter than the column: a crude but fair proxy for how each compresses. */
const smallerAsDifferences = (column: readonly number[]) =>
  JSON.stringify(differences(column)).length < JSON.stringify(column).length * 0.8;

/** Build time: the results written compactly. */
export function embedDefaults(results: readonly JsonResult[]): EmbeddedDefaults {
  const values: string[] = [];
  const indexOf = new Map<string, number>();
  const shared = (value: string) => {
    const short = shortValue(value);
    let index = indexOf.get(short);
    if (index === undefined) {
      index = values.length;
      values.push(short);
      indexOf.set(short, index);
    }
    return index;
  };
  return {
    values,
    results: results.map((result): EmbeddedResult => {
      if (!result.ok) return result;
      const { values: own, count, ...columns } = result.packed;
      // The file's values as places in the shared table: a file's new values come in order, so these run upwards too.
      const indices = own.map(shared);
      const differenced = Object.entries({ ...columns, values: indices })
        .filter(([, column]) => smallerAsDifferences(column))
        .map(([name]) => name);
      const written = Object.fromEntries(
        Object.entries(columns).map(([name, column]) => [
          name,
          differenced.includes(name) ? differences(column) : column,
        ]),
      ) as Record<PackedColumnName, readonly number[]>;
      return {
        ...result,
        packed: { count, values: differenced.includes('values') ? differences(indices) : indices, ...written },
        differences: differenced,
      };
    }),
  };
}

/** In the browser: the results exactly as src/import's toJsonResult wrote them. */
export function readEmbeddedDefaults(embedded: EmbeddedDefaults): JsonResult[] {
  const values = embedded.values.map(fullValue);
  return embedded.results.map((result): JsonResult => {
    if (!result.ok) return result;
    const { differences: differenced, packed, ...report } = result;
    const { values: places, count, ...columns } = packed;
    const indices = differenced.includes('values') ? sums(places) : places;
    const restored = Object.fromEntries(
      Object.entries(columns).map(([name, column]) => [name, differenced.includes(name) ? sums(column) : column]),
    ) as Record<PackedColumnName, readonly number[]>;
    return { ...report, packed: { count, values: indices.map((index) => values[index]!), ...restored } };
  });
}
