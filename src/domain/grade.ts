// Grades and grade scales, held as data so that a new inspection framework is one new entry.

/** A grade's identity, independent of how a given framework words it. */
export type GradeId = 'outstanding' | 'good' | 'adequate' | 'requires-improvement' | 'inadequate';

export type GradeScaleId = 'four-point-adequate' | 'sif-2013' | 'ilacs-2018' | 'across-frameworks';

export interface GradeStep {
  readonly grade: GradeId;
  /** The words Ofsted used for this grade on this scale. */
  readonly label: string;
  /** 1 is best. Ranks are comparable across scales only as positions, not as the same grade. */
  readonly rank: 1 | 2 | 3 | 4;
  readonly goodOrBetter: boolean;
}

export interface GradeScale {
  readonly id: GradeScaleId;
  readonly name: string;
  /** Best first. */
  readonly steps: readonly GradeStep[];
}

const outstanding: GradeStep = { grade: 'outstanding', label: 'Outstanding', rank: 1, goodOrBetter: true };
const good: GradeStep = { grade: 'good', label: 'Good', rank: 2, goodOrBetter: true };
const inadequate: GradeStep = { grade: 'inadequate', label: 'Inadequate', rank: 4, goodOrBetter: false };

export const GRADE_SCALES: Readonly<Record<GradeScaleId, GradeScale>> = {
  'four-point-adequate': {
    id: 'four-point-adequate',
    name: 'Outstanding, Good, Adequate, Inadequate (inspections to 2012)',
    steps: [outstanding, good, { grade: 'adequate', label: 'Adequate', rank: 3, goodOrBetter: false }, inadequate],
  },
  'sif-2013': {
    id: 'sif-2013',
    name: 'Outstanding, Good, Requires improvement, Inadequate (single inspection framework, 2013 to 2017)',
    steps: [
      outstanding,
      good,
      { grade: 'requires-improvement', label: 'Requires improvement', rank: 3, goodOrBetter: false },
      inadequate,
    ],
  },
  'ilacs-2018': {
    id: 'ilacs-2018',
    name: 'Outstanding, Good, Requires improvement to be good, Inadequate (ILACS, from 2018)',
    steps: [
      outstanding,
      good,
      { grade: 'requires-improvement', label: 'Requires improvement to be good', rank: 3, goodOrBetter: false },
      inadequate,
    ],
  },
  // No framework's: for counting authorities' latest grades across frameworks (strands), each grade in its own words.
  'across-frameworks': {
    id: 'across-frameworks',
    name: 'Outstanding, Good, Adequate (to 2013), Requires improvement (from November 2013), Inadequate: each framework’s own words',
    steps: [
      outstanding,
      good,
      { grade: 'adequate', label: 'Adequate', rank: 3, goodOrBetter: false },
      { grade: 'requires-improvement', label: 'Requires improvement', rank: 3, goodOrBetter: false },
      inadequate,
    ],
  },
};

/** Every grade in display order, best first; Adequate and Requires improvement share a rank but are different grades. */
export const ALL_GRADES: readonly GradeId[] = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate'];

export function stepOf(scale: GradeScale, grade: GradeId): GradeStep | undefined {
  return scale.steps.find((step) => step.grade === grade);
}

/** The grade as the scale's framework words it, or a neutral word when the scale has no such grade. */
export function gradeLabel(grade: GradeId, scale?: GradeScale): string {
  const step = scale ? stepOf(scale, grade) : undefined;
  if (step) return step.label;
  return GENERIC_LABELS[grade];
}

const GENERIC_LABELS: Readonly<Record<GradeId, string>> = {
  outstanding: 'Outstanding',
  good: 'Good',
  adequate: 'Adequate',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
};
