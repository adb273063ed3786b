// A dataset: the merged records of one or more imported files.
import type { Authority } from './authority';
import type { Inspection, Measure } from './inspection';

export interface Dataset {
  /** One entry per authority, keyed by `authorityKey`. */
  readonly authorities: ReadonlyMap<string, Authority>;
  /** Oldest first. */
  readonly inspections: readonly Inspection[];
  readonly measures: readonly Measure[];
  /** The file names the records came from, in the order they were read. */
  readonly files: readonly string[];
}
