// Text formatting shared by every view.
import { describe, expect, it } from 'vitest';
import { joinList, percent } from '../../../src/components/format';

describe('joinList', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j → %s', (items, expected) => expect(joinList(items)).toBe(expected));
});

describe('percent', () => {
  it.each([
    [null, '–'],
    [0, '0%'],
    [0.364, '36%'],
    [2 / 3, '67%'],
    [1, '100%'],
  ])('%s → %s', (share, expected) => expect(percent(share)).toBe(expected));
});
