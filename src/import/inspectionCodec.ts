// The packed inspections: one column schema that packs, unpacks, checks and slices them (what a worker sends).
import type { Inspection, Judgement, SourceRef } from '../domain';
import { runToEnd } from './slices';
import { ValueTable } from './valueTable';

/**
 * How a column's cells hold their field: `value` is a code into the table of distinct values, `optional` the same or
 * -1 where the field is absent, `integer` the number itself.
 */
type Cell = 'value' | 'optional' | 'integer';

/** Per inspection, per judgement, per source; a start column says where each inspection's judgements or sources begin. */
type ColumnSpec =
  | { readonly per: 'inspection'; readonly field: keyof Inspection; readonly cell: Exclude<Cell, 'integer'> }
  | { readonly per: 'judgement'; readonly field: keyof Judgement; readonly cell: Exclude<Cell, 'integer'> }
  | { readonly per: 'source'; readonly field: keyof SourceRef; readonly cell: Cell }
  | { readonly per: 'start'; readonly of: 'judgement' | 'source' };

/**
 * The schema: every column, in order. Adding a field to the records means adding its column here, and nowhere else in
 * the importer; storage (src/data/storedColumns.ts) then needs a format step, which the type check there demands.
 */
export const PACKED_COLUMNS = {
  authority: { per: 'inspection', field: 'authority', cell: 'value' },
  type: { per: 'inspection', field: 'type', cell: 'value' },
  framework: { per: 'inspection', field: 'framework', cell: 'value' },
  date: { per: 'inspection', field: 'date', cell: 'value' },
  publicationDate: { per: 'inspection', field: 'publicationDate', cell: 'optional' },
  note: { per: 'inspection', field: 'note', cell: 'optional' },
  summaryCounts: { per: 'inspection', field: 'summaryCounts', cell: 'optional' },
  judgementStart: { per: 'start', of: 'judgement' },
  judgementArea: { per: 'judgement', field: 'area', cell: 'value' },
  judgementOutcome: { per: 'judgement', field: 'outcome', cell: 'value' },
  judgementNote: { per: 'judgement', field: 'note', cell: 'optional' },
  sourceStart: { per: 'start', of: 'source' },
  sourceFile: { per: 'source', field: 'file', cell: 'value' },
  sourceLine: { per: 'source', field: 'line', cell: 'integer' },
} as const satisfies Record<string, ColumnSpec>;

export type PackedColumnName = keyof typeof PACKED_COLUMNS;

export const PACKED_COLUMN_NAMES = Object.keys(PACKED_COLUMNS) as PackedColumnName[];

/**
 * Inspections as columns of integer codes into one table of distinct values (each stored as JSON once), so a quarter
 * of a million inspections cross as a few typed arrays instead of millions of small objects. Inspection i's judgements
 * are rows judgementStart[i] .. judgementStart[i + 1] of the judgement columns; its sources likewise.
 */
export type PackedInspections = { readonly count: number; readonly values: readonly string[] } & {
  readonly [name in PackedColumnName]: Int32Array;
};

type Columns<Per extends ColumnSpec['per']> = ReadonlyArray<
  readonly [PackedColumnName, Extract<ColumnSpec, { per: Per }>]
>;

const columnsPer = <Per extends ColumnSpec['per']>(per: Per): Columns<Per> =>
  (Object.entries(PACKED_COLUMNS) as Array<[PackedColumnName, ColumnSpec]>).filter(
    (entry): entry is [PackedColumnName, Extract<ColumnSpec, { per: Per }>] => entry[1].per === per,
  );

const PER_INSPECTION = columnsPer('inspection');
const PER_JUDGEMENT = columnsPer('judgement');
const PER_SOURCE = columnsPer('source');
const START_OF = { judgement: 'judgementStart', source: 'sourceStart' } as const satisfies Record<
  string,
  PackedColumnName
>;

export function packInspections(inspections: readonly Inspection[]): PackedInspections {
  return runToEnd(packSteps(inspections, INSPECTIONS_PER_SLICE));
}

const cellOf = (cell: Cell, value: unknown, code: (value: unknown) => number): number =>
  cell === 'integer' ? (value as number) : code(value);

