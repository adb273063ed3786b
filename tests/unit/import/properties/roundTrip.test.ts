// Property: inspections written to our tidy CSV and imported again are the same inspections, every row accounted for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../../../src/domain/inspection';
import { importBytes, type ImportResult } from '../../../../src/import';
import { toTidyCsv } from '../../../../src/import/tidyCsv';
import { PROPERTY_TIME_LIMIT_MS, propertyParameters, SEED } from './fcConfig';
import { inspectionOf, inspections, recordOf, tidyKey } from './inspectionArbitraries';

type Imported = Extract<ImportResult, { ok: true }>;

function importCsv(csv: string): Imported {
  const result = importBytes('round-trip.csv', new TextEncoder().encode(csv), { keepUnknownAuthorities: true });
  if (!result.ok)
    throw new Error(`the exported file did not import: ${result.problems.map((problem) => problem.message).join(' ')}`);
  return result;
}

/** One row per judgement; an inspection with none (a visit) is one row with a blank grade. */
const rowsFor = (written: readonly Inspection[]) =>
  written.reduce((rows, inspection) => rows + Math.max(1, inspection.judgements.length), 0);

describe('tidy CSV round trip', () => {
  it(
    'gives back the same inspections (authority, type, framework, dates, judgements) and counts',
    () => {
      fc.assert(
        fc.property(inspections, (written) => {
          const csv = toTidyCsv(written);
          const result = importCsv(csv);
          expect(result.format).toBe('tidy');
          expect(result.problems).toEqual([]);
          const rows = rowsFor(written);
          expect({
            read: result.rowsRead,
            imported: result.rowsImported,
            rejected: result.rowsRejected,
            skipped: result.rowsSkipped,
          }).toEqual({ read: rows, imported: rows, rejected: 0, skipped: 0 });
          expect(result.inspections.map(recordOf)).toEqual(written.map(recordOf));
          // Written again, the imported records give the same file, to the character.
          expect(toTidyCsv(result.inspections)).toBe(csv);
        }),
        propertyParameters(2000),
      );
    },
    PROPERTY_TIME_LIMIT_MS,
  );

  it(
    'leaves out inspections known only by summary counts, and round-trips the rest',
    () => {
      const counted = inspections.chain((written) =>
        fc
          .array(
            fc.record({
              at: fc.nat(written.length),
              inspection: inspectionOf(written.map((inspection) => inspection.authority)),
              counts: fc.record({ good: fc.integer({ min: 1, max: 12 }), inadequate: fc.nat(8) }),
            }),
            { maxLength: 3 },
          )
          .map((extras) => {
            const all = [...written];
            for (const { at, inspection, counts } of extras)
              all.splice(at, 0, { ...inspection, judgements: [], summaryCounts: counts });
            return { written, all };
          }),
      );
      fc.assert(
        fc.property(counted, ({ written, all }) => {
          const result = importCsv(toTidyCsv(all));
          expect(result.inspections.map(recordOf)).toEqual(written.map(recordOf));
          expect(result.rowsRead).toBe(rowsFor(written));
        }),
        propertyParameters(500),
      );
    },
    PROPERTY_TIME_LIMIT_MS,
  );

  it('is exercised on inspections that share an authority, lack a code, are visits and use custom areas', () => {
    const samples = fc.sample(inspections, { seed: SEED, numRuns: 300 }).flat();
    const share = (test: (inspection: Inspection) => boolean) => samples.filter(test).length / samples.length;
    expect(
      share((inspection) => inspection.authority.onsCode === undefined && inspection.authority.laNumber === undefined),
    ).toBeGreaterThan(0.1);
    expect(share((inspection) => inspection.framework === 'ilacs-visit')).toBeGreaterThan(0.05);
    expect(
      share((inspection) => inspection.judgements.some((judgement) => judgement.area.id.startsWith('custom:'))),
    ).toBeGreaterThan(0.1);
    expect(
      share((inspection) => inspection.judgements.some((judgement) => judgement.outcome.kind === 'not-judged')),
    ).toBeGreaterThan(0.1);
    expect(share((inspection) => /[",\n]/.test(inspection.authority.name))).toBeGreaterThan(0.05);
    expect(new Set(samples.map(tidyKey)).size).toBeGreaterThan(samples.length / 2);
  });
});
