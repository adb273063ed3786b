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

type FieldsPer<Per extends 'inspection' | 'judgement' | 'source'> = {
  [name in PackedColumnName]: (typeof PACKED_COLUMNS)[name] extends { per: Per; field: infer Field } ? Field : never;
}[PackedColumnName];
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * add, addJudgement and addSource write each field by name: a loop over the schema made a keyed lookup per cell of
 * a million-row file. This fails the type check when the schema gains (or loses) a field that they do not write.
 */
const WRITES_EVERY_FIELD: Exactly<
  FieldsPer<'inspection'>,
  'authority' | 'type' | 'framework' | 'date' | 'publicationDate' | 'note' | 'summaryCounts'
> &
  Exactly<FieldsPer<'judgement'>, 'area' | 'outcome' | 'note'> &
  Exactly<FieldsPer<'source'>, 'file' | 'line'> = true;
void WRITES_EVERY_FIELD;

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
 * anywhere in the file): each kind is a Chain, laid end to end only when the records are handed over (rows grouped by
 * inspection, the usual case, are in place already). The columns are the codec's schema (PACKED_COLUMNS); a field added there must be written in add, addJudgement
 * or addSource, which the type check demands (WRITES_EVERY_FIELD).
 *
 * A framework that makes no judgements keeps only its inspections' sources, whatever its rows held.
 */
export class InspectionColumns {
  readonly values = new ValueTable();
  /** Every column but the two start columns, which are made when the records are handed over. */
  private readonly cells = columnsOf([...PER_INSPECTION, ...PER_JUDGEMENT, ...PER_SOURCE]);
  private readonly chains = { judgement: new Chain(), source: new Chain() };

  get count(): number {
    return this.chains.judgement.first.length;
  }

  /** A new inspection, with no judgements or sources yet; its index. */
  add(fields: InspectionFields): number {
    const index = this.count;
    const { cells, values } = this;
    cells.authority.push(values.code(fields.authority));
    cells.type.push(values.code(fields.type));
    cells.framework.push(values.code(fields.framework));
    cells.date.push(values.code(fields.date));
    cells.publicationDate.push(values.code(fields.publicationDate));
    cells.note.push(values.code(fields.note));
    cells.summaryCounts.push(values.code(fields.summaryCounts));
    this.chains.judgement.open();
    this.chains.source.open();
    return index;
  }

  /** A judgement of inspection `inspection`, after those it has; its index, for `judgementOutcome`. */
  addJudgement(inspection: number, judgement: Judgement): number {
    const { cells, values } = this;
    cells.judgementArea.push(values.code(judgement.area));
    cells.judgementOutcome.push(values.code(judgement.outcome));
    cells.judgementNote.push(values.code(judgement.note));
    return this.chains.judgement.link(inspection);
  }

  addSource(inspection: number, source: SourceRef): void {
    this.cells.sourceFile.push(this.values.code(source.file));
    this.cells.sourceLine.push(source.line);
    this.chains.source.link(inspection);
  }

  /** An inspection's first judgement so far, or -1; `nextJudgement` walks on from it in the order they were added. */
  firstJudgement(inspection: number): number {
    return this.chains.judgement.first.get(inspection);
  }

  nextJudgement(inspection: number, judgement: number): number {
    return this.chains.judgement.next(inspection, judgement);
  }

  /** A judgement's outcome, as the object first seen with its code. */
  judgementOutcome(judgement: number): Judgement['outcome'] {
    return this.values.object<Judgement['outcome']>(this.cells.judgementOutcome.get(judgement))!;
  }

