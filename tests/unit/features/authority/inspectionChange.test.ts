// The change table's model: the default pair, the user's pair, refusals, areas and counts.
import { describe, expect, it } from 'vitest';
import { inspectionChange } from '../../../../src/features/authority/inspectionChange';
import { WALSALL, datasetOf, entriesOf, ilacs, tidy, walsallDataset } from './authorityFixtures';

const LIVERPOOL = 'E08000012';
const liverpool = entriesOf(
  datasetOf({
    'a.csv': tidy([
      ...ilacs('Liverpool', LIVERPOOL, '2018-05-14', [
        'Requires improvement to be good',
        'Requires improvement to be good',
        'Good',
        'Requires improvement to be good',
      ]),
      'Liverpool,E08000012,North West,ILACS Standard Inspection,2018-05-14,Care leavers,',
      ...ilacs('Liverpool', LIVERPOOL, '2023-03-13', [
        'Inadequate',
        'Inadequate',
        'Good',
        'Requires improvement to be good',
      ]),
      'Liverpool,E08000012,North West,ILACS Standard Inspection,2023-03-13,Care leavers,Good',
      'Liverpool,E08000012,North West,LA Monitoring visit,2024-07-08,Overall effectiveness,',
    ]),
  }),
  LIVERPOOL,
);
const walsall = entriesOf(walsallDataset(), WALSALL);

describe('inspectionChange', () => {
  it('by default compares the previous judged inspection with the latest, skipping visits, area by area', () => {
    const change = inspectionChange('Liverpool', liverpool);
    expect(change.kind).toBe('compared');
    if (change.kind !== 'compared') return;
    expect([change.before.value, change.after.value]).toEqual(['2018-05-14.ilacs', '2023-03-13.ilacs']);
    expect(change.options.map((option) => option.value)).toEqual(['2018-05-14.ilacs', '2023-03-13.ilacs']);
    expect(change.areas.map((area) => [area.area.id, area.change])).toEqual([
      ['overall-effectiveness', 'declined'],
      ['impact-of-leaders', 'declined'],
      ['help-and-protection', 'unchanged'],
      ['children-in-care', 'unchanged'],
      ['care-leavers', 'newly-judged'],
    ]);
    expect(change.sameScale).toBe(true);
    expect(change.summary).toBe(
      'Between 14 May 2018 and 13 March 2023, of 5 areas 2 declined, 2 stayed the same and 1 was judged for the first time. ' +
        'Declined: overall effectiveness; the impact of leaders on social work practice with children and families. ' +
        'Unchanged: the experiences and progress of children who need help and protection; the experiences and progress of children in care. ' +
        'Newly judged: the experiences and progress of care leavers.',
    );
  });

  it('compares Walsall 2012 and 2021 as counts per grade, across two scales', () => {
    const change = inspectionChange('Walsall', walsall);
    expect(change.kind).toBe('compared');
    if (change.kind !== 'compared') return;
    expect([change.before.value, change.after.value]).toEqual(['2012-06.slac', '2021-10-04.ilacs']);
    expect(change.sameScale).toBe(false);
    expect(change.areas).toEqual([]);
    expect(change.counts?.map((row) => [row.grade, row.before, row.after, row.difference])).toEqual([
      ['outstanding', 0, 0, 0],
      ['good', 2, 3, 1],
      ['adequate', 12, 0, -12],
      ['requires-improvement', 0, 1, 1],
      ['inadequate', 8, 0, -8],
    ]);
    expect(change.summary).toMatch(
      /^Between June 2012 and 4 October 2021, the share of judgements that were good or better went from 9% \(2 of 22\) to 75% \(3 of 4\), and inadequate judgements from 8 to 0\./,
    );
  });

  it.each([
    ['the user’s pair', '2008.joint-inspection', '2012-06.slac', 'compared', '2008.joint-inspection', '2012-06.slac'],
    [
      'an unknown earlier falls back to the previous one',
      'nonsense',
      '2021-10-04.ilacs',
      'compared',
      '2012-06.slac',
      '2021-10-04.ilacs',
    ],
    ['a visit is not a choice', '2023-05-10.ilacs-visit', undefined, 'compared', '2012-06.slac', '2021-10-04.ilacs'],
    [
      'an earlier after the later is refused',
      '2021-10-04.ilacs',
      '2008.joint-inspection',
      'refused',
      '2021-10-04.ilacs',
      '2008.joint-inspection',
    ],
    ['the same inspection twice is refused', '2012-06.slac', '2012-06.slac', 'refused', '2012-06.slac', '2012-06.slac'],
  ])('%s', (_name, before, after, kind, expectedBefore, expectedAfter) => {
    const change = inspectionChange('Walsall', walsall, before, after);
    expect(change.kind).toBe(kind);
    if (change.kind === 'needs-two') throw new Error('expected a pair');
    expect([change.before.value, change.after.value]).toEqual([expectedBefore, expectedAfter]);
  });

  it('explains a refusal of an earlier that is after the later', () => {
    const change = inspectionChange('Walsall', walsall, '2021-10-04.ilacs', '2008.joint-inspection');
    expect(change.kind === 'refused' && change.message).toBe(
      'The earlier inspection (4 October 2021) is after the later one (2008): choose an earlier inspection that comes first, or swap them.',
    );
  });

  it('says the area filter cannot apply to a comparison in counts', () => {
    const change = inspectionChange('Walsall', walsall, undefined, undefined, 'overall-effectiveness');
    expect(change.kind === 'compared' && change.summary).toMatch(
      /The judgement area filter cannot apply here: grades by area are not known\.$/,
    );
  });

  it('limits the areas to the one chosen', () => {
    const change = inspectionChange('Liverpool', liverpool, undefined, undefined, 'care-leavers');
    expect(change.kind === 'compared' && change.areas.map((area) => area.change)).toEqual(['newly-judged']);
  });

  it.each([
    [
      'one judged inspection',
      walsall.slice(2),
      /and Walsall has only one judged inspection \(4 October 2021: ILACS Standard Inspection\) in this selection/,
    ],
    ['only a visit', walsall.slice(3), /and Walsall has no judged inspection in this selection/],
    ['nothing', [], /needs two judged inspections/],
  ])('needs two inspections with %s', (_name, entries, message) => {
    const change = inspectionChange('Walsall', entries);
    expect(change.kind).toBe('needs-two');
    expect(change.kind === 'needs-two' && change.message).toMatch(message);
  });
});
