// Query-string state: updates, removals, stable order, and lists of codes.
import { describe, expect, it } from 'vitest';
import { applyUpdate, readList, writeList } from '../../../src/components/url/urlParams';

describe('applyUpdate', () => {
  it.each([
    ['adds to an empty query', '', { view: 'england' }, '?view=england'],
    ['replaces a value', '?view=authority', { view: 'england' }, '?view=england'],
    ['removes on null', '?region=London&view=england', { region: null }, '?view=england'],
    ['removes on empty string', '?region=London', { region: '' }, ''],
    [
      'keeps other keys and sorts them',
      '?view=england&area=x',
      { asAt: '2025-03-31' },
      '?area=x&asAt=2025-03-31&view=england',
    ],
    [
      'encodes commas and spaces',
      '',
      { region: 'North East, Yorkshire and the Humber' },
      '?region=North+East%2C+Yorkshire+and+the+Humber',
    ],
  ])('%s', (_name, search, update, expected) => {
    expect(applyUpdate(search, update)).toBe(expected);
  });
});

describe('lists', () => {
  it.each([
    ['', []],
    ['E08000030', ['E08000030']],
    ['E08000030, E08000031,,', ['E08000030', 'E08000031']],
  ])('reads %j', (value, expected) => {
    expect(readList(new URLSearchParams({ with: value }), 'with')).toEqual(expected);
  });

  it('writes unique items, or nothing for none', () => {
    expect(writeList(['a', 'b', 'a'])).toBe('a,b');
    expect(writeList([])).toBeNull();
  });
});
