// Property: every row below the header is accounted for once (imported, rejected or skipped), and a rejected row always says why.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBytes, type ImportResult } from '../../../../src/import';
import { PROPERTY_TIME_LIMIT_MS, propertyParameters, SEED } from './fcConfig';
import { damagedFixture } from './fileArbitraries';
import { tableFile } from './tableArbitraries';

type Imported = Extract<ImportResult, { ok: true }>;

function expectConserved(result: Imported): void {
  expect(result.rowsImported + result.rowsRejected + result.rowsSkipped).toBe(result.rowsRead);
  const tableLines = (line: number) => line > result.headerLine && line <= result.headerLine + result.rowsRead;
  const errorLines = new Set(
    result.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.line),
  );
  // An error is always about a row of the table: one above the header or on the file as a whole would have stopped the import.
  for (const line of errorLines) expect(tableLines(line), `error on row ${line}, outside the table`).toBe(true);
  // Every rejected row has an error on its line, and every row with an error was rejected.
  expect(errorLines.size).toBe(result.rowsRejected);
  const recordLines = [
    ...result.inspections.flatMap((inspection) => inspection.sources),
    ...result.measures.map((measure) => measure.source),
  ].map((source) => source.line);
  for (const line of recordLines) {
    expect(tableLines(line)).toBe(true);
    expect(errorLines.has(line), `row ${line} both imported and in error`).toBe(false);
  }
  expect(new Set(recordLines).size).toBeLessThanOrEqual(result.rowsImported);
}

describe('rows are conserved', () => {
  it(
    'in generated tables of every format: read = imported + rejected + skipped, one error line per rejected row',
    () => {
      fc.assert(
        fc.property(tableFile, (file) => {
          const result = importBytes('fuzz.csv', file.bytes);
          if (result.ok) expectConserved(result);
        }),
        propertyParameters(2500),
      );
    },
    PROPERTY_TIME_LIMIT_MS,
  );

  it(
    'in damaged fixtures',
    () => {
      fc.assert(
        fc.property(damagedFixture, (file) => {
          const result = importBytes('fuzz.csv', file.bytes);
          if (result.ok) expectConserved(result);
        }),
        propertyParameters(1500),
      );
    },
    PROPERTY_TIME_LIMIT_MS,
  );

  it('imports most generated tables, so the property is about something', () => {
    const results = fc
      .sample(tableFile, { seed: SEED, numRuns: 300 })
      .map((file) => importBytes('fuzz.csv', file.bytes));
    const ok = results.filter((result): result is Imported => result.ok);
    expect(ok.length).toBeGreaterThan(results.length / 3);
    expect(ok.filter((result) => result.rowsRejected > 0).length).toBeGreaterThan(ok.length / 10);
    expect(ok.filter((result) => result.rowsImported > 0).length).toBeGreaterThan(ok.length / 3);
  });
});