/** Packing, paused (yielding) after each `perSlice` inspections; at once and in slices are the same code. */
function* packSteps(inspections: readonly Inspection[], perSlice: number): Generator<void, PackedInspections> {
  const table = new ValueTable();
  const code = (value: unknown) => table.code(value);
  const count = inspections.length;
  const lengths = { judgement: 0, source: 0 };
  for (const inspection of inspections) {
    lengths.judgement += inspection.judgements.length;
    lengths.source += inspection.sources.length;
  }
  const lengthOf = (spec: ColumnSpec) =>
    spec.per === 'inspection' ? count : spec.per === 'start' ? count + 1 : lengths[spec.per];
  const columns = Object.fromEntries(
    PACKED_COLUMN_NAMES.map((name) => [name, new Int32Array(lengthOf(PACKED_COLUMNS[name]))]),
  ) as Record<PackedColumnName, Int32Array>;
  let judgement = 0;
  let source = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % perSlice === 0) yield;
    const inspection = inspections[i]!;
    for (const [name, spec] of PER_INSPECTION) columns[name][i] = code(inspection[spec.field]);
    columns.judgementStart[i] = judgement;
    for (const entry of inspection.judgements) {
      for (const [name, spec] of PER_JUDGEMENT) columns[name][judgement] = code(entry[spec.field]);
      judgement++;
    }
    columns.sourceStart[i] = source;
    for (const entry of inspection.sources) {
      for (const [name, spec] of PER_SOURCE) columns[name][source] = cellOf(spec.cell, entry[spec.field], code);
      source++;
    }
  }
  columns.judgementStart[count] = judgement;
  columns.sourceStart[count] = source;
  return { count, values: table.values, ...columns };
}

/** Packed inspections as plain JSON, each column an array of numbers: how the build embeds the default data. */
export type PackedJson = { readonly count: number; readonly values: readonly string[] } & {
  readonly [name in PackedColumnName]: readonly number[];
};

export function packedToJson(packed: PackedInspections): PackedJson {
  const columns = Object.fromEntries(PACKED_COLUMN_NAMES.map((name) => [name, Array.from(packed[name])]));
  return { count: packed.count, values: packed.values, ...(columns as Record<PackedColumnName, number[]>) };
}

export function packedFromJson(json: PackedJson): PackedInspections {
  const columns = Object.fromEntries(PACKED_COLUMN_NAMES.map((name) => [name, Int32Array.from(json[name])]));
  return { count: json.count, values: json.values, ...(columns as Record<PackedColumnName, Int32Array>) };
}

/** The typed arrays' buffers, to transfer rather than copy. */
export function packedBuffers(packed: PackedInspections): ArrayBuffer[] {
  return PACKED_COLUMN_NAMES.map((name) => packed[name].buffer as ArrayBuffer);
}

/**
 * Inspections from..to rebuilt as objects. Each distinct value is parsed once and shared (records are never
 * changed), so a slice costs little more than the objects it makes; callers can take slices between frames.
 */
export function inspectionDecoder(packed: PackedInspections): (from: number, to: number) => Inspection[] {
  const parsed: unknown[] = new Array(packed.values.length);
  const value = (index: number): unknown => {
    if (index < 0) return undefined;
    if (parsed[index] === undefined) parsed[index] = JSON.parse(packed.values[index] ?? 'null');
    return parsed[index];
  };
  // Each column's cells and field found once, not per row: the loops below run for every judgement of a big file.
  const cellsOf = (columns: Columns<'inspection' | 'judgement' | 'source'>) =>
    columns.map(([name, spec]) => ({
      cells: packed[name],
      field: spec.field as string,
      integer: spec.cell === 'integer',
    }));
  const [inspectionCells, judgementCells, sourceCells] = [
    cellsOf(PER_INSPECTION),
    cellsOf(PER_JUDGEMENT),
    cellsOf(PER_SOURCE),
  ];
  // Absent optional fields are left out, not set to undefined, as the importer leaves them out.
  const fields = (columns: ReturnType<typeof cellsOf>, row: number) => {
    const record: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const { cells, field, integer } = columns[c]!;
      const found = integer ? cells[row] : value(cells[row]!);
      if (found !== undefined) record[field] = found;
    }
    return record;
  };
  const rows = (columns: ReturnType<typeof cellsOf>, start: Int32Array, i: number) => {
    const out: Array<Record<string, unknown>> = [];
    for (let row = start[i]!; row < start[i + 1]!; row++) out.push(fields(columns, row));
    return out;
  };
  return (from, to) => {
    const out: Inspection[] = [];
    for (let i = from; i < Math.min(to, packed.count); i++) {
      const record = fields(inspectionCells, i);
      record.judgements = rows(judgementCells, packed[START_OF.judgement], i);
      record.sources = rows(sourceCells, packed[START_OF.source], i);
      // The columns were checked (packedProblem) or written by packSteps from records of this shape.
      out.push(record as unknown as Inspection);
    }
    return out;
  };
}

