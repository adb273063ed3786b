// Which inspections the filters keep, and the messages for ceased authorities and filters that keep nothing.
import { describe, expect, it } from 'vitest';
import { selectInspections } from '../../../../src/features/authority/authoritySelection';
import type { AuthorityParams } from '../../../../src/features/authority/authorityParams';
import { formatIso } from '../../../../src/domain';
import { WALSALL, datasetOf, ilacs, tidy, walsallDataset } from './authorityFixtures';

const CUMBRIA = 'E10000006';

describe('selectInspections', () => {
  const dataset = datasetOf({
    'cumbria.csv': tidy(
      ilacs('Cumbria', CUMBRIA, '2022-09-20', ['Requires improvement to be good', 'Good', 'Good', 'Good']),
    ),
  });
  const walsall = walsallDataset();

  it.each<[string, AuthorityParams, string[], string | undefined]>([
    [
      'no filters: everything, oldest first',
      { authority: WALSALL },
      ['2008', '2012-06', '2021-10-04', '2023-05-10'],
      undefined,
    ],
    ['years are inclusive', { authority: WALSALL, from: 2012, to: 2021 }, ['2012-06', '2021-10-04'], undefined],
    ['a type', { authority: WALSALL, type: 'LA Monitoring visit' }, ['2023-05-10'], undefined],
    [
      'filters that keep nothing say what to do',
      { authority: WALSALL, type: 'Joint inspection', from: 2020 },
      [],
      'No inspections match these filters: widen the years or clear the type.',
    ],
    [
      'years that run backwards say so, rather than that nothing matches',
      { authority: WALSALL, from: 2021, to: 2012 },
      [],
      'The years run backwards: From 2021 is after To 2012. Choose a From year on or before the To year.',
    ],
  ])('%s', (_name, params, dates, empty) => {
    const selection = selectInspections(walsall, params);
    expect(selection?.entries.map(({ inspection }) => formatIso(inspection.date))).toEqual(dates);
    expect(selection?.empty).toBe(empty);
    expect(selection?.ceased).toBeUndefined();
  });

  it('says a ceased authority no longer exists, with its last inspection year and the day it ceased', () => {
    const selection = selectInspections(dataset, { authority: CUMBRIA });
    expect(selection?.ceased?.message).toBe(
      'No inspections for Cumbria after 2022: the authority no longer exists (it ceased on 1 April 2023).',
    );
    expect(selection?.ceased?.replacedBy).toBe('Cumberland, and Westmorland and Furness');
    expect(selection?.empty).toBeUndefined();
  });

  it('says an authority made by a reorganisation did not exist before it began, when the years end before then', () => {
    const made = datasetOf({
      'north.csv': tidy(
        ilacs('North Northamptonshire', 'E06000061', '2022-10-03', [
          'Requires improvement to be good',
          'Requires improvement to be good',
          'Requires improvement to be good',
          'Good',
        ]),
      ),
    });
    expect(made.authorities.get('E06000061')?.startedOn).toEqual({ precision: 'day', year: 2021, month: 4, day: 1 });
    expect(selectInspections(made, { authority: 'E06000061', to: 2020 })?.empty).toBe(
      'North Northamptonshire did not exist before 1 April 2021: it was made when the authorities before it were reorganised. Choose years from 2021.',
    );
    expect(selectInspections(made, { authority: 'E06000061', to: 2021 })?.empty).toBe(
      'No inspections match these filters: widen the years or clear the type.',
    );
  });

  it('gives the ceased message when the years start after its last inspection', () => {
    const selection = selectInspections(dataset, { authority: CUMBRIA, from: 2024 });
    expect(selection?.entries).toEqual([]);
    expect(selection?.empty).toMatch(/^No inspections for Cumbria after 2022: the authority no longer exists/);
  });

  it('is undefined for an authority the dataset does not hold', () => {
    expect(selectInspections(walsall, { authority: 'E99999999' })).toBeUndefined();
  });
});
