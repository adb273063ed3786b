// A not-judged reason as it follows a "Not judged" tag: the source's own "Not judged:" is not said twice.
import { describe, expect, it } from 'vitest';
import { notJudgedReason } from '../../../src/domain';

describe('notJudgedReason', () => {
  it.each([
    [
      'drops the leading "Not judged:"',
      'Not judged: this area was only judged from 1 January 2023',
      'this area was only judged from 1 January 2023',
    ],
    ['keeps a reason without the prefix', 'Not yet inspected', 'Not yet inspected'],
    ['says so when nothing is left', 'Not judged', 'no reason recorded'],
    ['says so for a blank', '  ', 'no reason recorded'],
    ['drops other punctuation after the prefix', 'not judged. - inspected before 2023', 'inspected before 2023'],
    ['drops leading spaces and a comma', '  Not judged, see report', 'see report'],
  ])('%s', (_name, reason, expected) => {
    expect(notJudgedReason(reason)).toBe(expected);
  });
});
