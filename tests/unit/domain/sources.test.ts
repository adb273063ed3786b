// The Source line and notes under a figure come from the manifest: each default source is cited, and its notes shown, only
// when the figure shows its records; a user's file is named as the user's.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES, OGL_ATTRIBUTION, defaultFilePaths, sourceLine, sourceNotes } from '../../../src/domain';

const cite = (id: string) => DEFAULT_SOURCES.find((source) => source.id === id)!.citation;
const OUTCOMES_2025 = cite('ofsted-la-outcomes-2025');
const CSC_2023 = cite('ofsted-csc-2023');
const MINUTES = cite('walsall-minutes');
const refs = (files: readonly string[]) => files.map((file) => ({ file, line: 2 }));

describe('sourceNotes', () => {
  const minutesNotes = DEFAULT_SOURCES.find((source) => source.id === 'walsall-minutes')!.notes;
  it.each([
    ['no sources', [], []],
    ['Ofsted’s 2025 files only', ['la_outcomes_2025__ILACS_inspection_history.csv'], []],
    [
      'a Walsall history file among them',
      ['la_outcomes_2025__ILACS_inspection_history.csv', 'walsall-2012-inspection-counts.csv'],
      minutesNotes,
    ],
    ['a council’s own file whose name starts with walsall-', ['walsall-one-judgement.csv'], []],
  ])('%s', (_name, files, expected) => {
    expect(sourceNotes(refs(files))).toEqual(expected);
  });
});

describe('sourceLine', () => {
  it.each([
    ['Ofsted’s files', ['la_outcomes_2025__ILACS_inspection_history.csv'], `${OUTCOMES_2025}. ${OGL_ATTRIBUTION}`],
    [
      'Ofsted’s and Walsall’s',
      ['la_outcomes_2025__ILACS_inspection_history.csv', 'walsall-measures.csv'],
      `${OUTCOMES_2025}; ${MINUTES}. ${OGL_ATTRIBUTION}`,
    ],
    [
      'two Ofsted publications, the licence said once',
      ['csc_in_england_2023__LA_inspections_2009-2023.csv', 'la_outcomes_2025__In-year_inspections.csv'],
      `${OUTCOMES_2025}; ${CSC_2023}. ${OGL_ATTRIBUTION}`,
    ],
    ['Walsall’s alone: no Ofsted licence claimed', ['walsall-2012-inspection-counts.csv'], `${MINUTES}.`],
    [
      'a user’s file named walsall-…: the user’s, not the minutes',
      ['walsall-one-judgement.csv'],
      'Your file “walsall-one-judgement.csv”.',
    ],
    ['a user’s own file, named', ['panel-2021.csv', 'panel-2021.csv'], 'Your file “panel-2021.csv”.'],
    [
      'Ofsted’s spreadsheet brought in again',
      ['LA_Inspection_Outcomes_as_at_31_March_2025.ods (ILACS_inspection_history)'],
      `${OUTCOMES_2025}. ${OGL_ATTRIBUTION}`,
    ],
    [
      'Ofsted’s and two own files',
      ['a.csv', 'la_outcomes_2025__In-year_inspections.csv', 'b.csv'],
      `${OUTCOMES_2025}; your files “a.csv”, “b.csv”. ${OGL_ATTRIBUTION}`,
    ],
    ['nothing', [], 'No records shown.'],
  ])('%s', (_name, files, expected) => {
    expect(sourceLine(refs(files))).toBe(expected);
  });
});

describe('the manifest', () => {
  it('lists exactly the CSV files shipped in its folders under data/', () => {
    const dataDir = join(__dirname, '..', '..', '..', 'data');
    const folders = [...new Set(DEFAULT_SOURCES.map((source) => source.folder))];
    const shipped = folders.flatMap((folder) =>
      readdirSync(join(dataDir, folder))
        .filter((name) => name.endsWith('.csv'))
        .map((name) => `${folder}/${name}`),
    );
    expect([...defaultFilePaths()].sort()).toEqual(shipped.sort());
  });
});
