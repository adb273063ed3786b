// An import result in a form that crosses from a worker cheaply: a report, a capped list of problems, and inspections as typed columns.
import type { Authority } from '../domain/authority';
import type { FrameworkId } from '../domain/framework';
import type { GradeCounts, Inspection, Judgement, Outcome } from '../domain/inspection';
import type { JudgementArea } from '../domain/judgementArea';
import type { PartialDate } from '../domain/partialDate';
import type { ImportResult } from './importResult';
import type { ImportProblem } from './problem';
import { runToEnd } from './slices';
import { ValueTable } from './valueTable';

/** More problems than this are counted, not sent: no one reads a million, and each is an object to copy. */
export const PROBLEMS_SENT = 5000;

/**
 * Inspections as columns of integer codes into one table of distinct values (each stored as JSON once), so a
 * quarter of a million inspections cross as a few typed arrays instead of millions of small objects.
 */
export interface PackedInspections {
  readonly count: number;
  readonly values: readonly string[];
  readonly authority: Int32Array;
  readonly type: Int32Array;
  readonly framework: Int32Array;
  readonly date: Int32Array;
  /** -1 where absent, as are note and summaryCounts. */
  readonly publicationDate: Int32Array;
  readonly note: Int32Array;
  readonly summaryCounts: Int32Array;
  /** Inspection i's judgements are judgementArea[judgementStart[i] .. judgementStart[i + 1]). */
  readonly judgementStart: Int32Array;
  readonly judgementArea: Int32Array;
  readonly judgementOutcome: Int32Array;
  readonly judgementNote: Int32Array;
  readonly sourceStart: Int32Array;
  readonly sourceFile: Int32Array;
  readonly sourceLine: Int32Array;
}

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

export function packInspections(inspections: readonly Inspection[]): PackedInspections {
  return runToEnd(packSteps(inspections, INSPECTIONS_PER_SLICE));
}

/** Packing, paused (yielding) after each `perSlice` inspections; at once and in slices are the same code. */
function* packSteps(inspections: readonly Inspection[], perSlice: number): Generator<void, PackedInspections> {
  const table = new ValueTable();
  const code = (value: unknown) => table.code(value);
  const count = inspections.length;
  let judgementTotal = 0;
  let sourceTotal = 0;
  for (const inspection of inspections) {
    judgementTotal += inspection.judgements.length;
    sourceTotal += inspection.sources.length;
  }
  const columns = (length: number) => new Int32Array(length);
  const packed = {
    count,
    values: table.values,
    authority: columns(count),
    type: columns(count),
    framework: columns(count),
    date: columns(count),
    publicationDate: columns(count),
    note: columns(count),
    summaryCounts: columns(count),
    judgementStart: columns(count + 1),
    judgementArea: columns(judgementTotal),
    judgementOutcome: columns(judgementTotal),
    judgementNote: columns(judgementTotal),
    sourceStart: columns(count + 1),
    sourceFile: columns(sourceTotal),
    sourceLine: columns(sourceTotal),
  };
  let judgement = 0;
  let source = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % perSlice === 0) yield;
    const inspection = inspections[i]!;
    packed.authority[i] = code(inspection.authority);
    packed.type[i] = code(inspection.type);
    packed.framework[i] = code(inspection.framework);
    packed.date[i] = code(inspection.date);
    packed.publicationDate[i] = code(inspection.publicationDate);
    packed.note[i] = code(inspection.note);
    packed.summaryCounts[i] = code(inspection.summaryCounts);
    packed.judgementStart[i] = judgement;
    for (const entry of inspection.judgements) {
      packed.judgementArea[judgement] = code(entry.area);
      packed.judgementOutcome[judgement] = code(entry.outcome);
      packed.judgementNote[judgement] = code(entry.note);
      judgement++;
    }
    packed.sourceStart[i] = source;
    for (const entry of inspection.sources) {
      packed.sourceFile[source] = code(entry.file);
      packed.sourceLine[source] = entry.line;
      source++;
    }
  }
  packed.judgementStart[count] = judgement;
  packed.sourceStart[count] = source;
  return packed;
}

