// Text formatting shared by every view.
import { describe, expect, it } from 'vitest';
import { joinList, lowerFirst, percent } from '../../../src/components/format';

describe('joinList', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j → %s', (items, expected) => expect(joinList(items)).toBe(expected));
});

describe('lowerFirst', () => {
  it.each([
    ['', ''],
    ['Overall effectiveness', 'overall effectiveness'],
    ['The experiences and progress of care leavers', 'the experiences and progress of care leavers'],
    ['SEND support', 'sEND support'],
    ['already lower', 'already lower'],
  ])('%j → %j', (text, expected) => expect(lowerFirst(text)).toBe(expected));
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
