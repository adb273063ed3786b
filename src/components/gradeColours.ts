// One palette for grades, defined once so every chart, table and tag agrees.
import type { GradeId } from '../domain/grade';

/**
 * Dark and mid tones alternate down each scale (Outstanding dark, Good mid, Adequate or Requires
 * improvement dark, Inadequate mid), so neighbouring grades differ by at least 3:1 in contrast and
 * every colour stands at least 3:1 against the white page, whatever a reader's colour vision.
 * Adequate (to 2012) and Requires improvement (from 2013) are different grades, so they differ in hue.
 * tests/unit/components/gradeColours.test.ts holds these promises.
 */
export const GRADE_COLOURS: Readonly<Record<GradeId, string>> = {
  outstanding: '#0b2a55',
  good: '#3f8ad8',
  adequate: '#3b1f5e',
  'requires-improvement': '#552a00',
  inadequate: '#ea5a41',
};

/** Text on each grade colour, at least 4.5:1. */
export const GRADE_TEXT_COLOURS: Readonly<Record<GradeId, string>> = {
  outstanding: '#ffffff',
  good: '#0b0c0c',
  adequate: '#ffffff',
  'requires-improvement': '#ffffff',
  inadequate: '#0b0c0c',
};

export const PAGE_BACKGROUND = '#ffffff';
