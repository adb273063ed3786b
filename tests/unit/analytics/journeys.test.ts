// Journeys and transitions over small made-up histories: the odd cases each rule is for.
import { describe, expect, it } from 'vitest';
import {
  afterInadequate,
  inadequateSummary,
  journeysOf,
  median,
  strandHistories,
  transitionCounts,
  transitionsOf,
} from '../../../src/analytics';
import { formatIso, STRANDS, type GradeId } from '../../../src/domain';
import { authority, dataset, date, HELP, IN_CARE, inspection, OVERALL } from './build';

const WHOLE = STRANDS.find((strand) => strand.id === 'whole-service')!;
const HELP_STRAND = STRANDS.find((strand) => strand.id === 'help-and-protection')!;

const slough = authority('Slough', { onsCode: 'E06000039', region: 'South East' });
const bcp = authority('Bournemouth, Christchurch & Poole', {
  onsCode: 'E06000058',
  region: 'South West',
  startedOn: date('2019-04-01'),
});
const bournemouth = authority('Bournemouth', {
  onsCode: 'E06000028',
  region: 'South West',
  ceasedOn: date('2019-04-01'),
});

const sif = (who: typeof slough, iso: string, grade: GradeId) =>
  inspection({ authority: who, date: iso, framework: 'sif', judgements: { [OVERALL]: grade, [HELP]: grade } });
const ilacs = (who: typeof slough, iso: string, grade: GradeId) =>
  inspection({ authority: who, date: iso, framework: 'ilacs', judgements: { [OVERALL]: grade, [HELP]: grade } });

describe('strand histories and transitions', () => {
  it('orders each authority’s graded inspections and pairs consecutive ones, skipping visits and ungraded strands', () => {
    const data = dataset([
      ilacs(slough, '2019-03-04', 'requires-improvement'),
      sif(slough, '2014-02-11', 'inadequate'),
      inspection({ authority: slough, date: '2017-06-01', framework: 'ilacs-visit', type: 'Monitoring visit' }),
      // An LSCB review graded alone says nothing of the whole service.
      inspection({ authority: slough, date: '2016-01-01', framework: 'sif', judgements: { lscb: 'good' } }),
      sif(slough, '2016-02-17', 'inadequate'),
    ]);
    const [history] = strandHistories(data, WHOLE);
    expect(history!.steps.map((step) => [formatIso(step.known), step.outcome])).toEqual([
      ['2014-02-11', 'inadequate'],
      ['2016-02-17', 'inadequate'],
      ['2019-03-04', 'requires-improvement'],
    ]);
    const transitions = transitionsOf([history!]);
    expect(transitions.map((move) => [move.from.outcome, move.to.outcome, move.days])).toEqual([
      ['inadequate', 'inadequate', 736],
      ['inadequate', 'requires-improvement', 1111],
    ]);
  });

  it('starts a successor authority’s history at its own first inspection, apart from the authority it replaced', () => {
    const data = dataset([
      sif(bournemouth, '2014-06-30', 'requires-improvement'),
      ilacs(bournemouth, '2018-08-24', 'requires-improvement'),
      ilacs(bcp, '2022-02-11', 'inadequate'),
      ilacs(bcp, '2025-01-29', 'good'),
    ]);
    const histories = strandHistories(data, WHOLE);
    expect(histories.map((history) => [history.authority.name, history.steps.length])).toEqual([
      ['Bournemouth', 2],
      ['Bournemouth, Christchurch & Poole', 2],
    ]);
    const [journey] = journeysOf(histories);
    expect(journey!.history.key).toBe('E06000058');
    expect(formatIso(journey!.start.known)).toBe('2022-02-11');
    expect(journey!.status).toBe('reached');
    expect(journey!.through.map((step) => step.outcome)).toEqual(['good']);
    expect(journey!.days).toBe(1083);
  });

  it('keeps Adequate and Requires improvement apart, and reads each framework’s own area for the strand', () => {
    const data = dataset([
      inspection({
        authority: slough,
        date: '2011-05-01',
        framework: 'slac',
        judgements: { safeguarding: 'inadequate' },
      }),
      inspection({ authority: slough, date: '2013-01-01', framework: 'cpi', judgements: { [OVERALL]: 'adequate' } }),
      inspection({ authority: slough, date: '2013-06-01', framework: 'tlac', judgements: { [OVERALL]: 'good' } }),
      sif(slough, '2015-01-01', 'requires-improvement'),
    ]);
    const counts = transitionCounts(transitionsOf(strandHistories(data, HELP_STRAND)), {});
    expect(counts.outcomes).toEqual(['adequate', 'requires-improvement', 'inadequate']);
    expect(counts.rows.map((row) => [row.from, row.to.adequate, row.to['requires-improvement'], row.total])).toEqual([
      ['adequate', 0, 1, 1],
      ['requires-improvement', 0, 0, 0],
      ['inadequate', 1, 0, 1],
    ]);
  });

  it('counts a move in the year and region of its later judgement', () => {
    const other = authority('Luton', { onsCode: 'E06000032', region: 'East of England' });
    const transitions = transitionsOf(
      strandHistories(
        dataset([
          sif(slough, '2014-02-11', 'inadequate'),
          sif(slough, '2016-02-17', 'requires-improvement'),
          ilacs(slough, '2019-03-04', 'good'),
          ilacs(other, '2019-01-01', 'good'),
          ilacs(other, '2023-01-01', 'good'),
        ]),
        WHOLE,
      ),
    );
    expect(transitionCounts(transitions, {}).total).toBe(3);
    expect(transitionCounts(transitions, { from: 2017 }).total).toBe(2);
    expect(transitionCounts(transitions, { from: 2017, to: 2022 }).total).toBe(1);
    expect(transitionCounts(transitions, { region: 'East of England' }).total).toBe(1);
    expect(transitionCounts(transitions, { from: 2024 })).toMatchObject({ total: 0, outcomes: [], authorities: 0 });
  });
});

