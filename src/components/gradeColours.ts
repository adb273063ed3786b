// One palette for grades, defined once so every chart, table and tag agrees.
import type { GradeId } from '../domain';

/**
 * Each scale runs from light to dark, best to worst: Outstanding lightest, Inadequate darkest, so a
 * black-and-white print keeps the grades' order and a darker grey never means a better grade. Adjacent
 * grades are at least 15 points of CIE L* apart (about 61, 45, 29 and 13). Four grades in one
 * lightness order cannot also keep 3:1 contrast between neighbours (that would need a 27:1 span),
 * so grades are told apart by lightness plus their words: written on bars where there is room, and
 * in every tag, tooltip and table. Every fill still stands at least 3:1 against the white page.
 * Adequate (to 2012) and Requires improvement (from 2013) are different grades, so they differ in hue
 * at the same lightness (they are never on one scale).
 * tests/unit/components/gradeColours.test.ts measures these promises.
 */
export const GRADE_COLOURS: Readonly<Record<GradeId, string>> = {
  outstanding: '#4fa46a',
  good: '#01729d',
  adequate: '#413b81',
  'requires-improvement': '#752f00',
  inadequate: '#4d000b',
};

/** Text on each grade colour, at least 4.5:1. */
export const GRADE_TEXT_COLOURS: Readonly<Record<GradeId, string>> = {
  outstanding: '#0b0c0c',
  good: '#ffffff',
  adequate: '#ffffff',
  'requires-improvement': '#ffffff',
  inadequate: '#ffffff',
};

/** A grade's short form, written on a bar segment too narrow for its word. */
export const GRADE_INITIALS: Readonly<Record<GradeId, string>> = {
  outstanding: 'O',
  good: 'G',
  adequate: 'A',
  'requires-improvement': 'RI',
  inadequate: 'I',
};

export const PAGE_BACKGROUND = '#ffffff';
