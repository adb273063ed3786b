// Placeholders scraped tables write where there is no grade, the user's meanings for values we do not know, and two-digit years.
import { describe, expect, it } from 'vitest';
import {
  fourDigitYear,
  gradeReader,
  parseGradeCell,
  valueKey,
  withCentury,
  type ValueMeaning,
} from '../../../src/import/values';

describe('placeholders are not judged, with their reason, never a grade or a refusal', () => {
  it.each<[string, RegExp]>([
    ['data_unreadable', /could not be read.*data_unreadable/],
    ['not_reported_post_reform', /April 2026.*not_reported_post_reform/],
    ['inspection_pre_dates_judgement', /came before this area was judged/],
    ['NaN', /NaN/],
    ['nan', /NaN/],
    ['None', /Not judged/],
    ['-', /Blank/],
    ['Not yet inspected', /Not yet inspected/],
    ['Not reported', /Not reported/],
  ])('%j', (text, reason) => {
    const parsed = parseGradeCell(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.kind).toBe('not-judged');
    if (parsed.value.kind !== 'not-judged') return;
    expect(parsed.value.reason).toMatch(reason);
  });
});

describe('gradeReader: the user’s meanings for values the importer does not recognise', () => {
  const meanings = new Map<string, ValueMeaning>([
    [valueKey('G'), { kind: 'grade', grade: 'good' }],
    [valueKey('Awaiting report'), { kind: 'not-judged' }],
    [valueKey('Req. imp.'), { kind: 'problem' }],
  ]);
  const read = gradeReader(meanings);

  it('reads a value given a grade as that grade, in any case and spacing', () => {
    expect(read('G')).toEqual({ ok: true, value: { kind: 'grade', grade: 'good' } });
    expect(read(' g ')).toEqual({ ok: true, value: { kind: 'grade', grade: 'good' } });
  });

  it('reads a value said to be not judged as not judged, saying the choice was the user’s', () => {
    const parsed = read('awaiting  REPORT');
    expect(parsed.ok && parsed.value.kind === 'not-judged' && parsed.value.reason).toMatch(
      /awaiting {2}REPORT.*chosen in the preview/,
    );
  });

  it('leaves a value said to be a problem, and every value not given a meaning, as the importer reads it', () => {
    expect(read('Req. imp.').ok).toBe(false);
    expect(read('Excellent').ok).toBe(false);
    expect(read('Outstanding')).toEqual(parseGradeCell('Outstanding'));
  });

  it('is the shared reader when no meaning is given', () => {
    expect(gradeReader(undefined)).toBe(parseGradeCell);
    expect(gradeReader(new Map())).toBe(parseGradeCell);
  });
});

describe('withCentury: a two-digit year read in full only when another date settles the century', () => {
  it.each<[string, number | undefined, string | undefined]>([
    ['27/10/23', 2023, '27/10/2023'],
    ['05/01/24', 2023, '05/01/2024'],
    ['28/07/26', 2026, '28/07/2026'],
    ['1/2/19', 2018, '1/2/2019'],
    // No evidence, or evidence from another century or far away: left as it is, to be reported.
    ['27/10/23', undefined, undefined],
    ['27/10/23', 1999, undefined],
    ['27/10/23', 2010, undefined],
    // Not a two-digit year at all.
    ['27/10/2023', 2023, undefined],
    ['2023-10-27', 2023, undefined],
    ['tbc', 2023, undefined],
  ])('%j beside a date in %s is %j', (text, evidence, full) => {
    expect(withCentury(text, evidence)).toBe(full);
  });

  it('takes evidence only from dates written with four digits', () => {
    expect(fourDigitYear('11/09/2023')).toBe(2023);
    expect(fourDigitYear('2023-09')).toBe(2023);
    expect(fourDigitYear('11/09/23')).toBeUndefined();
    expect(fourDigitYear('')).toBeUndefined();
  });
});
