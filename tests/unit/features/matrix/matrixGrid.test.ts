// Grid cells and per-column counts: grades keep their framework's words, "not judged" and "no judgement" stay apart.
import { describe, expect, it } from 'vitest';
import { GRADE_SCALES, type Outcome } from '../../../../src/domain';
import {
  cellFor,
  cellWords,
  countRowsOf,
  tallyCells,
  type ColumnTally,
  type GridCell,
} from '../../../../src/features/matrix/matrixGrid';

// notJudgedReason, which cellFor uses, is tested in tests/unit/domain/inspection.test.ts.

describe('cellFor and cellWords', () => {
  const ilacs = GRADE_SCALES['ilacs-2018'];
  const older = GRADE_SCALES['four-point-adequate'];
  it.each<[string, Outcome | undefined, typeof ilacs, string]>([
    [
      'a grade in the ILACS words',
      { kind: 'graded', grade: 'requires-improvement' },
      ilacs,
      'Requires improvement to be good',
    ],
    ['Adequate on the older scale', { kind: 'graded', grade: 'adequate' }, older, 'Adequate'],
    [
      'a grade the scale lacks, in its general word rather than dropped',
      { kind: 'graded', grade: 'adequate' },
      ilacs,
      'Adequate',
    ],
    [
      'not judged, with its reason',
      { kind: 'not-judged', reason: 'Not judged: before 2023' },
      ilacs,
      'Not judged: before 2023',
    ],
    ['no judgement at all', undefined, ilacs, 'No judgement'],
  ])('words %s', (_name, outcome, scale, expected) => {
    expect(cellWords(cellFor(outcome, scale))).toBe(expected);
  });
});

describe('countRowsOf', () => {
  const graded = (grade: 'good' | 'inadequate'): GridCell => ({
    kind: 'graded',
    grade,
    scale: GRADE_SCALES['ilacs-2018'],
    label: grade,
  });
  it.each<[string, ColumnTally[], Array<[string, Array<number | null>]>]>([
    ['no columns: no rows', [], []],
    [
      'only grades that occur, best first, zeros where a column lacks one',
      [tallyCells([graded('inadequate'), graded('good')]), tallyCells([graded('good')])],
      [
        ['Good', [1, 1]],
        ['Inadequate', [1, 0]],
      ],
    ],
    [
      'a not judged row only when something was not judged',
      [tallyCells([{ kind: 'not-judged', reason: 'x' }, { kind: 'none' }])],
      [['Not judged', [1]]],
    ],
    [
      'unknown not-judged counts for count-only columns',
      [{ grades: { good: 2, adequate: 12 }, notJudged: null }, tallyCells([{ kind: 'not-judged', reason: 'x' }])],
      [
        ['Good', [2, 0]],
        ['Adequate', [12, 0]],
        ['Not judged', [null, 1]],
      ],
    ],
  ])('%s', (_name, tallies, expected) => {
    expect(countRowsOf(tallies).map((row) => [row.label, row.counts])).toEqual(expected);
  });
});
