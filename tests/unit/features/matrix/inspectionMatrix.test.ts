// Rows = judgement areas, columns = inspections: order, count-only inspections, visits, filters and empty states.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES, type PartialDate } from '../../../../src/domain';
import { cellWords, type Grid } from '../../../../src/features/matrix/matrixGrid';
import {
  countsOnlyText,
  inspectionMatrix,
  type InspectionMatrixOptions,
} from '../../../../src/features/matrix/inspectionMatrix';
import { authority, dataset, inspection } from '../../analytics/build';

const walsall = authority('Walsall', { onsCode: 'E08000030', region: 'West Midlands' });
const ceasedOn: PartialDate = { precision: 'day', year: 2023, month: 4, day: 1 };
const cumbria = authority('Cumbria', { onsCode: 'E10000006', region: 'North West', noLongerExists: true, ceasedOn });

// Walsall's 2008 and 2012 records come from the council's minutes, shipped as walsall-*.csv: the Source line cites them.
const joint2008 = {
  ...inspection({
    authority: walsall,
    date: '2008',
    framework: 'joint-inspection',
    type: 'Joint inspection',
    judgements: { 'Services overall finding': 'good' },
  }),
  sources: [{ file: 'walsall-2008-joint-inspection.csv', line: 2 }],
};
const counts2012 = {
  ...inspection({
    authority: walsall,
    date: '2012-06',
    framework: 'slac',
    type: 'Safeguarding and looked after children',
    summaryCounts: { good: 2, adequate: 12, inadequate: 8 },
  }),
  sources: [{ file: 'walsall-2012-inspection-counts.csv', line: 2 }],
};
const ilacs2021 = inspection({
  authority: walsall,
  date: '2021-10-04',
  type: 'ILACS Standard Inspection',
  judgements: {
    'overall-effectiveness': 'good',
    'help-and-protection': 'requires-improvement',
    'care-leavers': 'not-judged',
  },
});
const visit2024 = inspection({
  authority: walsall,
  date: '2024-05-01',
  framework: 'ilacs-visit',
  type: 'ILACS Focused Visit',
});
const cumbria2022 = inspection({
  authority: cumbria,
  date: '2022-09-20',
  type: 'ILACS Standard Inspection',
  judgements: { 'overall-effectiveness': 'requires-improvement' },
});

// Deliberately out of date order: the matrix must sort.
const held = dataset([ilacs2021, visit2024, counts2012, joint2008, cumbria2022]);
const walsallOptions: InspectionMatrixOptions = { authority: 'E08000030', years: {} };

/** The grid as words, one array per row: the row heading then each drawn cell. */
function words(grid: Grid | undefined): string[][] {
  return (grid?.rows ?? []).map((row) => [
    row.heading,
    ...row.cells.filter((cell) => cell.kind !== 'covered').map(cellWords),
  ]);
}

