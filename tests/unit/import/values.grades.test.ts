// parseGradeCell and gradeOnScale: every era's grade words, numbers 1-4, "not judged" words, and grades from the wrong era.
import { describe, expect, it } from 'vitest';
import { GRADE_SCALES, type GradeId, type GradeScaleId } from '../../../src/domain/grade';
import { gradeOnScale, parseGradeCell, type GradeCell } from '../../../src/import/values';

describe('parseGradeCell reads grade words in any case and wording', () => {
  it.each<[string, GradeId]>([
    ['Outstanding', 'outstanding'],
    ['OUTSTANDING', 'outstanding'],
    ['Good', 'good'],
    ['good', 'good'],
    [' Good ', 'good'],
    ['Good*', 'good'],
    ['Adequate', 'adequate'],
    ['adequate', 'adequate'],
    ['Satisfactory', 'adequate'],
    ['Requires improvement', 'requires-improvement'],
    ['requires  improvement', 'requires-improvement'],
    ['Requires improvement to be good', 'requires-improvement'],
    ['REQUIRES IMPROVEMENT TO BE GOOD', 'requires-improvement'],
    ['Requires Improvement To Be Good', 'requires-improvement'],
    ['RI', 'requires-improvement'],
    ['Inadequate', 'inadequate'],
    ['inadequate ', 'inadequate'],
  ])('%j is %s', (text, grade) => {
    expect(parseGradeCell(text)).toEqual({ ok: true, value: { kind: 'grade', grade } });
  });

  it.each<[string, 1 | 2 | 3 | 4]>([
    ['1', 1],
    ['2', 2],
    ['3', 3],
    ['4', 4],
    [' 3 ', 3],
  ])('the number %j is rank %i, worded by the inspection’s scale', (text, rank) => {
    expect(parseGradeCell(text)).toEqual({ ok: true, value: { kind: 'rank', rank } });
  });

  it.each<[string, string]>([
    ['', 'Blank in the source'],
    ['   ', 'Blank in the source'],
    ['-', 'Blank in the source'],
    ['–', 'Blank in the source'],
    ['Not yet inspected', 'Not yet inspected'],
    ['NOT YET INSPECTED', 'Not yet inspected'],
    ['Not inspected', 'Not inspected'],
    ['Not judged', 'Not judged'],
    ['No judgement', 'Not judged'],
    ['n/a', 'Not applicable'],
    ['N/A', 'Not applicable'],
    ['NA', 'Not applicable'],
    ['Not applicable', 'Not applicable'],
    ['none', 'Not judged'],
    ['x', 'Not judged'],
    ['z', 'Not applicable'],
  ])('%j means not judged (%s), never a grade', (text, reason) => {
    expect(parseGradeCell(text)).toEqual({ ok: true, value: { kind: 'not-judged', reason } });
  });

  it.each([
    'Very good',
    'Excellent',
    'Goo',
    'Good/Outstanding',
    'Requires improvement to be outstanding',
    '0',
    '5',
    '2.5',
    '01',
    'Grade 2',
    'Poor',
  ])('%j is refused with the grades to use', (text) => {
    const parsed = parseGradeCell(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(/not an Ofsted grade/);
    expect(parsed.message).toMatch(/Outstanding, Good, Requires improvement to be good or Inadequate/);
    expect(parsed.message).toMatch(/leave the cell blank/);
  });
});

describe('gradeOnScale resolves a cell against its inspection’s era', () => {
  const rank = (value: 1 | 2 | 3 | 4): GradeCell => ({ kind: 'rank', rank: value });
  const word = (grade: GradeId): GradeCell => ({ kind: 'grade', grade });

  it.each<[string, GradeCell, GradeScaleId, GradeId | null]>([
    ['1 to 2012', rank(1), 'four-point-adequate', 'outstanding'],
    ['2 to 2012', rank(2), 'four-point-adequate', 'good'],
    ['3 to 2012 is Adequate', rank(3), 'four-point-adequate', 'adequate'],
    ['4 to 2012', rank(4), 'four-point-adequate', 'inadequate'],
    ['3 in 2013-17 is Requires improvement', rank(3), 'sif-2013', 'requires-improvement'],
    ['3 from 2018 is Requires improvement to be good', rank(3), 'ilacs-2018', 'requires-improvement'],
    ['4 from 2018', rank(4), 'ilacs-2018', 'inadequate'],
    ['Adequate to 2012', word('adequate'), 'four-point-adequate', 'adequate'],
    ['Requires improvement in 2013-17', word('requires-improvement'), 'sif-2013', 'requires-improvement'],
    ['Requires improvement from 2018', word('requires-improvement'), 'ilacs-2018', 'requires-improvement'],
    ['Good on every scale (2012)', word('good'), 'four-point-adequate', 'good'],
    ['Outstanding from 2018', word('outstanding'), 'ilacs-2018', 'outstanding'],
    ['not judged is no grade', { kind: 'not-judged', reason: 'Not yet inspected' }, 'ilacs-2018', null],
  ])('%s', (_name, cell, scaleId, expected) => {
    expect(gradeOnScale(cell, GRADE_SCALES[scaleId], 'the era')).toEqual({ ok: true, value: expected });
  });

  it.each<[string, GradeId, GradeScaleId, string]>([
    ['Adequate on a 2021 ILACS inspection', 'adequate', 'ilacs-2018', 'Requires improvement to be good'],
    ['Adequate on a 2015 single inspection', 'adequate', 'sif-2013', 'Requires improvement'],
    ['Requires improvement on a 2012 inspection', 'requires-improvement', 'four-point-adequate', 'Adequate'],
  ])('refuses %s, naming the era and its grades', (_name, grade, scaleId, expectedWord) => {
    const resolved = gradeOnScale({ kind: 'grade', grade }, GRADE_SCALES[scaleId], 'ILACS (2021-10-04)');
    expect(resolved.ok).toBe(false);
    if (resolved.ok) return;
    expect(resolved.message).toContain('not used by ILACS (2021-10-04)');
    expect(resolved.message).toContain(expectedWord);
    expect(resolved.message).toMatch(/Check the grade or the inspection date and type/);
  });
});
