// The latest inspection area by area: the inspection it picks, the areas it lists and the sentence it writes.
import { describe, expect, it } from 'vitest';
import { latestJudgements } from '../../../../src/features/authority/latestJudgements';
import { formatIso } from '../../../../src/domain';
import { WALSALL, counts, datasetOf, entriesOf, ilacs, tidy, walsallDataset } from './authorityFixtures';

describe('latestJudgements', () => {
  const walsall = entriesOf(walsallDataset(), WALSALL);

  it('skips the later visit and lists each area, not-judged ones with their reason', () => {
    const latest = latestJudgements('Walsall', walsall);
    expect(latest?.kind).toBe('areas');
    if (latest?.kind !== 'areas') return;
    expect(formatIso(latest.inspection.date)).toBe('2021-10-04');
    expect(
      latest.judgements.map((judgement) => [
        judgement.area.id,
        judgement.outcome.kind === 'graded' ? judgement.outcome.grade : 'not judged',
      ]),
    ).toEqual([
      ['overall-effectiveness', 'good'],
      ['impact-of-leaders', 'good'],
      ['help-and-protection', 'requires-improvement'],
      ['children-in-care', 'good'],
      ['care-leavers', 'not judged'],
    ]);
    expect(latest.summary).toBe(
      'Walsall’s latest inspection, of 4 October 2021 (ILACS Standard Inspection), judged 3 of 4 areas good or better. ' +
        'Below good: the experiences and progress of children who need help and protection (requires improvement to be good). 1 area was not judged.',
    );
  });

  it.each([
    [
      'one area chosen',
      'overall-effectiveness',
      'Walsall’s latest inspection, of 4 October 2021 (ILACS Standard Inspection), judged overall effectiveness good.',
    ],
    [
      'an area it did not grade',
      'care-leavers',
      'Walsall’s latest inspection, of 4 October 2021 (ILACS Standard Inspection), graded none of the areas shown: it was not judged.',
    ],
    [
      'an area it never had',
      'custom:biscuits',
      'Walsall’s latest inspection, of 4 October 2021 (ILACS Standard Inspection), made no judgement of this area.',
    ],
  ])('%s', (_name, areaId, summary) => {
    expect(latestJudgements('Walsall', walsall, areaId)?.summary).toBe(summary);
  });

  it('says when the latest is known only by counts, and shows the counts', () => {
    const latest = latestJudgements('Walsall', walsall.slice(0, 2));
    expect(latest?.kind).toBe('counts');
    if (latest?.kind !== 'counts') return;
    expect(latest.distribution.rows.map((row) => row.count)).toEqual([0, 2, 12, 8]);
    expect(latest.summary).toBe(
      'Walsall’s latest inspection, of June 2012 (Inspection of safeguarding and looked after children services), is known only by its counts. ' +
        'Walsall’s inspection of June 2012 made 22 judgements: 8 inadequate (36%), 12 adequate and 2 good. Which area received which grade was not recorded.',
    );
  });

  it.each([
    ['no entries', []],
    ['only a visit', walsall.slice(3)],
    [
      'only counts of zero',
      entriesOf(
        datasetOf({ 'c.csv': counts(['Walsall,E08000030,Inspection of safeguarding,2012-06,0,0,0,0,0']) }),
        WALSALL,
      ),
    ],
    [
      'nothing graded',
      entriesOf(datasetOf({ 'a.csv': tidy(ilacs('Bury', 'E08000002', '2019-01-07', ['', '', '', ''])) }), 'E08000002'),
    ],
  ])('is undefined with %s', (_name, entries) => {
    expect(latestJudgements('Walsall', entries)).toBeUndefined();
  });
});
