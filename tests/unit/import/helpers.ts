// Shared by the importer's tests: fixture bytes, the narrowing every file-level test needs, and readable outcomes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Inspection } from '../../../src/domain/inspection';
import { formatIso } from '../../../src/domain/partialDate';
import { describeProblem, importBytes, type ImportResult } from '../../../src/import';

export const FIXTURES_DIR = join(__dirname, '..', '..', 'fixtures');
export const OFSTED_DIR = join(__dirname, '..', '..', '..', 'data', 'ofsted');

export const HISTORY_FILE = 'la_outcomes_2025__ILACS_inspection_history.csv';
export const IN_YEAR_FILE = 'la_outcomes_2025__In-year_inspections.csv';
export const AS_AT_FILE = 'la_outcomes_2025__Inspections_as_at_31_March.csv';

export type ImportedFile = Extract<ImportResult, { ok: true }>;
export type FailedFile = Extract<ImportResult, { ok: false }>;

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES_DIR, name)));
}

export function importFixture(name: string): ImportResult {
  return importBytes(name, readFixture(name));
}

export function importOfsted(name: string): ImportedFile {
  return imported(importBytes(name, new Uint8Array(readFileSync(join(OFSTED_DIR, name)))));
}

export function imported(result: ImportResult): ImportedFile {
  if (!result.ok) throw new Error(`${result.file} did not import: ${result.problems.map(describeProblem).join(' ')}`);
  return result;
}

export function rejected(result: ImportResult): FailedFile {
  if (result.ok) throw new Error(`${result.file} imported, but was expected to fail`);
  return result;
}

/** The inspection of this authority (ONS code, LA number or name) on this ISO date; fails loudly if absent. */
export function inspectionOf(inspections: readonly Inspection[], who: string, isoDate: string): Inspection {
  const found = inspections.filter(
    (inspection) =>
      (inspection.authority.onsCode === who ||
        inspection.authority.laNumber === who ||
        inspection.authority.name === who) &&
      formatIso(inspection.date) === isoDate,
  );
  if (found.length !== 1) throw new Error(`expected one inspection of ${who} on ${isoDate}, found ${found.length}`);
  return found[0]!;
}

/** An area's outcome as one string: the grade id, or "not-judged: <reason>", or "absent". */
export function outcomeOf(inspection: Inspection, areaId: string): string {
  const judgement = inspection.judgements.find((candidate) => candidate.area.id === areaId);
  if (!judgement) return 'absent';
  return judgement.outcome.kind === 'graded' ? judgement.outcome.grade : `not-judged: ${judgement.outcome.reason}`;
}

/** Problems as comparable tuples: [line, column, value, severity]. */
export function problemCells(result: ImportResult): Array<[number, string, string, string]> {
  return result.problems.map((problem) => [problem.line, problem.column, problem.value, problem.severity]);
}
