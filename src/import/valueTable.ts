// Distinct values numbered once: records held as integer codes into one table, so repeats cost four bytes each.

/**
 * Each distinct value gets a code; the same value (by identity, else by its JSON) always gets the same one.
 * The importer shares one object among the rows that say the same thing, so identity finds most values and
 * only a value not seen before is written out as JSON. `values` holds each value's JSON (what crosses from a
 * worker), `objects` the first object seen with it (what an importer in the page hands on, shared as before).
 */
export class ValueTable {
  readonly values: string[] = [];
  readonly objects: unknown[] = [];
  private readonly byJson = new Map<string, number>();
  private byIdentity = new Map<unknown, number>();

  /** -1 for undefined, as the packed columns record an absent value. */
  code(value: unknown): number {
    if (value === undefined) return -1;
    const known = this.byIdentity.get(value);
    if (known !== undefined) return known;
    const json = JSON.stringify(value);
    let found = this.byJson.get(json);
    if (found === undefined) {
      found = this.values.length;
      this.values.push(json);
      this.objects.push(value);
      this.byJson.set(json, found);
    }
    // Objects made afresh for each row would make this grow with the file; starting again keeps it small, and the
    // JSON still finds them.
    if (this.byIdentity.size >= IDENTITY_LIMIT) this.byIdentity = new Map();
    this.byIdentity.set(value, found);
    return found;
  }

  object<T>(code: number): T | undefined {
    return code < 0 ? undefined : (this.objects[code] as T);
  }
}

const IDENTITY_LIMIT = 50_000;

/** Integers per block of a column: 16 kB each, so a column's spare room is at most one block. */
const BLOCK_BITS = 12;
const BLOCK = 1 << BLOCK_BITS;
const IN_BLOCK = BLOCK - 1;

/**
 * A column of integers that grows as rows arrive, a block at a time: nothing is copied as it grows, so a million
 * pushes leave no outgrown arrays behind as garbage (an import's peak memory counts garbage too). While every value
 * is the same (a file's name beside each source, a note column that is all absent) it holds no blocks at all.
 */
export class IntColumn {
  private readonly blocks: Int32Array[] = [];
  private size = 0;
  /** The one value so far, while `blocks` is empty. */
  private only = 0;

  get length(): number {
    return this.size;
  }

  /** Shortened, as if the pushes after `length` had not happened (their room is kept for the next). */
  set length(length: number) {
    this.size = Math.min(this.size, Math.max(0, length));
  }

  push(value: number): void {
    if (this.blocks.length === 0) {
      if (this.size === 0) this.only = value;
      if (value === this.only) {
        this.size++;
        return;
      }
      this.spread();
    }
    const block = this.size >>> BLOCK_BITS;
    if (block === this.blocks.length) this.blocks.push(new Int32Array(BLOCK));
    this.blocks[block]![this.size & IN_BLOCK] = value;
    this.size++;
  }

  get(index: number): number {
    if (this.blocks.length === 0) return this.only;
    return this.blocks[index >>> BLOCK_BITS]![index & IN_BLOCK]!;
  }

  set(index: number, value: number): void {
    if (this.blocks.length === 0) {
      if (value === this.only) return;
      this.spread();
    }
    this.blocks[index >>> BLOCK_BITS]![index & IN_BLOCK] = value;
  }

  /** The values as one exactly sized array. */
  toArray(): Int32Array {
    const out = new Int32Array(this.size);
    if (this.blocks.length === 0) return out.fill(this.only);
    for (let block = 0; block * BLOCK < this.size; block++) {
      const from = block * BLOCK;
      out.set(this.blocks[block]!.subarray(0, Math.min(BLOCK, this.size - from)), from);
    }
    return out;
  }

  /** From one value held once to blocks holding it for each row so far, so that a different one can follow. */
  private spread(): void {
    for (let from = 0; from < Math.max(1, this.size); from += BLOCK)
      this.blocks.push(new Int32Array(BLOCK).fill(this.only));
  }
}
