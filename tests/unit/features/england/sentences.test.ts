// The sentence about one grade mix: every case of who was inspected and judged. (How regions are named: tests/unit/components/regionWords.test.ts.)
import { describe, expect, it } from 'vitest';
import { tallyOnScale } from '../../../../src/analytics';
import { mixSentence } from '../../../../src/features/england/sentences';
import { GRADE_SCALES, type GradeCounts } from '../../../../src/domain';
import { date } from '../../analytics/build';

const tally = (counts: GradeCounts, notJudged = 0) => ({
  ...tallyOnScale(GRADE_SCALES['ilacs-2018'], counts),
  notJudged,
});

describe('mixSentence', () => {
  it.each([
    ['nobody inspected', tally({}), undefined, 'As at 31 March 2025, no local authority had had an ILACS inspection.'],
    [
      'nobody inspected in a region',
      tally({}),
      'London',
      'As at 31 March 2025, no local authority in London had had an ILACS inspection.',
    ],
    [
      'inspected but none judged',
      tally({}, 3),
      undefined,
      'As at 31 March 2025, none of the 3 local authorities inspected under ILACS had a judgement for care leavers.',
    ],
    [
      'all judged',
      tally({ good: 3, inadequate: 1 }),
      'North West',
      'As at 31 March 2025, 3 of 4 local authorities in the North West (75%) were judged good or outstanding for care leavers at their latest ILACS inspection: 0 outstanding, 3 good, 0 requires improvement to be good and 1 inadequate.',
    ],
    [
      'some not judged',
      tally({ outstanding: 1 }, 2),
      undefined,
      'As at 31 March 2025, 1 of the 1 local authority judged on care leavers (100%) were judged good or outstanding at their latest ILACS inspection: 1 outstanding, 0 good, 0 requires improvement to be good and 0 inadequate. 2 more had no judgement for care leavers.',
    ],
  ])('%s', (_name, mix, place, expected) => {
    expect(
      mixSentence({ asAt: date('2025-03-31'), tally: mix, areaWords: 'care leavers', ...(place ? { place } : {}) }),
    ).toBe(expected);
  });
});
