// One palette for grades, defined once so every chart and table agrees.
import type { GradeId } from '../domain/grade';

/**
 * Each colour has at least 3:1 contrast against white, and segments are drawn with white borders,
 * so neighbours stay distinct without relying on hue; the grade word is always shown as well.
 * Adequate (to 2012) and Requires improvement (from 2013) are different grades and get different colours.
 */
export const GRADE_COLOURS: Readonly<Record<GradeId, string>> = {
  outstanding: '#12436d',
  good: '#2073bc',
  adequate: '#80590f',
  'requires-improvement': '#b35c00',
  inadequate: '#b3122e',
};
