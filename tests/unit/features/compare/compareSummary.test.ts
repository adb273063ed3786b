// The sentences above the comparison and the comparator table, and the notes under them.
import { describe, expect, it } from 'vitest';
import { scaleOfFramework } from '../../../../src/analytics';
import { comparatorRanking } from '../../../../src/features/compare/comparatorRanking';
import { comparatorNotices, comparisonNotes, endingNote } from '../../../../src/features/compare/compareNotes';
import { comparePosition } from '../../../../src/features/compare/comparePosition';
import { describeArea, describeNotInspected } from '../../../../src/features/compare/compareSummary';
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
import type { Authority, PartialDate } from '../../../../src/domain';

function positionOf(who: Authority, asAt: PartialDate, comparators: readonly Authority[]) {
  const model = comparePosition(records, key(who), asAt, comparators.map(key));
  if (model.kind !== 'position') throw new Error('expected a position');
  return model;
}

// inRegion moved with the code: tests/unit/components/regionWords.test.ts.

describe('describeArea', () => {
  it.each([
    [
      'no comparators',
      walsall,
      MARCH_2025,
      [],
      OVERALL,
      'As at 31 March 2025 Walsall was judged Good for overall effectiveness (inspected 4 October 2021). 60% of authorities in England (3 of 5) and 2 of 4 in the West Midlands were good or better.',
    ],
    [
      'all comparators graded',
      walsall,
      MARCH_2025,
      [barnet, dudley, telford],
      OVERALL,
      'As at 31 March 2025 Walsall was judged Good for overall effectiveness (inspected 4 October 2021). 60% of authorities in England (3 of 5) and 2 of 4 in the West Midlands were good or better. 2 of 3 chosen comparators were good or better.',
    ],
    [
      'some comparators without a grade',
      walsall,
      MARCH_2025,
      [sutton, cumbria, sandwell],
      OVERALL,
      'As at 31 March 2025 Walsall was judged Good for overall effectiveness (inspected 4 October 2021). 60% of authorities in England (3 of 5) and 2 of 4 in the West Midlands were good or better. 0 of 1 chosen comparator with a grade was good or better (2 others had no grade as at the date).',
    ],
    [
      'no comparator with a grade',
      walsall,
      MARCH_2025,
      [sutton],
      OVERALL,
      'As at 31 March 2025 Walsall was judged Good for overall effectiveness (inspected 4 October 2021). 60% of authorities in England (3 of 5) and 2 of 4 in the West Midlands were good or better. The chosen comparator had no grade for this area as at the date.',
    ],
    [
      'the authority not judged on the area',
      walsall,
      MARCH_2025,
      [dudley],
      LEAVERS,
      'As at 31 March 2025 Walsall had no grade for the experiences and progress of care leavers: its latest inspection (4 October 2021) did not judge it. 33% of authorities in England (1 of 3) and 1 of 2 in the West Midlands were good or better. 1 of 1 chosen comparator was good or better.',
    ],
    [
      'nobody in England graded on the area yet',
      walsall,
      MARCH_2022,
      [],
      LEAVERS,
      'As at 31 March 2022 Walsall had no grade for the experiences and progress of care leavers: its latest inspection (4 October 2021) did not judge it. No authority in England had a grade for this area.',
    ],
    [
      'London',
      barnet,
      MARCH_2025,
      [walsall],
      HELP,
      'As at 31 March 2025 Barnet was judged Outstanding for the experiences and progress of children who need help and protection (inspected 4 November 2024). 80% of authorities in England (4 of 5) and 1 of 1 in London was good or better. 1 of 1 chosen comparator was good or better.',
    ],
  ])('%s', (_name, who, asAt, comparators, areaId, expected) => {
    const model = positionOf(who, asAt, comparators);
    const area = model.areas.find((comparison) => comparison.area.id === areaId);
    if (!area) throw new Error(`no ${areaId}`);
    expect(describeArea(model, area)).toBe(expected);
  });
});

describe('describeNotInspected', () => {
  it.each([
    [
      walsall,
      date('2019-03-31'),
      'Walsall had no inspection under the ILACS framework (from 2018) on or before 31 March 2019. Choose a later date or another authority.',
    ],
    [
      cumbria,
      MARCH_2025,
      'Cumbria no longer existed on 31 March 2025: it ceased on 1 April 2023. Choose an earlier date or another authority.',
    ],
    [
      { name: 'West Northamptonshire', onsCode: 'E06000062', startedOn: date('2021-04-01') },
      date('2020-03-31'),
      'West Northamptonshire did not exist yet on 31 March 2020: it began on 1 April 2021. Choose a later date or another authority.',
    ],
    [
      undefined,
      MARCH_2025,
      'This authority had no inspection under the ILACS framework (from 2018) on or before 31 March 2025. Choose a later date or another authority.',
    ],
  ])('%#', (who, asAt, expected) => expect(describeNotInspected(who, asAt)).toBe(expected));
});

