// Tiny builders of authorities, inspections, measures and datasets for the analytics tests.
import { KNOWN_AREAS, authorityKey, parseIso } from '../../../src/domain';
import type {
  Authority,
  Dataset,
  FrameworkId,
  GradeCounts,
  GradeId,
  Inspection,
  JudgementArea,
  Measure,
  Outcome,
  PartialDate,
} from '../../../src/domain';

export const OVERALL = 'overall-effectiveness';
export const LEADERS = 'impact-of-leaders';
export const HELP = 'help-and-protection';
export const IN_CARE = 'children-in-care';
export const LEAVERS = 'care-leavers';

/** Our ISO forms: 2021-10-04, 2012-06 or 2008. */
export function date(iso: string): PartialDate {
  const parsed = parseIso(iso);
  if (!parsed) throw new Error(`Test date ${iso} is not ISO`);
  return parsed;
}

export function authority(name: string, extra: Partial<Authority> = {}): Authority {
  return { name, ...extra };
}

export function area(id: string): JudgementArea {
  const known = KNOWN_AREAS.find((candidate) => candidate.id === id);
  return { id, label: known?.label ?? id };
}

/** A grade, or 'not-judged' for a blank. */
export type OutcomeSpec = GradeId | 'not-judged';

export function outcome(spec: OutcomeSpec): Outcome {
  return spec === 'not-judged' ? { kind: 'not-judged', reason: 'blank' } : { kind: 'graded', grade: spec };
}

export interface InspectionSpec {
  readonly authority: Authority;
  readonly date: string;
  readonly framework?: FrameworkId;
  /** Doubles as a label tests can find the inspection by. */
  readonly type?: string;
  /** Area id → outcome, in judgement order. */
  readonly judgements?: Readonly<Record<string, OutcomeSpec>>;
  readonly summaryCounts?: GradeCounts;
}

export function inspection(spec: InspectionSpec): Inspection {
  return {
    authority: spec.authority,
    type: spec.type ?? 'Inspection',
    framework: spec.framework ?? 'ilacs',
    date: date(spec.date),
    judgements: Object.entries(spec.judgements ?? {}).map(([id, result]) => ({
      area: area(id),
      outcome: outcome(result),
    })),
    ...(spec.summaryCounts ? { summaryCounts: spec.summaryCounts } : {}),
    sources: [{ file: 'test.csv', line: 2 }],
  };
}

export function measure(
  forAuthority: Authority,
  iso: string,
  name: string,
  value: number,
  unit = '%',
  note?: string,
): Measure {
  return {
    authority: forAuthority,
    date: date(iso),
    name,
    value,
    unit,
    ...(note === undefined ? {} : { note }),
    source: { file: 'measures.csv', line: 2 },
  };
}

/** Authorities come from `authorities` first, then from the inspections and measures, first record per key. */
export function dataset(
  inspections: readonly Inspection[] = [],
  { measures = [], authorities = [] }: { measures?: readonly Measure[]; authorities?: readonly Authority[] } = {},
): Dataset {
  const byKey = new Map<string, Authority>();
  for (const record of [
    ...authorities,
    ...inspections.map((record) => record.authority),
    ...measures.map((record) => record.authority),
  ]) {
    const key = authorityKey(record);
    if (!byKey.has(key)) byKey.set(key, record);
  }
  return { authorities: byKey, inspections, measures, files: ['test.csv'] };
}

/** Counts in the order of the rows, for compact expectations. */
export function countsOf(rows: ReadonlyArray<{ readonly count: number }>): number[] {
  return rows.map((row) => row.count);
}
