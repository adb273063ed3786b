// When an import may say "No problems": only when it is literally true.
import type { ImportResult } from './importResult';

/** Every row below the header was used and every cell of a used column read: nothing rejected, skipped or reported. */
export function hasNoProblems(result: ImportResult): boolean {
  return result.ok && result.problems.length === 0 && result.rowsRejected === 0 && result.rowsSkipped === 0;
}
