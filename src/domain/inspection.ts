// Inspections, their judgements and measures: the records every view is built from.
import { authorityKey, type Authority } from './authority';
import type { FrameworkId } from './framework';
import type { GradeId } from './grade';
import { shortAreaLabel, type JudgementArea } from './judgementArea';
import { formatIso, formatLong, type PartialDate } from './partialDate';

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
  /**
   * Present only when the sources of a merged record disagree about its dates: every date each source gave, so that
   * neither is silently picked. `date` and `publicationDate` above are the first source's.
   */
  readonly dateClaims?: readonly DateClaim[];
}

/** One source's word on when an inspection began, or when its report was published. */
export interface DateClaim {
  readonly field: 'date' | 'publicationDate';
  readonly date: PartialDate;
  readonly source: SourceRef;
}

const CLAIMED: Record<DateClaim['field'], string> = {
  date: 'when this inspection began',
  publicationDate: 'when its report was published',
};

/**
 * What the user is told when sources disagree on an inspection's dates, one sentence per date that differs:
 * "Sources disagree on when this inspection began: 11 July 2023 (file.csv, row 117); 10 July 2023 (older.csv, row 63)."
 */
export function dateDisagreements(inspection: Inspection): string[] {
  const claims = inspection.dateClaims ?? [];
  return (['date', 'publicationDate'] as const).flatMap((field) => {
    const byDate = new Map<string, { date: PartialDate; sources: SourceRef[] }>();
    for (const claim of claims.filter((entry) => entry.field === field)) {
      const key = formatIso(claim.date);
      const entry = byDate.get(key) ?? { date: claim.date, sources: [] };
      entry.sources.push(claim.source);
      byDate.set(key, entry);
    }
    if (byDate.size < 2) return [];
    const dates = [...byDate.values()].map(
      ({ date, sources }) =>
        `${formatLong(date)} (${sources.map((source) => `${source.file}, row ${source.line}`).join('; ')})`,
    );
    return [`Sources disagree on ${CLAIMED[field]}: ${dates.join('; ')}. Both are kept; check the inspection report.`];
  });
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

/**
 * False when the source gave only the date the report was published (every family of Ofsted's 2009-2023 history does):
 * such a record is placed at its publication date, and its `date` is that same day.
 */
export function inspectionDateKnown(inspection: Pick<Inspection, 'date' | 'publicationDate'>): boolean {
  return !(inspection.publicationDate && formatIso(inspection.publicationDate) === formatIso(inspection.date));
}

/** Names an inspection within its authority, stably across reloads: "2012-06.slac". Used in links. */
export function inspectionRef(inspection: Inspection): string {
  return `${formatIso(inspection.date)}.${inspection.framework}`;
}

/**
 * A record's exact identity: same authority, date and framework. Records of one file are told apart by it; whether two
 * records from different files are the same inspection is decided by the rule in src/import/sameInspection.ts.
 */
export function inspectionId(inspection: Inspection): string {
  return `${authorityKey(inspection.authority)}|${inspectionRef(inspection)}`;
}

/**
 * What the sources said of a judgement beside its grade ("The source records this grade as 'Requires improvement to
 * be good'…"), one line a judgement, dated: a figure that shows the grade in its framework's words says so beside it.
 */
export function judgementNotes(inspection: Inspection): string[] {
  return inspection.judgements.flatMap((judgement) =>
    judgement.note ? [`${formatLong(inspection.date)}, ${shortAreaLabel(judgement.area)}: ${judgement.note}`] : [],
  );
}
