// The comparator picker's list: who is offered, what a search finds, and what "Add all in <region>" adds.
import { describe, expect, it } from 'vitest';
import {
  comparatorChoices,
  matchMessage,
  regionAdditions,
  searchChoices,
} from '../../../../src/features/compare/comparatorChoices';
import { dataset } from '../../analytics/build';
import { records } from './fixtures';

const choices = comparatorChoices(records, 'E08000030');
const names = (keys: readonly { name: string }[]) => keys.map((choice) => choice.name);

describe('comparatorChoices', () => {
  it('offers every other authority by name, former ones included and marked', () => {
    expect(names(choices)).toEqual(['Barnet', 'Cumbria', 'Dudley', 'Sandwell', 'Sutton', 'Telford & Wrekin']);
    expect(choices.find((choice) => choice.name === 'Cumbria')?.noLongerExists).toBe(true);
  });

  it('offers nothing from empty data', () => expect(comparatorChoices(dataset([]), 'E08000030')).toEqual([]));
});

describe('searchChoices', () => {
  it.each([
    ['', ['Barnet', 'Cumbria', 'Dudley', 'Sandwell', 'Sutton', 'Telford & Wrekin']],
    ['   ', ['Barnet', 'Cumbria', 'Dudley', 'Sandwell', 'Sutton', 'Telford & Wrekin']],
    ['s', ['Sandwell', 'Sutton']],
    ['SUT', ['Sutton']],
    ['west mid', ['Dudley', 'Sandwell', 'Telford & Wrekin']],
    ['london', ['Barnet', 'Sutton']],
    ['telford and wrekin', ['Telford & Wrekin']],
    ['wrekin', ['Telford & Wrekin']],
    ['E10000006', ['Cumbria']],
    ['dudley council', ['Dudley']],
    ['udley', []],
    ['zzz', []],
  ])('“%s”', (query, expected) => expect(names(searchChoices(choices, query))).toEqual(expected));
});

describe('regionAdditions', () => {
  it.each([
    ['West Midlands', [], ['E08000027', 'E08000028', 'E06000020']],
    ['West Midlands', ['E08000028'], ['E08000027', 'E06000020']],
    ['North West', [], []],
    ['Nowhere', [], []],
    [undefined, [], []],
  ])('%s less %j', (region, chosen, expected) => expect(regionAdditions(choices, region, chosen)).toEqual(expected));
});

describe('matchMessage', () => {
  it.each([
    [155, '', '155 authorities to choose from.'],
    [1, 'sut', '1 authority matches “sut”.'],
    [12, ' west ', '12 authorities match “west”.'],
    [0, 'zzz', 'No authorities match “zzz”. Try fewer letters.'],
  ])('%i for “%s”', (matches, query, expected) => expect(matchMessage(matches, query)).toBe(expected));
});
