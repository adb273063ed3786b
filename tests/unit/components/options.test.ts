// Which authority a view shows when the address names one the data may not hold.
import { describe, expect, it } from 'vitest';
import { chosenAuthority } from '../../../src/components/filters/options';
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