describe('inspectionMatrix', () => {
  it('puts inspections oldest first, known areas in Ofsted’s order, and one merged counts cell for 2012', () => {
    const matrix = inspectionMatrix(held, walsallOptions);
    expect(matrix.grid?.columns.map((column) => [column.heading, column.subheading])).toEqual([
      ['2008', 'Joint inspection'],
      ['June 2012', 'Safeguarding and looked after children'],
      ['4 October 2021', 'ILACS Standard Inspection'],
    ]);
    expect(words(matrix.grid)).toEqual([
      ['Overall effectiveness', 'No judgement', 'Counts only: 2 good, 12 adequate, 8 inadequate', 'Good'],
      ['Help and protection', 'No judgement', 'Requires improvement to be good'],
      ['Care leavers', 'No judgement', 'Not judged: blank'],
      ['Services overall finding', 'Good', 'No judgement'],
    ]);
    expect(matrix.grid?.rows[0]?.cells[1]).toMatchObject({ kind: 'note', rowSpan: 4, colSpan: 1 });
    expect(matrix.grid?.countRows.map((row) => [row.label, row.counts])).toEqual([
      ['Good', [1, 2, 1]],
      ['Adequate', [0, 12, 0]],
      ['Requires improvement', [0, 0, 1]],
      ['Inadequate', [0, 8, 0]],
      ['Not judged', [0, null, 1]],
    ]);
  });

  it.each<[string, Partial<InspectionMatrixOptions>, string]>([
    [
      'the whole history, its headline and its count-only inspection',
      {},
      'Walsall: 3 inspections from 2008 to 2021. The overall judgement was Good in 2008 and Good again in 2021; the June 2012 inspection is known only by its counts. 1 visit in these years made no judgements and is not shown.',
    ],
    [
      'one inspection',
      { years: { from: 2021, to: 2021 } },
      'Walsall: 1 inspection in 2021. The overall judgement was Good (2021).',
    ],
    [
      'only the count-only inspection',
      { years: { from: 2012, to: 2012 } },
      'Walsall: 1 inspection in 2012. The June 2012 inspection is known only by its counts.',
    ],
    [
      'a chosen area’s change',
      { area: 'help-and-protection', years: { from: 2012 } },
      'Walsall: 2 inspections from 2012 to 2021. Help and protection was Requires improvement to be good (2021); the June 2012 inspection is known only by its counts. 1 visit in these years made no judgements and is not shown.',
    ],
  ])('summarises %s', (_name, options, expected) => {
    expect(inspectionMatrix(held, { ...walsallOptions, ...options }).summary).toBe(expected);
  });

  it('names a change of grade as a move', () => {
    const later = inspection({
      authority: walsall,
      date: '2024-11-04',
      type: 'ILACS Short Inspection',
      judgements: { 'overall-effectiveness': 'outstanding' },
    });
    expect(inspectionMatrix(dataset([ilacs2021, later]), walsallOptions).summary).toBe(
      'Walsall: 2 inspections from 2021 to 2024. The overall judgement moved from Good (2021) to Outstanding (2024).',
    );
  });

  it('limits rows to the chosen area but keeps the count-only column', () => {
    const matrix = inspectionMatrix(held, { ...walsallOptions, area: 'care-leavers' });
    expect(words(matrix.grid)).toEqual([
      ['Care leavers', 'No judgement', 'Counts only: 2 good, 12 adequate, 8 inadequate', 'Not judged: blank'],
    ]);
  });

  it('keeps visits out of the columns and names them in a note', () => {
    const matrix = inspectionMatrix(held, walsallOptions);
    expect(matrix.visits).toEqual([visit2024]);
    expect(matrix.footnotes[0]).toBe(
      'Visits make no judgements, so they are not columns. Left out here: ILACS Focused Visit (1 May 2024).',
    );
    expect(matrix.sourceNotes).toEqual(DEFAULT_SOURCES.find((source) => source.id === 'walsall-minutes')!.notes);
  });

  it('filters by inspection type', () => {
    const matrix = inspectionMatrix(held, { ...walsallOptions, type: 'Joint inspection' });
    expect(matrix.inspections).toEqual([joint2008]);
    expect(matrix.sourceNotes).toEqual(DEFAULT_SOURCES.find((source) => source.id === 'walsall-minutes')!.notes);
  });

  it('does not cite the Walsall minutes for ILACS records alone', () => {
    expect(inspectionMatrix(held, { ...walsallOptions, years: { from: 2021 } }).sourceNotes).toEqual([]);
  });

  it.each<[string, InspectionMatrixOptions, string]>([
    [
      'years that run backwards',
      { ...walsallOptions, years: { from: 2021, to: 2012 } },
      'The years run backwards: From 2021 is after To 2012. Choose a From year on or before the To year.',
    ],
    [
      'an authority that had ceased',
      { authority: 'E10000006', years: { from: 2024 } },
      'No inspections for Cumbria from 2024: the authority no longer exists (it ceased on 1 April 2023). Choose earlier years.',
    ],
    [
      'years with only a visit',
      { ...walsallOptions, years: { from: 2024 } },
      'Walsall had only visits in these years (ILACS Focused Visit, 1 May 2024), and visits make no judgements. Widen the years to see inspections.',
    ],
    [
      'a type with nothing in the years',
      { ...walsallOptions, type: 'Joint inspection', years: { from: 2010, to: 2015 } },
      'No inspections of Walsall of the type “Joint inspection” between 2010 and 2015 are held. Choose All types or widen the years.',
    ],
    [
      'years before any record',
      { ...walsallOptions, years: { to: 2005 } },
      'No inspections of Walsall up to 2005 are held. Widen the years.',
    ],
    [
      'an authority with no records',
      { authority: 'E06000099', years: {} },
      'No inspections of E06000099 are held. Choose another authority.',
    ],
    [
      'an area never judged in the years',
      { ...walsallOptions, area: 'impact-of-leaders', years: { from: 2021 } },
      'Walsall’s inspections in 2021 made no judgement of Impact of leaders. Choose All areas.',
    ],
  ])('explains %s instead of drawing an empty grid', (_name, options, expected) => {
    const matrix = inspectionMatrix(held, options);
    expect(matrix.grid).toBeUndefined();
    expect(matrix.emptyMessage).toBe(expected);
  });

  it('draws an authority with one inspection as a one-column grid', () => {
    const matrix = inspectionMatrix(held, { authority: 'E10000006', years: {} });
    expect(words(matrix.grid)).toEqual([['Overall effectiveness', 'Requires improvement to be good']]);
    expect(matrix.summary).toBe(
      'Cumbria: 1 inspection in 2022. The overall judgement was Requires improvement to be good (2022).',
    );
  });
});

describe('countsOnlyText', () => {
  it.each([
    [
      'best first, on the inspection’s own scale',
      { good: 2, adequate: 12, inadequate: 8 },
      'Counts only: 2 good, 12 adequate, 8 inadequate',
    ],
    ['no counts at all', {}, 'Counts only: no grades recorded'],
  ])('words %s', (_name, summaryCounts, expected) => {
    expect(countsOnlyText(inspection({ authority: walsall, date: '2012-06', framework: 'slac', summaryCounts }))).toBe(
      expected,
    );
  });
});

describe('a single inspection with the LSCB’s judgement', () => {
  const sif = inspection({
    authority: walsall,
    date: '2017-03-20',
    framework: 'sif',
    type: 'Single inspection framework',
    judgements: {
      'overall-effectiveness': 'requires-improvement',
      lscb: 'good',
    },
  });
  const matrix = inspectionMatrix(dataset([sif]), walsallOptions);

  it('shows the board’s row but counts only the council’s grades, and says why', () => {
    expect(words(matrix.grid).map((row) => row[0])).toContain('LSCB (the board’s)');
    // One counted grade (the council's), though the column shows two.
    expect(matrix.grid?.countRows.map((row) => [row.label, row.counts])).toEqual([['Requires improvement', [1]]]);
    expect(matrix.footnotes).toContainEqual(expect.stringContaining('left out of every count of the council’s grades'));
  });
});
