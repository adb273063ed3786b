// What every fuzzed import must satisfy, whatever the input: a result the page can show, within a time budget.
import { expect } from 'vitest';
import { importBytes, type ImportResult } from '../../../../src/import';
import { timeBudgetMs } from './fcConfig';
import { readFixture } from '../helpers';
import type { FileCase } from './fileArbitraries';

/** The first imports compile papaparse and the regular expressions: that time is not the file's fault. */
export function warmUp(): void {
  for (let i = 0; i < 20; i++) importBytes('warm-up.csv', readFixture('tidy-bad-rows.csv'));
}

/** A result the upload page can show: either counts that add up and problems, or at least one error saying why not. */
export function expectWellFormed(result: ImportResult): void {
  expect(result.file).toBe('fuzz.csv');
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.some((problem) => problem.severity === 'error')).toBe(true);
    return;
  }
  for (const count of [result.rowsRead, result.rowsImported, result.rowsRejected, result.rowsSkipped]) {
    expect(Number.isInteger(count) && count >= 0).toBe(true);
  }
  for (const problem of result.problems) {
    expect(problem.message.length).toBeGreaterThan(0);
    expect(Number.isInteger(problem.line) && problem.line >= 0).toBe(true);
  }
}

/**
 * Imports one case, failing when it throws or runs past its time budget. An import over budget is timed twice more
 * and the fastest counts: a garbage collection or a busy machine slows one run, a pathological input slows all three.
 */
export function importTimed(file: FileCase): ImportResult {
  const budget = timeBudgetMs(file.bytes.length);
  const timed = () => {
    const started = performance.now();
    const result = importBytes('fuzz.csv', file.bytes);
    return { result, elapsed: performance.now() - started };
  };
  const first = timed();
  let fastest = first.elapsed;
  // Ten times over budget is no pause: no need to wait for it twice more.
  for (let attempt = 1; attempt < 3 && fastest > budget && fastest < 10 * budget; attempt++)
    fastest = Math.min(fastest, timed().elapsed);
  if (fastest > budget)
    throw new Error(
      `${file.kind}: ${file.bytes.length} bytes took ${fastest.toFixed(0)} ms at best, over the ${budget.toFixed(0)} ms budget`,
    );
  return first.result;
}
