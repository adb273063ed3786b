// The grid both matrix layouts produce and one renderer draws: cells, headings, per-column counts.
import { ALL_GRADES, gradeLabel, notJudgedReason, stepOf } from '../../domain';
import type { GradeId, GradeScale, Outcome } from '../../domain';

export type GridCell =
  | {
      readonly kind: 'graded';
      readonly grade: GradeId;
      readonly scale: GradeScale;
      /** As the inspection's framework words it. */
      readonly label: string;
    }
  | { readonly kind: 'not-judged'; readonly reason: string }
  /** The inspection made no judgement of this area at all: not the same as "not judged". */
  | { readonly kind: 'none' }
  /** One cell standing for several: an inspection known only by counts, or an authority not yet inspected. */
  | { readonly kind: 'note'; readonly text: string; readonly rowSpan: number; readonly colSpan: number }
  /** Taken by a note cell above or to the left, so nothing is drawn. */
  | { readonly kind: 'covered' };

export interface GridColumn {
  readonly key: string;
  readonly heading: string;
  readonly subheading?: string;
  readonly highlighted?: boolean;
}

export interface GridRow {
  readonly key: string;
  readonly heading: string;
  readonly subheading?: string;
  readonly highlighted?: boolean;
  readonly cells: readonly GridCell[];
}

export interface GridCountRow {
  readonly label: string;
  /** null where the count is not known (an inspection held only by its totals has no "not judged" count). */
  readonly counts: readonly (number | null)[];
}

export interface Grid {
  readonly caption: string;
  /** The header over the row headings, e.g. "Judgement area". */
  readonly corner: string;
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridRow[];
  readonly countRows: readonly GridCountRow[];
  /** The last column is the latest (inspections oldest first): a grid wider than the screen opens scrolled to it. */
  readonly latestLast?: boolean;
}

export function cellFor(outcome: Outcome | undefined, scale: GradeScale): GridCell {
  if (!outcome) return { kind: 'none' };
  if (outcome.kind === 'not-judged') return { kind: 'not-judged', reason: notJudgedReason(outcome.reason) };
  return {
    kind: 'graded',
    grade: outcome.grade,
    scale,
    label: stepOf(scale, outcome.grade)?.label ?? gradeLabel(outcome.grade),
  };
}

/** The plain words of a cell, as the Table tab shows it and as a screen reader hears it. */
export function cellWords(cell: GridCell): string {
  switch (cell.kind) {
    case 'graded':
      return cell.label;
    case 'not-judged':
      return `Not judged: ${cell.reason}`;
    case 'none':
      return 'No judgement';
    case 'note':
      return cell.text;
    case 'covered':
      return '';
  }
}

export interface ColumnTally {
  readonly grades: Partial<Record<GradeId, number>>;
  /** null when unknown. */
  readonly notJudged: number | null;
}

/**
 * One count row per grade that occurs anywhere (generic wording, since Adequate and Requires improvement
 * are different grades), then "Not judged" when any column has one. Grades are best first.
 */
export function countRowsOf(tallies: readonly ColumnTally[]): GridCountRow[] {
  const present = ALL_GRADES.filter((grade) => tallies.some((tally) => (tally.grades[grade] ?? 0) > 0));
  const rows: GridCountRow[] = present.map((grade) => ({
    label: gradeLabel(grade),
    counts: tallies.map((tally) => tally.grades[grade] ?? 0),
  }));
  if (tallies.some((tally) => (tally.notJudged ?? 0) > 0)) {
    rows.push({ label: 'Not judged', counts: tallies.map((tally) => tally.notJudged) });
  }
  return rows;
}

/** Counts the graded and not-judged cells of one column of cells. */
export function tallyCells(cells: readonly GridCell[]): ColumnTally {
  const grades: Partial<Record<GradeId, number>> = {};
  let notJudged = 0;
  for (const cell of cells) {
    if (cell.kind === 'graded') grades[cell.grade] = (grades[cell.grade] ?? 0) + 1;
    else if (cell.kind === 'not-judged') notJudged += 1;
  }
  return { grades, notJudged };
}
