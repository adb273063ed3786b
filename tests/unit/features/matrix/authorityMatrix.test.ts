// Rows = authorities, columns = areas as at a date: region, sorting, ceased and uninspected authorities, the sentence.
import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../../src/domain';
import {
  authorityMatrix,
  describePlace,
  type AuthorityMatrixOptions,
} from '../../../../src/features/matrix/authorityMatrix';
import { cellWords, type GridCell } from '../../../../src/features/matrix/matrixGrid';
import { GRADE_SCALES } from '../../../../src/domain';
import { authority, dataset, inspection, type OutcomeSpec } from '../../analytics/build';

const day = (year: number, month: number, d: number): PartialDate => ({ precision: 'day', year, month, day: d });
const wm = (name: string, code: string) => authority(name, { onsCode: code, region: 'West Midlands' });
const walsall = wm('Walsall', 'E08000030');
const dudley = wm('Dudley', 'E08000027');
const sandwell = wm('Sandwell', 'E08000028');
const newTown = wm('Newtown', 'E06000098');
const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });
const cumbria = authority('Cumbria', {
  onsCode: 'E10000006',
  region: 'North West',
  noLongerExists: true,
  ceasedOn: day(2023, 4, 1),
});

const ilacs = (who: typeof walsall, date: string, overall: OutcomeSpec, leavers: OutcomeSpec = 'not-judged') =>
  inspection({
    authority: who,
    date,
    type: 'ILACS Standard Inspection',
    judgements: { 'overall-effectiveness': overall, 'care-leavers': leavers },
  });

const held = dataset(
  [
    ilacs(walsall, '2021-10-04', 'good'),
    ilacs(dudley, '2019-03-01', 'inadequate'),
    ilacs(dudley, '2022-10-31', 'requires-improvement'),
    ilacs(sandwell, '2024-05-09', 'outstanding', 'good'),
    ilacs(barnet, '2023-06-01', 'outstanding', 'outstanding'),
    ilacs(cumbria, '2022-09-20', 'requires-improvement'),
    inspection({ authority: walsall, date: '2024-06-01', framework: 'ilacs-visit', type: 'ILACS Focused Visit' }),
  ],
  { authorities: [walsall, dudley, sandwell, newTown, barnet, cumbria] },
);

const options: AuthorityMatrixOptions = {
  asAt: day(2025, 3, 31),
  region: 'West Midlands',
  sort: 'grade',
  authority: 'E08000030',
};

const names = (matrix: ReturnType<typeof authorityMatrix>) => matrix.grid?.rows.map((row) => row.heading);

