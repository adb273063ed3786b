// The grade-mix chart's definition: what one of its bars is, how a bar and the series are built, and the options it takes.
import { ALL_GRADES, gradeLabel, type GradeId, type GradeScale } from '../../domain';

/** One grade stacked in the chart, with the name its legend and tooltip give it (a scale's own wording, or the generic one). */
export interface GradeMixSeries {
  readonly grade: GradeId;
  readonly label: string;
}

/** One bar (or column): an inspection, an area, a region, a year or a group of authorities. */
export interface GradeMixBar {
  readonly key: string;
  /** Its name on the category axis. */
  readonly label: string;
  /** Its name on the axis of a narrow chart (a phone), where the label would wrap onto many lines. */
  readonly shortLabel?: string;
  /** Every grade, zero where the bar has none, so bars on different scales stack on one set of series. */
  readonly counts: Readonly<Record<GradeId, number>>;
  /** Each grade's share of the bar, 0–1. */
  readonly shares: Readonly<Record<GradeId, number>>;
  /** Named in bold: England among the regions, so the comparison is easy to find. */
  readonly emphasis?: boolean;
  /** One authority's own grade among groups of authorities: its segment names the grade, since "1" would say nothing. */
  readonly ownGrade?: boolean;
  /** Lines the tooltip adds under the grades ("Good or better: 67%"). */
  readonly notes?: readonly string[];
  /** The bar in one sentence: the tooltip says this in place of its list of grades. */
  readonly description?: string;
}

export type GradeMixOrientation = 'bars' | 'columns';
export type GradeMixSegmentText = 'count' | 'share';

export interface GradeMixChartOptions {
  /** 'bars': one horizontal bar per row, named down the left. 'columns': one column per row, named along the bottom. */
  readonly orientation: GradeMixOrientation;
  /** What each segment says in text: its count, or its share. */
  readonly segmentText: GradeMixSegmentText;
  /** false where the page draws one legend for several charts. */
  readonly legend: boolean;
  /** Names the category axis of a column chart ("As at 31 March"). */
  readonly categoryTitle?: string;
}

interface ChartDefinition<Options> {
  readonly name: string;
  readonly summary: string;
  readonly orientations: readonly GradeMixOrientation[];
  readonly segmentTexts: readonly GradeMixSegmentText[];
  readonly defaults: Options;
}

export const GRADE_MIX_CHART = {
  name: 'Grade mix',
  summary:
    'Each row’s grades as a 100%-stacked bar or column, white between segments, every segment labelled in text on its colour.',
  orientations: ['bars', 'columns'],
  segmentTexts: ['count', 'share'],
  defaults: { orientation: 'bars', segmentText: 'count', legend: true },
} as const satisfies ChartDefinition<GradeMixChartOptions>;

/** The options a chart is drawn with: its own, else the definition's defaults. */
export function gradeMixOptions(given: Partial<GradeMixChartOptions>): GradeMixChartOptions {
  const { defaults } = GRADE_MIX_CHART;
  return {
    orientation: given.orientation ?? defaults.orientation,
    segmentText: given.segmentText ?? defaults.segmentText,
    legend: given.legend ?? defaults.legend,
    ...(given.categoryTitle !== undefined ? { categoryTitle: given.categoryTitle } : {}),
  };
}

const zeros = (): Record<GradeId, number> =>
  Object.fromEntries(ALL_GRADES.map((grade) => [grade, 0])) as Record<GradeId, number>;

export type GradeMixExtras = Pick<GradeMixBar, 'emphasis' | 'ownGrade' | 'notes' | 'description'>;

/** A bar from one scale's grade rows (a tally's, a distribution's); grades the scale lacks are zero. */
export function barFromRows(
  key: string,
  label: string,
  rows: readonly { readonly grade: GradeId; readonly count: number; readonly share: number }[],
  extras: GradeMixExtras = {},
): GradeMixBar {
  const counts = zeros();
  const shares = zeros();
  for (const row of rows) {
    counts[row.grade] = row.count;
    shares[row.grade] = row.share;
  }
  return {
    key,
    label,
    counts,
    shares,
    ...(extras.emphasis ? { emphasis: true } : {}),
    ...(extras.ownGrade ? { ownGrade: true } : {}),
    ...(extras.notes && extras.notes.length > 0 ? { notes: extras.notes } : {}),
    ...(extras.description !== undefined ? { description: extras.description } : {}),
  };
}

/** The series for these grades, in the scale's words when there is one scale, else in the generic words. */
export function seriesOf(grades: readonly GradeId[], scale?: GradeScale): GradeMixSeries[] {
  return grades.map((grade) => ({ grade, label: gradeLabel(grade, scale) }));
}

/** Every grade some bar has, best first: the series for bars that may mix scales (an authority's inspections since 2008). */
export function gradesIn(bars: readonly GradeMixBar[]): GradeId[] {
  return ALL_GRADES.filter((grade) => bars.some((bar) => bar.counts[grade] > 0));
}