describe('journeys from Inadequate', () => {
  it('runs one journey through repeated Inadequate judgements to the first Good, then starts another', () => {
    const data = dataset([
      sif(slough, '2014-01-01', 'inadequate'),
      sif(slough, '2016-01-01', 'inadequate'),
      ilacs(slough, '2018-01-01', 'requires-improvement'),
      ilacs(slough, '2020-01-01', 'outstanding'),
      ilacs(slough, '2023-01-01', 'inadequate'),
    ]);
    const journeys = journeysOf(strandHistories(data, WHOLE));
    expect(journeys.map((journey) => [formatIso(journey.start.known), journey.status, journey.through.length])).toEqual(
      [
        ['2014-01-01', 'reached', 3],
        ['2023-01-01', 'still-below-good', 0],
      ],
    );
  });

  it('tells an authority still Inadequate from one that ceased before it was judged Good', () => {
    const northants = authority('Northamptonshire', {
      onsCode: 'E10000021',
      region: 'East Midlands',
      ceasedOn: date('2021-04-01'),
    });
    const data = dataset([ilacs(northants, '2019-07-29', 'inadequate'), ilacs(slough, '2024-01-01', 'inadequate')]);
    const histories = strandHistories(data, WHOLE);
    expect(journeysOf(histories).map((journey) => [journey.history.authority.name, journey.status])).toEqual([
      ['Northamptonshire', 'ceased'],
      ['Slough', 'still-below-good'],
    ]);
    expect(afterInadequate(histories).map((entry) => entry.status)).toEqual(['ceased', 'not-yet']);
  });

  it('sums up medians and coverage, counting those still waiting rather than dropping them', () => {
    const luton = authority('Luton', { onsCode: 'E06000032', region: 'East of England' });
    const data = dataset([
      sif(slough, '2014-01-01', 'inadequate'),
      ilacs(slough, '2016-01-01', 'good'),
      sif(luton, '2015-01-01', 'inadequate'),
      ilacs(luton, '2019-01-01', 'requires-improvement'),
    ]);
    const histories = strandHistories(data, WHOLE);
    const summary = inadequateSummary(afterInadequate(histories), journeysOf(histories), {}, date('2025-01-01'));
    expect(summary).toMatchObject({
      judgements: 2,
      reinspected: 2,
      notYet: 0,
      journeys: 2,
      reached: 1,
      stillBelowGood: 1,
      medianDaysToGood: 730,
      // Luton has waited ten years, longer than Slough's two.
      stillBelowLongerThanMedian: 1,
    });
    expect(summary.medianDaysToNext).toBe((730 + 1461) / 2);
  });

  it.each([
    [[], undefined],
    [[5], 5],
    [[9, 1, 5], 5],
    [[4, 1, 3, 2], 2.5],
  ])('takes the median of %j as %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('reads children in care only from the areas that judged it', () => {
    const strand = STRANDS.find((candidate) => candidate.id === 'children-in-care')!;
    const data = dataset([
      inspection({
        authority: slough,
        date: '2012-01-01',
        framework: 'slac',
        judgements: { 'looked-after-children': 'inadequate', safeguarding: 'good' },
      }),
      inspection({ authority: slough, date: '2015-01-01', framework: 'sif', judgements: { [IN_CARE]: 'good' } }),
    ]);
    expect(journeysOf(strandHistories(data, strand)).map((journey) => journey.status)).toEqual(['reached']);
  });
});
