// A comparator's standing in words, and the best-first order of the comparator table.
import { describe, expect, it } from 'vitest';
import { scaleOfFramework, type ComparatorGrade } from '../../../../src/analytics';
import {
  absenceWords,
  comparatorStatus,
  goodOrBetterWord,
  sortBestFirst,
  type ComparatorStatus,
} from '../../../../src/features/compare/comparatorStatus';
import { OVERALL, authority, date, inspection } from '../../analytics/build';
import { MARCH_2025, cumbria } from './fixtures';

const scale = scaleOfFramework('ilacs');
const barnet = authority('Barnet', { onsCode: 'E09000003' });
const inspected = (grade: 'good' | 'adequate' | 'not-judged' | undefined): ComparatorGrade => {
  const record = inspection({ authority: barnet, date: '2024-11-04', judgements: grade ? { [OVERALL]: grade } : {} });
  return {
    key: 'E09000003',
    authority: barnet,
    standing: { kind: 'inspected', inspection: record, outcome: record.judgements[0]?.outcome },
  };
};

describe('comparatorStatus', () => {
  it.each([
    ['a grade on the scale', inspected('good'), { kind: 'graded', grade: 'good', rank: 2, goodOrBetter: true }],
    ['a grade off the ILACS scale is not counted as one', inspected('adequate'), { kind: 'not-judged' }],
    ['a blank judgement', inspected('not-judged'), { kind: 'not-judged', reason: 'blank' }],
    [
      'an inspection without the area',
      inspected(undefined),
      { kind: 'not-judged', reason: 'The inspection made no judgement for this area' },
    ],
    [
      'not inspected by the date',
      { key: 'E09000003', authority: barnet, standing: { kind: 'not-inspected' } } satisfies ComparatorGrade,
      { kind: 'not-inspected' },
    ],
    [
      'ceased before the date',
      { key: 'E10000006', authority: cumbria, standing: { kind: 'not-inspected' } } satisfies ComparatorGrade,
      { kind: 'ceased', ceasedOn: date('2023-04-01') },
    ],
  ])('%s', (_name, grade, expected) => {
    expect(comparatorStatus(grade, scale, MARCH_2025).state).toMatchObject(expected);
  });

  it('says an authority made by a reorganisation did not exist yet before it began, and was not inspected once it had', () => {
    const north = authority('North Northamptonshire', { onsCode: 'E06000061', startedOn: date('2021-04-01') });
    const absent = {
      key: 'E06000061',
      authority: north,
      standing: { kind: 'not-inspected' },
    } satisfies ComparatorGrade;
    expect(comparatorStatus(absent, scale, date('2021-03-31')).state).toEqual({
      kind: 'not-yet',
      startedOn: date('2021-04-01'),
    });
    expect(comparatorStatus(absent, scale, date('2021-04-01')).state).toEqual({ kind: 'not-inspected' });
  });

  it('treats a ceased authority as not inspected at a date before it ceased', () => {
    const status = comparatorStatus(
      { key: 'E10000006', authority: cumbria, standing: { kind: 'not-inspected' } },
      scale,
      date('2018-03-31'),
    );
    expect(status.state.kind).toBe('not-inspected');
  });
});

const status = (name: string, state: ComparatorStatus['state']): ComparatorStatus => ({
  key: name,
  name,
  authority: undefined,
  inspection: undefined,
  state,
});
const graded = (rank: number, goodOrBetter: boolean) =>
  ({ kind: 'graded', grade: 'good', rank, goodOrBetter }) as const;

describe('sortBestFirst', () => {
  it.each([
    ['empty', [], []],
    ['one', [status('Solo', graded(3, false))], ['Solo']],
    [
      'by grade, then name, then those without a grade',
      [
        status('Ceased', { kind: 'ceased', ceasedOn: date('2023-04-01') }),
        status('Zeta', graded(2, true)),
        status('Late', { kind: 'not-inspected' }),
        status('Blank', { kind: 'not-judged', reason: 'blank' }),
        status('Alpha', graded(2, true)),
        status('Worst', graded(4, false)),
        status('Best', graded(1, true)),
      ],
      ['Best', 'Alpha', 'Zeta', 'Worst', 'Blank', 'Late', 'Ceased'],
    ],
  ])('%s', (_name, statuses, expected) => {
    expect(sortBestFirst(statuses).map((row) => row.name)).toEqual(expected);
  });
});

describe('words for the table', () => {
  it.each([
    [graded(2, true), undefined, 'Yes'],
    [graded(3, false), undefined, 'No'],
    [{ kind: 'not-judged', reason: 'blank' } as const, 'Not judged', '–'],
    [{ kind: 'not-inspected' } as const, 'Not inspected by 31 March 2025', '–'],
    [{ kind: 'ceased', ceasedOn: date('2023-04-01') } as const, 'No longer existed (ceased 1 April 2023)', '–'],
    [{ kind: 'not-yet', startedOn: date('2021-04-01') } as const, 'Did not exist yet (began 1 April 2021)', '–'],
  ])('%j', (state, absence, good) => {
    expect(absenceWords(state, MARCH_2025)).toBe(absence);
    expect(goodOrBetterWord(state)).toBe(good);
  });
});
