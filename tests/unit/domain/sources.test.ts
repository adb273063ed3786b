// The Source line under a figure: Walsall's minutes are cited only when the figure shows records taken from them.
import { describe, expect, it } from 'vitest';
import { OFSTED_PUBLICATION, OGL_ATTRIBUTION, WALSALL_MINUTES, citesWalsallMinutes, sourceLine } from '../../../src/domain';

describe('citesWalsallMinutes', () => {
  it.each([
    ['no sources', [], false],
    ['Ofsted’s files only', ['la_outcomes_2025__ILACS_inspection_history.csv'], false],
    ['a Walsall history file among them', ['la_outcomes_2025__ILACS_inspection_history.csv', 'walsall-2012-inspection-counts.csv'], true],
    ['Walsall’s measures', ['walsall-measures.csv'], true],
  ])('%s', (_name, files, expected) => {
    expect(citesWalsallMinutes(files.map((file) => ({ file, line: 2 })))).toBe(expected);
  });
});

describe('sourceLine', () => {
  it.each([
    [false, `${OFSTED_PUBLICATION}. ${OGL_ATTRIBUTION}`],
    [true, `${OFSTED_PUBLICATION}; ${WALSALL_MINUTES}. ${OGL_ATTRIBUTION}`],
  ])('citing the minutes: %s', (walsallMinutes, expected) => {
    expect(sourceLine(walsallMinutes)).toBe(expected);
  });
});
