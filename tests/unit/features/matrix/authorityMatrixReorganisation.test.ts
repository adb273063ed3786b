// The authorities-by-areas matrix over a reorganisation, on Ofsted's real data: the old authority until the day it
// ceased, the new ones from the day they began.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, PartialDate } from '../../../../src/domain';
import { authorityMatrix } from '../../../../src/features/matrix/authorityMatrix';
import { loadDefaultDatasetFromDisk } from '../../../helpers/realData';

const day = (year: number, month: number, d: number): PartialDate => ({ precision: 'day', year, month, day: d });

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
});

describe('the authorities-by-areas matrix lists an authority only while it existed', () => {
  const listed = (asAt: PartialDate) => {
    const matrix = authorityMatrix(dataset, {
      asAt,
      region: 'East Midlands',
      area: undefined,
      sort: 'name',
      authority: 'E06000061',
    });
    return matrix.grid?.rows.map((row) => row.heading) ?? [];
  };

  it('has Northamptonshire until 31 March 2021 and the two new authorities from 1 April 2021, not before', () => {
    const before = listed(day(2021, 3, 31));
    expect(before).toContain('Northamptonshire');
    expect(before).not.toContain('North Northamptonshire');
    expect(before).not.toContain('West Northamptonshire');
    const after = listed(day(2021, 4, 1));
    expect(after).not.toContain('Northamptonshire');
    expect(after).toEqual(expect.arrayContaining(['North Northamptonshire', 'West Northamptonshire']));
    // Uninspected until October 2022: listed, with no grade, once they existed.
    expect(after.length).toBe(before.length + 1);
  });
});
