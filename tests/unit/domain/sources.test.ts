// The Source line under a figure: Walsall's minutes are cited only when the figure shows records taken from them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFSTED_PUBLICATION, OGL_ATTRIBUTION, WALSALL_MINUTES, citesWalsallMinutes, sourceLine, WALSALL_HISTORY_FILES } from '../../../src/domain';

describe('citesWalsallMinutes', () => {
  it.each([
    ['no sources', [], false],
    ['Ofsted’s files only', ['la_outcomes_2025__ILACS_inspection_history.csv'], false],
    ['a Walsall history file among them', ['la_outcomes_2025__ILACS_inspection_history.csv', 'walsall-2012-inspection-counts.csv'], true],
    ['Walsall’s measures', ['walsall-measures.csv'], true],
    ['a council’s own file whose name starts with walsall-', ['walsall-one-judgement.csv'], false],
  ])('%s', (_name, files, expected) => {
    expect(citesWalsallMinutes(files.map((file) => ({ file, line: 2 })))).toBe(expected);
  });
});

describe('sourceLine', () => {
  it.each([
    ['Ofsted’s files', ['la_outcomes_2025__ILACS_inspection_history.csv'], `${OFSTED_PUBLICATION}. ${OGL_ATTRIBUTION}`],
    ['Ofsted’s and Walsall’s', ['la_outcomes_2025__ILACS_inspection_history.csv', 'walsall-measures.csv'], `${OFSTED_PUBLICATION}; ${WALSALL_MINUTES}. ${OGL_ATTRIBUTION}`],
    ['Walsall’s alone: no Ofsted licence claimed', ['walsall-2012-inspection-counts.csv'], `${WALSALL_MINUTES}.`],
    ['a user’s file named walsall-…: the user’s, not the minutes', ['walsall-one-judgement.csv'], 'Your file “walsall-one-judgement.csv”.'],
    ['a user’s own file, named', ['panel-2021.csv', 'panel-2021.csv'], 'Your file “panel-2021.csv”.'],
    ['Ofsted’s spreadsheet brought in again', ['LA_Inspection_Outcomes_as_at_31_March_2025.ods (ILACS_inspection_history)'], `${OFSTED_PUBLICATION}. ${OGL_ATTRIBUTION}`],
    ['Ofsted’s and two own files', ['a.csv', 'la_outcomes_2025__In-year_inspections.csv', 'b.csv'], `${OFSTED_PUBLICATION}; your files “a.csv”, “b.csv”. ${OGL_ATTRIBUTION}`],
    ['nothing', [], 'No records shown.'],
  ])('%s', (_name, files, expected) => {
    expect(sourceLine(files.map((file) => ({ file, line: 2 })))).toBe(expected);
  });
});

describe('the Walsall history files named in the code', () => {
  it('are exactly the files shipped in data/walsall/', () => {
    expect([...WALSALL_HISTORY_FILES].sort()).toEqual(readdirSync(join(__dirname, '..', '..', '..', 'data', 'walsall')).sort());
  });
});
