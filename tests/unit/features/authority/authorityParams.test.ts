// Reading the authority view's state from the address bar: bad or unknown values fall back to defaults.
import { describe, expect, it } from 'vitest';
import { inspectionYears } from '../../../../src/components/filters/options';
import { readAuthorityParams } from '../../../../src/features/authority/authorityParams';
import { datasetOf, ilacs, tidy, walsallDataset } from './authorityFixtures';

describe('readAuthorityParams', () => {
  const dataset = walsallDataset();
  const withBury = datasetOf({
    'a.csv': tidy(ilacs('Bury', 'E08000002', '2019-01-07', ['Good', 'Good', 'Good', 'Good'])),
  });

  it.each([
    ['nothing: Walsall, no filters', '', { authority: 'E08000030' }],
    ['an unknown authority falls back to Walsall', '?authority=E99999999', { authority: 'E08000030' }],
    [
      'every filter read',
      '?authority=E08000030&type=Joint+inspection&from=2008&to=2021&area=overall-effectiveness&before=2012-06.slac&after=2021-10-04.ilacs',
      {
        authority: 'E08000030',
        type: 'Joint inspection',
        from: 2008,
        to: 2021,
        area: 'overall-effectiveness',
        before: '2012-06.slac',
        after: '2021-10-04.ilacs',
      },
    ],
    ['an unknown type and area are dropped', '?type=Tea+party&area=biscuits', { authority: 'E08000030' }],
    ['years that are not four digits are dropped', '?from=twenty&to=20211', { authority: 'E08000030' }],
  ])('%s', (_name, search, expected) => {
    expect(readAuthorityParams(new URLSearchParams(search), dataset)).toEqual(expected);
  });

  it('falls back to the first authority held when Walsall is not there', () => {
    expect(readAuthorityParams(new URLSearchParams('?authority=nope'), withBury)).toEqual({ authority: 'E08000002' });
  });

  it('is undefined when no authority is held', () => {
    expect(readAuthorityParams(new URLSearchParams(''), datasetOf({}))).toBeUndefined();
  });
});

describe('inspectionYears', () => {
  it.each([
    ['Walsall: 2008 to 2023 with no gaps', walsallDataset(), 2008, 2023, 16],
    ['no inspections', datasetOf({}), undefined, undefined, 0],
  ])('%s', (_name, dataset, first, last, count) => {
    const years = inspectionYears(dataset);
    expect([years[0], years[years.length - 1], years.length]).toEqual([first, last, count]);
  });
});
