// The bars for one judgement area: the authority's own grade as a full bar, then England, region and comparators as shares.
import { describe, expect, it } from 'vitest';
import { areaChartRows, seriesGrades } from '../../../../src/features/compare/areaChartRows';
import { comparePosition } from '../../../../src/features/compare/comparePosition';
import { LEAVERS, OVERALL } from '../../analytics/build';
import { MARCH_2025, barnet, dudley, key, records, sutton, walsall } from './fixtures';
import type { Authority } from '../../../../src/domain';

function rowsFor(comparators: readonly Authority[], areaId: string) {
  const model = comparePosition(records, key(walsall), MARCH_2025, comparators.map(key));
  if (model.kind !== 'position') throw new Error('expected a position');
  const area = model.areas.find((comparison) => comparison.area.id === areaId);
  if (!area) throw new Error(`no ${areaId}`);
  return areaChartRows('Walsall', area, model.scale);
}

describe('areaChartRows', () => {
  it.each([
    [
      'overall, no comparators',
      [],
      OVERALL,
      [
        ['Walsall', [0, 1, 0, 0], 'Walsall: Good'],
        [
          'England (5)',
          [0.2, 0.4, 0.2, 0.2],
          'England: 1 Outstanding, 2 Good, 1 Requires improvement to be good, 1 Inadequate',
        ],
        [
          'West Midlands (4)',
          [0.25, 0.25, 0.25, 0.25],
          'West Midlands: 1 Outstanding, 1 Good, 1 Requires improvement to be good, 1 Inadequate',
        ],
      ],
    ],
    [
      'care leavers with a comparator not yet inspected',
      [dudley, sutton],
      LEAVERS,
      [
        ['Walsall', [0, 0, 0, 0], 'Walsall: not judged'],
        [
          'England (3)',
          [0, 1 / 3, 1 / 3, 1 / 3],
          'England: 1 Good, 1 Requires improvement to be good, 1 Inadequate; 2 without a grade',
        ],
        ['West Midlands (2)', [0, 0.5, 0, 0.5], 'West Midlands: 1 Good, 1 Inadequate; 2 without a grade'],
        ['Comparators (1)', [0, 1, 0, 0], 'Comparators: 1 Good; 1 without a grade'],
      ],
    ],
    ['one comparator', [barnet], OVERALL, undefined],
  ])('%s', (_name, comparators, areaId, expected) => {
    const rows = rowsFor(comparators, areaId);
    const grades = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
    const described = rows.map((row) => [row.label, grades.map((grade) => row.shares[grade]), row.description]);
    if (expected) expect(described).toEqual(expected);
    else
      expect(rows.at(-1)).toMatchObject({
        id: 'comparators',
        label: 'Comparators (1)',
        description: 'Comparators: 1 Good',
      });
  });

  it('stacks the ILACS grades best first', () => {
    const model = comparePosition(records, key(walsall), MARCH_2025, []);
    if (model.kind !== 'position') throw new Error('expected a position');
    expect(seriesGrades(model.scale)).toEqual(['outstanding', 'good', 'requires-improvement', 'inadequate']);
  });
});