/** The typed arrays' buffers, to transfer rather than copy. */
export function packedBuffers(packed: PackedInspections): ArrayBuffer[] {
  const arrays = Object.values(packed).filter((value): value is Int32Array => value instanceof Int32Array);
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

export function packResult(result: ImportResult): PackedResult {
  if (!result.ok) return { ...result, problems: capProblems(result.problems) };
  const { inspections, ...report } = result;
  return { ...report, problems: capProblems(result.problems), packed: packInspections(inspections) };
}

/**
 * Inspections from..to rebuilt as objects. Each distinct value is parsed once and shared (records are never
 * changed), so a slice costs little more than the objects it makes; callers can take slices between frames.
 */
export function inspectionDecoder(packed: PackedInspections): (from: number, to: number) => Inspection[] {
  const parsed: unknown[] = new Array(packed.values.length);
  const value = <T>(index: number): T | undefined => {
    if (index < 0) return undefined;
    if (parsed[index] === undefined) parsed[index] = JSON.parse(packed.values[index] ?? 'null');
    return parsed[index] as T;
  };
  return (from, to) => {
    const out: Inspection[] = [];
    for (let i = from; i < Math.min(to, packed.count); i++) {
      const judgements: Judgement[] = [];
      for (let j = packed.judgementStart[i]!; j < packed.judgementStart[i + 1]!; j++) {
        const note = value<string>(packed.judgementNote[j]!);
        judgements.push({ area: value<JudgementArea>(packed.judgementArea[j]!)!, outcome: value<Outcome>(packed.judgementOutcome[j]!)!, ...(note !== undefined ? { note } : {}) });
      }
      const sources = [];
      for (let s = packed.sourceStart[i]!; s < packed.sourceStart[i + 1]!; s++) sources.push({ file: value<string>(packed.sourceFile[s]!)!, line: packed.sourceLine[s]! });
      const publicationDate = value<PartialDate>(packed.publicationDate[i]!);
      const summaryCounts = value<GradeCounts>(packed.summaryCounts[i]!);
      const note = value<string>(packed.note[i]!);
      out.push({
        authority: value<Authority>(packed.authority[i]!)!,
        type: value<string>(packed.type[i]!)!,
        framework: value<FrameworkId>(packed.framework[i]!)!,
        date: value<PartialDate>(packed.date[i]!)!,
        ...(publicationDate !== undefined ? { publicationDate } : {}),
        judgements,
        ...(summaryCounts !== undefined ? { summaryCounts } : {}),
        ...(note !== undefined ? { note } : {}),
        sources,
      });
    }
    return out;
  };
}

/** The whole result at once: for tests and the command line, where no frame is waiting. */
export function unpackResult(packed: PackedResult): ImportResult {
  if (!packed.ok) return packed;
  const { packed: columns, ...report } = packed;
  return { ...report, inspections: inspectionDecoder(columns)(0, columns.count) };
}

/** Awaited between slices of work done in the page: a new task, so the page can paint and answer input in between. */
export type Pause = () => Promise<void>;

export const nextTask: Pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface Slicing {
  /** Inspections per slice: a few thousand take a few milliseconds. */
  readonly perSlice?: number;
  readonly pause?: Pause;
}

/** Small enough that a slice of packing or rebuilding takes well under 50 ms on a slow laptop (about 5 ms on a fast one). */
export const INSPECTIONS_PER_SLICE = 5000;

/**
 * The same columns as packInspections, filled a slice at a time with a pause between slices, so that a quarter of a
 * million inspections can be packed in the page without holding it for seconds. The inspections must not change meanwhile
 * (records never do).
 */
export async function packInspectionsInSlices(inspections: readonly Inspection[], slicing: Slicing = {}): Promise<PackedInspections> {
  const { perSlice = INSPECTIONS_PER_SLICE, pause = nextTask } = slicing;
  const steps = packSteps(inspections, perSlice);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Every inspection rebuilt by inspectionDecoder, a slice at a time with a pause between slices. */
export async function unpackInspectionsInSlices(packed: PackedInspections, slicing: Slicing = {}): Promise<Inspection[]> {
  const { perSlice = INSPECTIONS_PER_SLICE, pause = nextTask } = slicing;
  const decode = inspectionDecoder(packed);
  const inspections: Inspection[] = [];
  for (let from = 0; from < packed.count; from += perSlice) {
    if (from > 0) await pause();
    for (const inspection of decode(from, from + perSlice)) inspections.push(inspection);
  }
  return inspections;
}