describe('authorityMatrix', () => {
  it.each<[string, Partial<AuthorityMatrixOptions>, string[]]>([
    ['by Overall effectiveness, best first, uninspected last', {}, ['Sandwell', 'Walsall', 'Dudley', 'Newtown']],
    ['by name', { sort: 'name' }, ['Dudley', 'Newtown', 'Sandwell', 'Walsall']],
    [
      'by the chosen area, not judged after grades, ties by name',
      { area: 'care-leavers' },
      ['Sandwell', 'Dudley', 'Walsall', 'Newtown'],
    ],
    [
      'an earlier grade as at an earlier date',
      { asAt: day(2020, 3, 31) },
      ['Dudley', 'Newtown', 'Sandwell', 'Walsall'],
    ],
    [
      'England, with a ceased authority left out after it ceased',
      { region: undefined },
      ['Barnet', 'Sandwell', 'Walsall', 'Dudley', 'Newtown'],
    ],
    [
      'England before the authority ceased',
      { region: undefined, asAt: day(2023, 3, 31) },
      ['Walsall', 'Cumbria', 'Dudley', 'Barnet', 'Newtown', 'Sandwell'],
    ],
  ])('sorts %s', (_name, change, expected) => {
    expect(names(authorityMatrix(held, { ...options, ...change }))).toEqual(expected);
  });

  it('gives each inspected authority its latest grades and marks the chosen one', () => {
    const matrix = authorityMatrix(held, options);
    expect(matrix.grid?.columns.map((column) => column.heading)).toEqual(['Overall effectiveness', 'Care leavers']);
    const rows = matrix.grid?.rows.map((row) => [
      row.heading,
      row.highlighted ?? false,
      ...row.cells.filter((cell) => cell.kind !== 'covered').map(cellWords),
    ]);
    expect(rows).toEqual([
      ['Sandwell', false, 'Outstanding', 'Good'],
      ['Walsall', true, 'Good', 'Not judged: blank'],
      ['Dudley', false, 'Requires improvement to be good', 'Not judged: blank'],
      ['Newtown', false, 'No ILACS inspection on or before 31 March 2025'],
    ]);
    expect(matrix.grid?.rows[3]?.cells[0]).toMatchObject({ kind: 'note', colSpan: 2 });
    expect(matrix.grid?.countRows.map((row) => [row.label, row.counts])).toEqual([
      ['Outstanding', [1, 0]],
      ['Good', [1, 1]],
      ['Requires improvement', [1, 0]],
      ['Not judged', [0, 2]],
      ['No ILACS inspection by then', [1, 1]],
    ]);
    expect(matrix.inspected).toBe(3);
    expect(matrix.notInspected).toBe(1);
  });

  it('marks the chosen area’s column', () => {
    const matrix = authorityMatrix(held, { ...options, area: 'care-leavers' });
    expect(matrix.grid?.columns.map((column) => column.highlighted)).toEqual([false, true]);
  });

  it.each<[string, Partial<AuthorityMatrixOptions>, string]>([
    [
      'the region at the default date',
      {},
      'West Midlands, as at 31 March 2025: 4 authorities; 2 of the 3 graded for overall effectiveness were good or better (1 outstanding, 1 good and 1 requires improvement to be good). 1 had no ILACS inspection by then.',
    ],
    [
      'the chosen area',
      { area: 'care-leavers' },
      'West Midlands, as at 31 March 2025: 4 authorities; 1 of the 1 graded for care leavers was good or better (1 good). 1 had no ILACS inspection by then.',
    ],
  ])('summarises %s', (_name, change, expected) => {
    expect(authorityMatrix(held, { ...options, ...change }).summary).toBe(expected);
  });

  it.each<[string, Partial<AuthorityMatrixOptions>, string]>([
    [
      'a region with no ILACS inspection by the date',
      { asAt: day(2018, 3, 31) },
      'No authority in West Midlands had an ILACS inspection on or before 31 March 2018. The first ILACS inspection held was on 1 March 2019. Choose a later date or another region.',
    ],
    [
      'no date (no ILACS inspections held)',
      { asAt: undefined },
      'No ILACS inspections are held, so there is no position as at a date to show.',
    ],
  ])('explains %s instead of drawing an empty grid', (_name, change, expected) => {
    const matrix = authorityMatrix(held, { ...options, ...change });
    expect(matrix.grid).toBeUndefined();
    expect(matrix.emptyMessage).toBe(expected);
  });

  it('says when the region came from the chosen authority, and how long England’s grid would be', () => {
    const notes = authorityMatrix(held, { ...options, regionFromAuthority: true }).footnotes;
    expect(notes).toContain(
      'Showing West Midlands, Walsall’s region, so that the grid is not 5 rows long: choose “All regions (England)” under Region to see every authority.',
    );
    expect(authorityMatrix(held, options).footnotes.some((note) => note.startsWith('Showing'))).toBe(false);
  });
});

describe('describePlace', () => {
  const graded = (grade: 'outstanding' | 'good' | 'inadequate'): GridCell => ({
    kind: 'graded',
    grade,
    scale: GRADE_SCALES['ilacs-2018'],
    label: grade,
  });
  it.each<[string, number, number, Array<GridCell | undefined>, string]>([
    [
      'all graded',
      2,
      0,
      [graded('good'), graded('inadequate')],
      'England, as at 31 March 2025: 2 authorities; 1 was good or better for overall effectiveness (1 good and 1 inadequate).',
    ],
    [
      'one authority',
      1,
      0,
      [graded('outstanding')],
      'England, as at 31 March 2025: 1 authority; 1 was good or better for overall effectiveness (1 outstanding).',
    ],
    [
      'none graded',
      2,
      0,
      [{ kind: 'not-judged', reason: 'x' }, undefined],
      'England, as at 31 March 2025: 2 authorities; none had a grade for overall effectiveness.',
    ],
    [
      'some not inspected',
      3,
      2,
      [graded('good')],
      'England, as at 31 March 2025: 3 authorities; 1 of the 1 graded for overall effectiveness was good or better (1 good). 2 had no ILACS inspection by then.',
    ],
  ])('words %s', (_name, authorities, notInspected, cells, expected) => {
    expect(describePlace('England', '31 March 2025', authorities, notInspected, cells, 'Overall effectiveness')).toBe(
      expected,
    );
  });
});
