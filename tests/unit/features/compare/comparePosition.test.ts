// The comparison model: the authority's grade per area, England, its region and the chosen comparators.
import { describe, expect, it } from 'vitest';
import { comparePosition } from '../../../../src/features/compare/comparePosition';
import { HELP, LEAVERS, OVERALL, date } from '../../analytics/build';
import {
  MARCH_2022,
  MARCH_2025,
  barnet,
  cumbria,
  dudley,
  key,
  records,
  sandwell,
  sutton,
  telford,
  walsall,
} from './fixtures';

const describeComparators = (model: ReturnType<typeof comparePosition>, areaId: string) => {
  if (model.kind !== 'position') return undefined;
  return model.areas
    .find((area) => area.area.id === areaId)
    ?.comparatorGrades.map((status) => [
      status.name,
      status.state.kind === 'graded' ? status.state.grade : status.state.kind,
    ]);
};

describe('comparePosition', () => {
  it.each([
    // [name, authority, as at, comparators, area, own grade, England counts O/G/RI/I, region counts, region judged, comparators counts or undefined]
    ['overall, no comparators', walsall, MARCH_2025, [], OVERALL, 'good', [1, 2, 1, 1], [1, 1, 1, 1], 4, undefined],
    [
      'overall with three comparators',
      walsall,
      MARCH_2025,
      [barnet, dudley, telford],
      OVERALL,
      'good',
      [1, 2, 1, 1],
      [1, 1, 1, 1],
      4,
      [1, 1, 1, 0],
    ],
    [
      'help and protection',
      walsall,
      MARCH_2025,
      [barnet, sandwell],
      HELP,
      'good',
      [1, 3, 0, 1],
      [0, 3, 0, 1],
      4,
      [1, 0, 0, 1],
    ],
    [
      'care leavers, not judged for Walsall',
      walsall,
      MARCH_2025,
      [dudley, telford],
      LEAVERS,
      'not-judged',
      [0, 1, 1, 1],
      [0, 1, 0, 1],
      2,
      [0, 1, 0, 0],
    ],
    [
      'before Sandwell and Dudley were inspected, Cumbria still counts',
      walsall,
      MARCH_2022,
      [cumbria, dudley],
      OVERALL,
      'good',
      [1, 1, 1, 0],
      [1, 1, 0, 0],
      2,
      [0, 0, 1, 0],
    ],
  ])('%s', (_name, who, asAt, comparators, areaId, ownGrade, england, region, regionJudged, comparatorCounts) => {
    const model = comparePosition(records, key(who), asAt, comparators.map(key));
    expect(model.kind).toBe('position');
    if (model.kind !== 'position') return;
    const area = model.areas.find((comparison) => comparison.area.id === areaId);
    expect(area?.outcome.kind === 'graded' ? area.outcome.grade : area?.outcome.kind).toBe(ownGrade);
    expect(area?.england.rows.map((row) => row.count)).toEqual(england);
    expect(area?.region.rows.map((row) => row.count)).toEqual(region);
    expect(area?.region.label).toBe('West Midlands');
    expect(area?.region.judged).toBe(regionJudged);
    expect(area?.comparators?.rows.map((row) => row.count)).toEqual(comparatorCounts);
    expect(model.comparatorCount).toBe(comparators.length);
  });

  it('says which comparators had no grade, and why', () => {
    const model = comparePosition(records, key(walsall), MARCH_2025, [
      key(sutton),
      key(cumbria),
      key(dudley),
      'E99999999',
    ]);
    expect(describeComparators(model, OVERALL)).toEqual([
      ['Sutton', 'not-inspected'],
      ['Cumbria', 'ceased'],
      ['Dudley', 'requires-improvement'],
    ]);
    expect(describeComparators(model, LEAVERS)).toEqual([
      ['Sutton', 'not-inspected'],
      ['Cumbria', 'ceased'],
      ['Dudley', 'good'],
    ]);
    if (model.kind !== 'position') throw new Error('expected a position');
    const overall = model.areas.find((area) => area.area.id === OVERALL);
    expect(overall?.comparators).toMatchObject({ judged: 1, goodOrBetter: 0, notJudged: 2 });
    expect(model.comparatorCount).toBe(3);
  });

  it.each([
    ['before any ILACS inspection (the 2012 summary counts do not count)', walsall, date('2019-03-31'), undefined],
    ['a ceased authority after it ceased', cumbria, MARCH_2025, date('2023-04-01')],
    ['an authority inspected only after the date', sutton, MARCH_2025, undefined],
    ['a code the data does not hold', { name: 'Nowhere', onsCode: 'E99999999' }, MARCH_2025, undefined],
  ])('is "not inspected" for %s', (_name, who, asAt, ceasedOn) => {
    const model = comparePosition(records, key(who), asAt, [key(barnet)]);
    expect(model.kind).toBe('not-inspected');
    if (model.kind === 'not-inspected') expect(model.ceasedOn).toEqual(ceasedOn);
  });

  it('compares a ceased authority at a date when it still existed', () => {
    const model = comparePosition(records, key(cumbria), MARCH_2022, [key(walsall)]);
    expect(model.kind).toBe('position');
    if (model.kind === 'position') {
      expect(model.regionName).toBe('North West');
      expect(model.areas.map((area) => area.area.id)).toEqual([OVERALL, HELP]);
    }
  });
});
