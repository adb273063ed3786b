// The filters in words for an exported image's subtitle.
import { describe, expect, it } from 'vitest';
import { filterSubtitle, yearsWords } from '../../../../src/components/export/subtitle';

describe('yearsWords', () => {
  it.each([
    [{}, 'All years'],
    [{ from: 2012, to: 2021 }, '2012 to 2021'],
    [{ from: 2021, to: 2021 }, '2021'],
    [{ from: 2012 }, 'From 2012'],
    [{ to: 2021 }, 'To 2021'],
  ])('%j → %s', (range, expected) => {
    expect(yearsWords(range)).toBe(expected);
  });
});

describe('filterSubtitle', () => {
  it('joins the parts that are set, in order', () => {
    expect(filterSubtitle(['Walsall', undefined, '', '  ', 'All years'])).toBe('Walsall · All years');
    expect(filterSubtitle([])).toBe('');
  });
});