  mark(): GatheringMark {
    return {
      inspections: this.count,
      judgements: this.chains.judgement.length,
      sources: this.chains.source.length,
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
    this.chains.judgement.truncate(mark.inspections, mark.judgements);
    this.chains.source.truncate(mark.inspections, mark.sources);
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
    const entries = (of: LaidOut, columns: ColumnsPer<'judgement' | 'source'>, i: number) => {
      const out: Array<Record<string, unknown>> = [];
      for (let k = of.start[i]!; k < of.start[i + 1]!; k++) out.push(fields(columns, of.order ? of.order[k]! : k));
      return out;
    };
    const judgements = this.laidOut('judgement');
    const sources = this.laidOut('source');
    const inspections: Inspection[] = [];
    for (let i = 0; i < this.count; i++) {
      const record = fields(PER_INSPECTION, i);
      record.judgements = entries(judgements, PER_JUDGEMENT, i);
      record.sources = entries(sources, PER_SOURCE, i);
      inspections.push(record as unknown as Inspection);
    }
    return inspections;
  }

  /**
   * Each inspection's chain laid end to end: the entries of inspection i are start[i] .. start[i + 1] of `order`, or,
   * when the entries came grouped by inspection (as a file's rows usually do) and none is left out, of the entries
   * themselves. An inspection whose framework makes no judgements keeps none.
   */
  private laidOut(kind: 'judgement' | 'source'): LaidOut {
    const chain = this.chains[kind];
    const { first } = chain;
    const count = this.count;
    const start = new Int32Array(count + 1);
    const leftOut = (i: number) => kind === 'judgement' && !this.makesJudgements(i);
    if (chain.grouped) {
      start[count] = chain.length;
      let grouped = true;
      for (let i = count - 1; i >= 0 && grouped; i--) {
        const entry = first.get(i);
        if (entry >= 0 && leftOut(i)) grouped = false;
        start[i] = entry >= 0 ? entry : start[i + 1]!;
      }
      if (grouped) return { start };
    }
    let order = new Int32Array(chain.length);
    let at = 0;
    for (let i = 0; i < count; i++) {
      start[i] = at;
      if (leftOut(i)) continue;
      for (let e = first.get(i); e >= 0; e = chain.next(i, e)) order[at++] = e;
    }
    start[count] = at;
    if (at < order.length) order = order.slice(0, at);
    return { start, order };
  }

  /** The same inspections as the codec's packed columns, never made into objects: what a worker sends. */
  toPacked(): PackedInspections {
    const judgements = this.laidOut('judgement');
    const sources = this.laidOut('source');
    const inOrder = (column: IntColumn, order: Int32Array | undefined) => {
      if (!order) return column.toArray();
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

/** Where each inspection's entries are: see laidOut. */
interface LaidOut {
  readonly start: Int32Array;
  /** Absent when the entries are already in place. */
  readonly order?: Int32Array;
}

function columnsOf<Name extends PackedColumnName>(
  columns: ReadonlyArray<{ readonly name: Name }>,
): Record<Name, IntColumn> {
  return Object.fromEntries(columns.map(({ name }) => [name, new IntColumn()])) as Record<Name, IntColumn>;
}

/**
 * An inspection's entries of one kind (judgements or sources), in the order they were added. While entries come
 * grouped by inspection (as a file's rows usually do), each inspection's are first..last and no links are held; the
 * first entry out of that order makes the links, and from then on each entry points to its inspection's next.
 */
class Chain {
  readonly first = new IntColumn();
  readonly last = new IntColumn();
  /** Each entry's next of the same inspection (or -1), once the entries are not grouped. */
  private links: IntColumn | undefined;
  private entries = 0;
  private lastInspection = -1;

  get length(): number {
    return this.entries;
  }

  /** True while each entry's inspection has been the one before's or a later one: the entries are then laid out already. */
  get grouped(): boolean {
    return this.links === undefined;
  }

  /** Room for one more inspection, with no entries. */
  open(): void {
    this.first.push(-1);
    this.last.push(-1);
  }

  /** Appends an entry to an inspection's; the entry's index. */
  link(inspection: number): number {
    const entry = this.entries++;
    if (!this.links && inspection < this.lastInspection) this.makeLinks(entry);
    const last = this.last.get(inspection);
    if (last < 0) this.first.set(inspection, entry);
    else this.links?.set(last, entry);
    this.links?.push(-1);
    this.last.set(inspection, entry);
    this.lastInspection = inspection;
    return entry;
  }

  /** The entry after `entry` among `inspection`'s, or -1. */
  next(inspection: number, entry: number): number {
    if (this.links) return this.links.get(entry);
    return entry < this.last.get(inspection) ? entry + 1 : -1;
  }

  /** The links of the `entries` entries so far, which are grouped: each inspection's run from its first to its last. */
  private makeLinks(entries: number): void {
    const links = new IntColumn();
    for (let e = 0; e < entries; e++) links.push(e + 1);
    for (let i = 0; i < this.last.length; i++) {
      const last = this.last.get(i);
      if (last >= 0) links.set(last, -1);
    }
    this.links = links;
  }

  /**
   * Back to `inspections` inspections and `entries` entries, for a rollback. The entries kept belong to inspections
   * before `inspections`, at or before the last linked: the lower of the two never wrongly counts entries as grouped.
   */
  truncate(inspections: number, entries: number): void {
    this.first.length = inspections;
    this.last.length = inspections;
    if (this.links) this.links.length = entries;
    this.entries = Math.min(this.entries, entries);
    this.lastInspection = Math.min(this.lastInspection, inspections - 1);
  }
}
