// Reading the England view's state from the address bar: every bad value falls back to its default and is reported.
import { describe, expect, it } from 'vitest';
import { readEnglandState } from '../../../../src/features/england/englandParams';
import { formatIso, type PartialDate } from '../../../../src/domain';

const DEFAULT: PartialDate = { precision: 'day', year: 2025, month: 3, day: 31 };
const choices = {
  defaultAsAt: DEFAULT,
  regions: ['London', 'North West'],
  areaIds: ['overall-effectiveness', 'care-leavers'],
};

interface Case {
  readonly query: string;
  readonly asAt: string;
  readonly region?: string;
  readonly areaId?: string;
  readonly problems: number;
}

describe('readEnglandState', () => {
  it.each<Case>([
    { query: '', asAt: '2025-03-31', problems: 0 },
    { query: 'view=england&asAt=2021-03-31', asAt: '2021-03-31', problems: 0 },
    { query: 'asAt=2030-01-01', asAt: '2030-01-01', problems: 0 },
    { query: 'asAt=2017-12-31', asAt: '2017-12-31', problems: 0 },
    { query: 'asAt=', asAt: '2025-03-31', problems: 0 },
    { query: 'asAt=yesterday', asAt: '2025-03-31', problems: 1 },
    { query: 'asAt=2025-02-30', asAt: '2025-03-31', problems: 1 },
    { query: 'asAt=2024-03', asAt: '2025-03-31', problems: 1 },
    { query: 'asAt=2024', asAt: '2025-03-31', problems: 1 },
    { query: 'region=London', asAt: '2025-03-31', region: 'London', problems: 0 },
    { query: 'region=Narnia', asAt: '2025-03-31', problems: 1 },
    { query: 'region=london', asAt: '2025-03-31', problems: 1 },
    { query: 'area=care-leavers', asAt: '2025-03-31', areaId: 'care-leavers', problems: 0 },
    { query: 'area=quality-of-biscuits', asAt: '2025-03-31', problems: 1 },
    { query: 'asAt=nope&region=Narnia&area=nope', asAt: '2025-03-31', problems: 3 },
    {
      query: 'asAt=2023-03-31&region=North%20West&area=overall-effectiveness',
      asAt: '2023-03-31',
      region: 'North West',
      areaId: 'overall-effectiveness',
      problems: 0,
    },
  ])('?$query', ({ query, asAt, region, areaId, problems }) => {
    const state = readEnglandState(new URLSearchParams(query), choices);
    expect(formatIso(state.asAt)).toBe(asAt);
    expect(state.region).toBe(region);
    expect(state.areaId).toBe(areaId);
    expect(state.problems).toHaveLength(problems);
  });

  it('names the bad value and what is shown instead', () => {
    const state = readEnglandState(new URLSearchParams('asAt=yesterday'), choices);
    expect(state.problems[0]).toBe(
      '‘yesterday’ in the address is not a date like 2025-03-31, so the default date is shown.',
    );
  });
});

describe('readEnglandState: the improvement journeys’ strand and years', () => {
  it.each([
    { query: '', strandId: 'whole-service', years: {}, problems: 0 },
    { query: 'strand=children-in-care', strandId: 'children-in-care', years: {}, problems: 0 },
    { query: 'strand=biscuits', strandId: 'whole-service', years: {}, problems: 1 },
    { query: 'from=2014&to=2020', strandId: 'whole-service', years: { from: 2014, to: 2020 }, problems: 0 },
    { query: 'from=2014', strandId: 'whole-service', years: { from: 2014 }, problems: 0 },
    { query: 'from=2020&to=2014', strandId: 'whole-service', years: { from: 2014, to: 2020 }, problems: 1 },
  ])('?$query', ({ query, strandId, years, problems }) => {
    const state = readEnglandState(new URLSearchParams(query), choices);
    expect(state.strandId).toBe(strandId);
    expect(state.years).toEqual(years);
    expect(state.problems).toHaveLength(problems);
  });
});