describe('comparatorRanking', () => {
  const scale = scaleOfFramework('ilacs');
  it.each([
    [
      'mixed grades and one not inspected',
      [telford, sutton, dudley, barnet, sandwell],
      OVERALL,
      ['Telford & Wrekin', 'Barnet', 'Dudley', 'Sandwell', 'Sutton'],
      '2 of the 4 chosen comparators with a grade for overall effectiveness were good or better as at 31 March 2025. 1 other has no grade to compare. Against Walsall’s Good: 1 better, 1 the same and 2 worse.',
    ],
    [
      'Walsall not judged on the area',
      [telford, dudley],
      LEAVERS,
      ['Dudley', 'Telford & Wrekin'],
      'The one chosen comparator with a grade for the experiences and progress of care leavers was good or better as at 31 March 2025. 1 other has no grade to compare.',
    ],
    [
      'one graded, not good',
      [sandwell],
      OVERALL,
      ['Sandwell'],
      'The one chosen comparator with a grade for overall effectiveness was not good or better as at 31 March 2025. Against Walsall’s Good: 0 better, 0 the same and 1 worse.',
    ],
    [
      'nobody graded',
      [sutton, cumbria],
      OVERALL,
      ['Sutton', 'Cumbria'],
      'None of the chosen comparators had a grade for overall effectiveness as at 31 March 2025. 2 others have no grade to compare.',
    ],
  ])('%s', (_name, comparators, areaId, order, summary) => {
    const model = positionOf(walsall, MARCH_2025, comparators);
    const area = model.areas.find((comparison) => comparison.area.id === areaId);
    if (!area) throw new Error(`no ${areaId}`);
    const ranking = comparatorRanking(area.comparatorGrades, area.area, 'Walsall', area.outcome, scale, MARCH_2025);
    expect(ranking.rows.map((row) => row.name)).toEqual(order);
    expect(ranking.summary).toBe(summary);
  });
});

describe('notes', () => {
  it('say what is compared, whose grades are missing, and who had ceased', () => {
    const model = positionOf(walsall, MARCH_2025, [sutton, cumbria, dudley]);
    expect(
      comparisonNotes({
        dataset: records,
        asAt: MARCH_2025,
        authority: walsall,
        regionName: model.regionName,
        areas: model.areas,
      }),
    ).toEqual([
      'Grades compared are each authority’s latest inspection under the ILACS framework (from 2018) on or before 31 March 2025. Focused and monitoring visits make no graded judgements and are left out.',
      'The figures for England and the West Midlands include Walsall itself. Good or better means Outstanding or Good.',
      'The experiences and progress of care leavers has been judged only since 1 January 2023: authorities last inspected before then have no grade for it and are counted as not judged.',
      'Not inspected by 31 March 2025 under ILACS, so left out of the comparator counts: Sutton.',
      'Authorities that no longer existed on 31 March 2025 are left out of every count: Cumbria (from 1 April 2023).',
    ]);
  });

  it.each([
    [
      cumbria,
      'Cumbria no longer exists: it ceased on 1 April 2023, replaced by Cumberland, and Westmorland and Furness. Its grades are shown as they stood on the date chosen.',
    ],
    [
      { name: 'Oldshire', noLongerExists: true },
      'Oldshire no longer exists. Its grades are shown as they stood on the date chosen.',
    ],
    [walsall, undefined],
  ])('say when the authority compared no longer exists (%#)', (who, expected) => {
    expect(endingNote(who)).toBe(expected);
  });

  it('end with the ending of a ceased authority compared before it ceased', () => {
    const model = positionOf(cumbria, MARCH_2022, []);
    const notes = comparisonNotes({
      dataset: records,
      asAt: MARCH_2022,
      authority: cumbria,
      regionName: model.regionName,
      areas: model.areas,
    });
    expect(notes.at(-1)).toMatch(/^Cumbria no longer exists: it ceased on 1 April 2023/);
  });

  it('leave out the care leavers, missing and ceased notes when they do not apply', () => {
    const model = positionOf(walsall, MARCH_2022, [dudley]);
    const overallOnly = model.areas.filter((area) => area.area.id === OVERALL);
    const notes = comparisonNotes({
      dataset: records,
      asAt: MARCH_2022,
      authority: walsall,
      regionName: model.regionName,
      areas: overallOnly,
    });
    expect(notes).toHaveLength(3);
    expect(notes[2]).toBe('Not inspected by 31 March 2022 under ILACS, so left out of the comparator counts: Dudley.');
  });

  it.each([
    [[], false, []],
    [
      ['E99999999'],
      false,
      ['The link named an authority code this data does not hold, “E99999999”: it has been ignored.'],
    ],
    [
      ['A', 'B'],
      true,
      [
        'The link named 2 authority codes this data does not hold, “A” and “B”: they have been ignored.',
        'Walsall is the authority being compared, so it is not listed among its own comparators.',
      ],
    ],
  ])('notices for %j', (unknown, withSelf, expected) => {
    expect(comparatorNotices(unknown, withSelf, 'Walsall')).toEqual(expected);
  });
});
