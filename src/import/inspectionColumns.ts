// Records gathered straight into the codec's columns as a format reads its rows: a big file costs integers per record, not objects.
import { FRAMEWORKS, type FrameworkId, type Inspection, type Judgement, type SourceRef } from '../domain';
import { PACKED_COLUMNS, PACKED_COLUMN_NAMES, type PackedColumnName, type PackedInspections } from './inspectionCodec';
import { IntColumn, ValueTable } from './valueTable';

type NamesPer<Per extends 'inspection' | 'judgement' | 'source'> = {
  [name in PackedColumnName]: (typeof PACKED_COLUMNS)[name]['per'] extends Per ? name : never;
}[PackedColumnName];

type ColumnsPer<Per extends 'inspection' | 'judgement' | 'source'> = ReadonlyArray<{
  readonly name: NamesPer<Per>;
  readonly field: string;
  readonly integer: boolean;
}>;

const columnsPer = <Per extends 'inspection' | 'judgement' | 'source'>(per: Per): ColumnsPer<Per> =>
  PACKED_COLUMN_NAMES.flatMap((name) => {
    const spec = PACKED_COLUMNS[name];
    if (spec.per !== per) return [];
    return [{ name: name as NamesPer<Per>, field: spec.field as string, integer: spec.cell === 'integer' }];
  });

const PER_INSPECTION = columnsPer('inspection');
const PER_JUDGEMENT = columnsPer('judgement');
const PER_SOURCE = columnsPer('source');

/** An inspection's own fields: what a record holds besides its judgements and sources. An optional field given as undefined is absent. */
export type InspectionFields = Omit<Inspection, 'judgements' | 'sources'>;

/** How far the gathering had got: what `rollback` returns to. */
export interface GatheringMark {
  readonly inspections: number;
  readonly judgements: number;
  readonly sources: number;
}

/**
 * Inspections held as the codec's columns (codes into one table of distinct values) while a reader adds them. An
 * inspection's judgements and sources may be added at any time after it (a tidy file's rows of one inspection can be
 * anywhere in the file): each is a chain through a `next` column, laid end to end only when the records are handed
 * over. The columns are the codec's schema (PACKED_COLUMNS), so a field added there is gathered here without change.
 *
 * A framework that makes no judgements keeps only its inspections' sources, whatever its rows held.
 */
export class InspectionColumns {
  readonly values = new ValueTable();
  /** Every column but the two start columns, which are made when the records are handed over. */
  private readonly cells = columnsOf([...PER_INSPECTION, ...PER_JUDGEMENT, ...PER_SOURCE]);
  private readonly chains = {
    judgement: { first: new IntColumn(), last: new IntColumn(), next: new IntColumn() },
    source: { first: new IntColumn(), last: new IntColumn(), next: new IntColumn() },
  };

  get count(): number {
    return this.chains.judgement.first.length;
  }

  /** A new inspection, with no judgements or sources yet; its index. */
  add(fields: InspectionFields): number {
    const index = this.count;
    const record = fields as unknown as Record<string, unknown>;
    for (const { name, field } of PER_INSPECTION) this.cells[name].push(this.values.code(record[field]));
    for (const chain of [this.chains.judgement, this.chains.source]) {
      chain.first.push(-1);
      chain.last.push(-1);
    }
    return index;
  }

  /** A judgement of inspection `inspection`, after those it has; its index, for `judgementCode`. */
  addJudgement(inspection: number, judgement: Judgement): number {
    const record = judgement as unknown as Record<string, unknown>;
    for (const { name, field } of PER_JUDGEMENT) this.cells[name].push(this.values.code(record[field]));
    return link(this.chains.judgement, inspection);
  }

  addSource(inspection: number, source: SourceRef): void {
    const record = source as unknown as Record<string, unknown>;
    for (const { name, field, integer } of PER_SOURCE)
      this.cells[name].push(integer ? (record[field] as number) : this.values.code(record[field]));
    link(this.chains.source, inspection);
  }

  /** An inspection's first judgement so far, or -1; `nextJudgement` walks on from it in the order they were added. */
  firstJudgement(inspection: number): number {
    return this.chains.judgement.first.get(inspection);
  }

  nextJudgement(judgement: number): number {
    return this.chains.judgement.next.get(judgement);
  }

  /** A judgement's outcome, as the object first seen with its code. */
  judgementOutcome(judgement: number): Judgement['outcome'] {
    return this.values.object<Judgement['outcome']>(this.cells.judgementOutcome.get(judgement))!;
  }

  mark(): GatheringMark {
    return {
      inspections: this.count,
      judgements: this.chains.judgement.next.length,
      sources: this.chains.source.next.length,
    };
  }

