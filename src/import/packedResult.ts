// An import result in a form that crosses from a worker cheaply: a report, a capped list of problems, and the inspections packed (inspectionCodec.ts).
import type { ImportResult } from './importResult';
import {
  inspectionDecoder,
  packedFromJson,
  packedToJson,
  packInspections,
  type PackedInspections,
  type PackedJson,
} from './inspectionCodec';
import type { ImportProblem } from './problem';

/** More problems than this are counted, not sent: no one reads a million, and each is an object to copy. */
export const PROBLEMS_SENT = 5000;

export type PackedResult =
  | (Omit<Extract<ImportResult, { ok: true }>, 'inspections'> & { readonly packed: PackedInspections })
  | Extract<ImportResult, { ok: false }>;

/** The first PROBLEMS_SENT problems and, after them, one that says how many more there were and from which row. */
export function capProblems(problems: readonly ImportProblem[]): readonly ImportProblem[] {
  if (problems.length <= PROBLEMS_SENT) return problems;
  const rest = problems.length - PROBLEMS_SENT;
  const from = problems[PROBLEMS_SENT]?.line ?? 0;
  return [
    ...problems.slice(0, PROBLEMS_SENT),
    {
      line: 0,
      column: '',
      value: '',
      message: `${rest.toLocaleString('en-GB')} more problems, from row ${from} on, are not listed: only the first ${PROBLEMS_SENT.toLocaleString('en-GB')} are. Correct those and read the file again to see the rest.`,
      severity: 'warning',
    },
  ];
}

export function packResult(result: ImportResult): PackedResult {
  if (!result.ok) return { ...result, problems: capProblems(result.problems) };
  const { inspections, ...report } = result;
  return { ...report, problems: capProblems(result.problems), packed: packInspections(inspections) };
}

/** The whole result at once: for tests and the command line, where no frame is waiting. */
export function unpackResult(packed: PackedResult): ImportResult {
  if (!packed.ok) return packed;
  const { packed: columns, ...report } = packed;
  return { ...report, inspections: inspectionDecoder(columns)(0, columns.count) };
}

/** A result as JSON with its inspections packed: the default data embedded in the build, a quarter of its size as records. */
export type JsonResult =
  | (Omit<Extract<ImportResult, { ok: true }>, 'inspections'> & { readonly packed: PackedJson })
  | Extract<ImportResult, { ok: false }>;

/** Everything kept as it is (problems uncapped), but the inspections packed. */
export function toJsonResult(result: ImportResult): JsonResult {
  if (!result.ok) return result;
  const { inspections, ...report } = result;
  return { ...report, packed: packedToJson(packInspections(inspections)) };
}

export function fromJsonResult(json: JsonResult): ImportResult {
  if (!json.ok) return json;
  const { packed, ...report } = json;
  const columns = packedFromJson(packed);
  return { ...report, inspections: inspectionDecoder(columns)(0, columns.count) };
}
