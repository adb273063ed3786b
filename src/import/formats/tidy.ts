// Our own tidy format: one row per judgement, gathered into inspections by authority, date and type.
import type { FormatInput, FormatOutput } from './output';
import { tidyGatherer } from './tidyGatherer';

/** The whole file's rows in one batch; the chunked reader feeds the same gatherer a batch at a time. */
export function readTidy({ file, table, rows, problems }: FormatInput): FormatOutput {
  const gatherer = tidyGatherer(file, table);
  gatherer.add(rows, problems);
  return gatherer.finish();
}
