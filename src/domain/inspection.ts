// Inspections, their judgements and measures: the records every view is built from.
import { authorityKey, type Authority } from './authority';
import type { FrameworkId } from './framework';
import type { GradeId } from './grade';
import type { JudgementArea } from './judgementArea';
import { formatIso, type PartialDate } from './partialDate';

/** Where a record came from, so every figure can say its source. */
export interface SourceRef {
  readonly file: string;
  /** The row as a spreadsheet numbers it. */
  readonly line: number;
}

export type Outcome =
  | { readonly kind: 'graded'; readonly grade: GradeId }
  /** Blank, "Not yet inspected", "not judged" and the like: never counted as a grade. */
  | { readonly kind: 'not-judged'; readonly reason: string };

/**
 * Why an area was not judged, to follow a "Not judged" tag: sources word reasons as "Not judged: …", which the
 * tag already says, so the reason starts after it. A blank reason still says something.
 */
export function notJudgedReason(reason: string): string {
  const trimmed = reason.replace(/^\s*not judged[\s:.,;-]*/i, '').trim();
  return trimmed === '' ? 'no reason recorded' : trimmed;
}

export interface Judgement {
  readonly area: JudgementArea;
  readonly outcome: Outcome;
  /** A remark the source made about this judgement alone. */
  readonly note?: string;
}

/** Counts per grade, for inspections known only by their totals. */
export type GradeCounts = Partial<Record<GradeId, number>>;

export interface Inspection {
  readonly authority: Authority;
  /** The type as the source words it, for example "ILACS Standard Inspection". */
  readonly type: string;
  readonly framework: FrameworkId;
  readonly date: PartialDate;
  readonly publicationDate?: PartialDate;
  readonly judgements: readonly Judgement[];
  /** Present when only totals are known: then `judgements` is empty. */
  readonly summaryCounts?: GradeCounts;
  readonly note?: string;
  readonly sources: readonly SourceRef[];
}

export interface Measure {
  readonly authority: Authority;
  readonly date: PartialDate;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
  readonly source: SourceRef;
}

/** Names an inspection within its authority, stably across reloads: "2012-06.slac". Used in links. */
export function inspectionRef(inspection: Inspection): string {
  return `${formatIso(inspection.date)}.${inspection.framework}`;
}

/** The identity that says two records are the same inspection: same authority, date and framework. */
export function inspectionId(inspection: Inspection): string {
  return `${authorityKey(inspection.authority)}|${inspectionRef(inspection)}`;
}