/**
 * What is wrong with packed inspections read from outside the page's own code (a stored record), if anything: each
 * column an Int32Array of the length the schema and the start columns imply, the starts rising from 0, and every code
 * inside the table of values (or -1 where the field may be absent).
 */
export function packedProblem(packed: unknown): string | undefined {
  if (typeof packed !== 'object' || packed === null || Array.isArray(packed))
    return 'missing or malformed: packedInspections';
  const fields = packed as Record<string, unknown>;
  const { count, values } = fields;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return 'packed inspections: malformed count';
  if (!Array.isArray(values) || !values.every((value) => typeof value === 'string'))
    return 'packed inspections: malformed values';
  const column = (name: PackedColumnName) => (fields[name] instanceof Int32Array ? fields[name] : undefined);
  const lengthOf = (spec: ColumnSpec): number | undefined => {
    if (spec.per === 'inspection') return count;
    if (spec.per === 'start') return count + 1;
    return column(START_OF[spec.per])?.[count];
  };
  const malformed = PACKED_COLUMN_NAMES.filter((name) => {
    const cells = column(name);
    return cells === undefined || cells.length !== lengthOf(PACKED_COLUMNS[name]);
  });
  if (malformed.length > 0) return `packed inspections: missing or malformed ${malformed.join(', ')}`;
  const wrong = PACKED_COLUMN_NAMES.filter((name) => !cellsFit(column(name)!, PACKED_COLUMNS[name], values.length));
  return wrong.length > 0 ? `packed inspections: codes out of range in ${wrong.join(', ')}` : undefined;
}

function cellsFit(cells: Int32Array, spec: ColumnSpec, valueCount: number): boolean {
  if (spec.per === 'start') {
    if (cells[0] !== 0) return false;
    for (let i = 1; i < cells.length; i++) if (cells[i]! < cells[i - 1]!) return false;
    return true;
  }
  if (spec.cell === 'integer') return true;
  const lowest = spec.cell === 'optional' ? -1 : 0;
  for (let i = 0; i < cells.length; i++) if (cells[i]! < lowest || cells[i]! >= valueCount) return false;
  return true;
}

/** Awaited between slices of work done in the page: a new task, so the page can paint and answer input in between. */
export type Pause = () => Promise<void>;

export const nextTask: Pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface Slicing {
  /** Inspections per slice: a few thousand take a few milliseconds. */
  readonly perSlice?: number;
  readonly pause?: Pause;
}

/** Small enough that a slice of packing or rebuilding takes well under 50 ms on a slow laptop (about 5 ms on a fast one). */
export const INSPECTIONS_PER_SLICE = 5000;

/**
 * The same columns as packInspections, filled a slice at a time with a pause between slices, so that a quarter of a
 * million inspections can be packed in the page without holding it for seconds. The inspections must not change meanwhile
 * (records never do).
 */
export async function packInspectionsInSlices(
  inspections: readonly Inspection[],
  slicing: Slicing = {},
): Promise<PackedInspections> {
  const { perSlice = INSPECTIONS_PER_SLICE, pause = nextTask } = slicing;
  const steps = packSteps(inspections, perSlice);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Every inspection rebuilt by inspectionDecoder, a slice at a time with a pause between slices. */
export async function unpackInspectionsInSlices(
  packed: PackedInspections,
  slicing: Slicing = {},
): Promise<Inspection[]> {
  const { perSlice = INSPECTIONS_PER_SLICE, pause = nextTask } = slicing;
  const decode = inspectionDecoder(packed);
  const inspections: Inspection[] = [];
  for (let from = 0; from < packed.count; from += perSlice) {
    if (from > 0) await pause();
    for (const inspection of decode(from, from + perSlice)) inspections.push(inspection);
  }
  return inspections;
}
