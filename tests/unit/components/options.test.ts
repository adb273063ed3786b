// Which authority a view shows when the address names one the data may not hold, and the order filters list choices in.
import { describe, expect, it } from 'vitest';
import { authorityOptions, chosenAuthority, regionOptions } from '../../../src/components/filters/options';
import { authority, dataset, inspection } from '../analytics/build';

const walsall = authority('Walsall', { onsCode: 'E08000030' });
const barnet = authority('Barnet', { onsCode: 'E09000003' });
const bury = authority('Bury', { onsCode: 'E08000002' });
const held = (...who: ReturnType<typeof authority>[]) =>
  dataset(who.map((one) => inspection({ authority: one, date: '2021-10-04' })));

describe('chosenAuthority', () => {
  it.each([
    ['the one asked for, when held', held(walsall, barnet), 'E09000003', 'E09000003'],
    ['Walsall when nothing is asked for', held(barnet, walsall), '', 'E08000030'],
    ['Walsall for a code the data does not hold', held(barnet, walsall), 'E99999999', 'E08000030'],
    ['the first held when the data has no Walsall', held(bury, barnet), 'E99999999', 'E08000002'],
    ['none when no authority is held', held(), 'E08000030', undefined],
  ])('is %s', (_name, data, requested, expected) => {
    expect(chosenAuthority(data, requested)).toBe(expected);
  });
});

describe('option order', () => {
  it('lists authorities and regions in English alphabetical order, as en-GB collation sorts them', () => {
    const names = [
      'Walsall',
      'St Helens',
      'Southend-on-Sea',
      'southwark',
      'Barnet',
      'Bath and North East Somerset',
      'Ōtherton',
    ];
    const regions = ['West Midlands', 'east of England', 'London', 'North East'];
    const data = dataset(
      names.map((name, i) =>
        inspection({
          authority: authority(name, {
            onsCode: `E0900${String(i).padStart(4, '0')}`,
            region: regions[i % regions.length]!,
          }),
          date: '2021-10-04',
        }),
      ),
    );
    const expected = [...names].sort((a, b) => a.localeCompare(b, 'en-GB'));
    expect(authorityOptions(data)[0]!.options.map((option) => option.label)).toEqual(expected);
    expect(expected.indexOf('southwark')).toBeGreaterThan(expected.indexOf('Southend-on-Sea'));
    expect(regionOptions(data).map((option) => option.label)).toEqual([
      'east of England',
      'London',
      'North East',
      'West Midlands',
    ]);
  });
});
