// Judgement areas as rows or columns: Ofsted's known areas in their order, then unfamiliar ones as first met.
import { describe, expect, it } from 'vitest';
import { areasOf } from '../../../../src/features/matrix/areaOrder';
import { authority, inspection, type OutcomeSpec } from '../../analytics/build';

const walsall = authority('Walsall', { onsCode: 'E08000030' });
const held = (...judgementSets: Array<Record<string, OutcomeSpec>>) =>
  judgementSets.map((judgements, i) => inspection({ authority: walsall, date: `${2018 + i}-01-01`, judgements }));

describe('areasOf', () => {
  it.each<[string, ReturnType<typeof held>, string[]]>([
    ['nothing for no inspections', [], []],
    [
      'nothing for an inspection known only by counts',
      [inspection({ authority: walsall, date: '2012-06', summaryCounts: { good: 2 } })],
      [],
    ],
    [
      'known areas in Ofsted’s order, whatever the file’s order',
      held({ 'care-leavers': 'good', 'overall-effectiveness': 'good' }),
      ['overall-effectiveness', 'care-leavers'],
    ],
    [
      'each area once across inspections',
      held(
        { 'overall-effectiveness': 'good' },
        { 'overall-effectiveness': 'inadequate', 'help-and-protection': 'good' },
      ),
      ['overall-effectiveness', 'help-and-protection'],
    ],
    [
      'unfamiliar areas after known ones, in the order first met',
      held({ zeta: 'good' }, { alpha: 'good', 'children-in-care': 'good' }),
      ['children-in-care', 'zeta', 'alpha'],
    ],
  ])('gives %s', (_name, inspections, expected) => {
    expect(areasOf(inspections).map((area) => area.id)).toEqual(expected);
  });
});
