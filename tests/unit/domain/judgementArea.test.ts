// Judgement areas' short names (axes, headings) and sentence words: Ofsted's areas have both, a user's own area keeps its label.
import { describe, expect, it } from 'vitest';
import { KNOWN_AREAS, areaWords, judgementAreaFor, knownArea, shortAreaLabel } from '../../../src/domain';

describe('shortAreaLabel and areaWords', () => {
  it.each([
    ['overall-effectiveness', 'Overall effectiveness', 'overall effectiveness'],
    ['impact-of-leaders', 'Impact of leaders', 'the impact of leaders'],
    ['help-and-protection', 'Help and protection', 'children who need help and protection'],
    ['children-in-care', 'Children in care', 'children in care'],
    ['care-leavers', 'Care leavers', 'care leavers'],
  ])('%s → “%s” and “%s”', (id, short, words) => {
    const area = KNOWN_AREAS.find((known) => known.id === id)!;
    expect(shortAreaLabel(area)).toBe(short);
    expect(areaWords(area)).toBe(words);
  });

  it('finds a known area by its id, whatever wording it was read from', () => {
    const area = judgementAreaFor('Children looked after');
    expect(shortAreaLabel(area)).toBe('Children in care');
    expect(areaWords(area)).toBe('children in care');
  });

  it.each([
    ['The experiences and progress of children in care', 'children-in-care'],
    ['Experiences and progress of children in care', 'children-in-care'],
    ['experiences and progress of care leavers', 'care-leavers'],
  ])('knows “%s” with or without Ofsted’s leading “The”', (wording, id) => {
    expect(knownArea(wording)?.id).toBe(id);
  });

  it('leaves an area from a user’s own file in its own words', () => {
    const own = judgementAreaFor('SEND  provision');
    expect(shortAreaLabel(own)).toBe('SEND provision');
    expect(areaWords(own)).toBe('SEND provision');
  });
});