  /**
   * Back to `mark`, as if nothing since had been added: for a row found wrong part way through. Only inspections
   * added since the mark may have been given judgements or sources since (their chains are then wholly after it).
   */
  rollback(mark: GatheringMark): void {
    for (const { name } of PER_INSPECTION) this.cells[name].length = mark.inspections;
    for (const { name } of PER_JUDGEMENT) this.cells[name].length = mark.judgements;
    for (const { name } of PER_SOURCE) this.cells[name].length = mark.sources;
    for (const [chain, length] of [
      [this.chains.judgement, mark.judgements],
      [this.chains.source, mark.sources],
    ] as const) {
      chain.first.length = mark.inspections;
      chain.last.length = mark.inspections;
      chain.next.length = length;
    }
  }

  private makesJudgements(inspection: number): boolean {
    return FRAMEWORKS[this.values.object<FrameworkId>(this.cells.framework.get(inspection))!].makesJudgements;
  }

  /** The inspections as records, sharing each distinct value's first object (records are never changed). */
  toRecords(): Inspection[] {
    const fields = (columns: ColumnsPer<'inspection' | 'judgement' | 'source'>, row: number) => {
      const record: Record<string, unknown> = {};
      for (const { name, field, integer } of columns) {
        const code = this.cells[name].get(row);
        const found = integer ? code : this.values.object(code);
        if (found !== undefined) record[field] = found;
      }
      return record;
    };
    const judgements = this.laidOut('judgement');
    const sources = this.laidOut('source');
    const inspections: Inspection[] = [];
    for (let i = 0; i < this.count; i++) {
      const record = fields(PER_INSPECTION, i);
      const entries = (of: ReturnType<InspectionColumns['laidOut']>, columns: ColumnsPer<'judgement' | 'source'>) =>
        Array.from(of.order.subarray(of.start[i], of.start[i + 1]), (entry) => fields(columns, entry));
      record.judgements = entries(judgements, PER_JUDGEMENT);
      record.sources = entries(sources, PER_SOURCE);
      inspections.push(record as unknown as Inspection);
    }
    return inspections;
  }

  /**
   * Each inspection's chain laid end to end: `order` holds the entries of inspection i at start[i] .. start[i + 1].
   * An inspection whose framework makes no judgements keeps none.
   */
  private laidOut(kind: 'judgement' | 'source'): { start: Int32Array; order: Int32Array } {
    const { first, next } = this.chains[kind];
    const count = this.count;
    const start = new Int32Array(count + 1);
    let order = new Int32Array(next.length);
    let at = 0;
    for (let i = 0; i < count; i++) {
      start[i] = at;
      if (kind === 'judgement' && !this.makesJudgements(i)) continue;
      for (let e = first.get(i); e >= 0; e = next.get(e)) order[at++] = e;
    }
    start[count] = at;
    if (at < order.length) order = order.slice(0, at);
    return { start, order };
  }

  /** The same inspections as the codec's packed columns, never made into objects: what a worker sends. */
  toPacked(): PackedInspections {
    const judgements = this.laidOut('judgement');
    const sources = this.laidOut('source');
    const inOrder = (column: IntColumn, order: Int32Array) => {
      const out = new Int32Array(order.length);
      for (let k = 0; k < order.length; k++) out[k] = column.get(order[k]!);
      return out;
    };
    const columns = {} as Record<PackedColumnName, Int32Array>;
    for (const { name } of PER_INSPECTION) columns[name] = this.cells[name].toArray();
    for (const { name } of PER_JUDGEMENT) columns[name] = inOrder(this.cells[name], judgements.order);
    for (const { name } of PER_SOURCE) columns[name] = inOrder(this.cells[name], sources.order);
    columns.judgementStart = judgements.start;
    columns.sourceStart = sources.start;
    return { count: this.count, values: this.values.values, ...columns };
  }
}

function columnsOf<Name extends PackedColumnName>(
  columns: ReadonlyArray<{ readonly name: Name }>,
): Record<Name, IntColumn> {
  return Object.fromEntries(columns.map(({ name }) => [name, new IntColumn()])) as Record<Name, IntColumn>;
}

/** Appends the next entry of a chain to an inspection's; the entry's index. */
function link(chain: { first: IntColumn; last: IntColumn; next: IntColumn }, inspection: number): number {
  const entry = chain.next.length;
  chain.next.push(-1);
  const last = chain.last.get(inspection);
  if (last < 0) chain.first.set(inspection, entry);
  else chain.next.set(last, entry);
  chain.last.set(inspection, entry);
  return entry;
}
