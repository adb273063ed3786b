// Regions in sentences: "the" before compass-point regions only, and a plain phrase for authorities with no region.
import { describe, expect, it } from 'vitest';
import { inRegion, regionNoun } from '../../../src/components/regionWords';

describe('regionNoun', () => {
  it.each([
    ['North West', 'the North West'],
    ['East of England', 'the East of England'],
    ['North East, Yorkshire and the Humber', 'the North East, Yorkshire and the Humber'],
    ['London', 'London'],
    ['Westmorland', 'Westmorland'],
    ['Yorkshire and the Humber', 'Yorkshire and the Humber'],
    ['Region not recorded', 'authorities with no region recorded'],
  ])('%s → %s', (region, expected) => expect(regionNoun(region)).toBe(expected));
});

describe('inRegion', () => {
  it.each([
    ['West Midlands', 'in the West Midlands'],
    ['London', 'in London'],
    ['North East, Yorkshire and the Humber', 'in the North East, Yorkshire and the Humber'],
    ['Region not recorded', 'among authorities with no region recorded'],
    ['', 'among authorities with no region recorded'],
  ])('%s', (region, expected) => expect(inRegion(region)).toBe(expected));
});
