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

/** A column of integers that grows as rows arrive, doubling so that a million pushes copy about two million. */
export class IntColumn {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** The values as an exactly sized array (a copy, so the spare room is let go). */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
