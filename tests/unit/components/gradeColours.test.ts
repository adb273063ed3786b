// The palette's promises, measured with WCAG's contrast formula rather than trusted.
import { describe, expect, it } from 'vitest';
import { GRADE_COLOURS, GRADE_TEXT_COLOURS, PAGE_BACKGROUND } from '../../../src/components/gradeColours';
import { GRADE_SCALES, type GradeId } from '../../../src/domain';

function luminance(hex: string): number {
  const channel = (start: number) => {
    const value = parseInt(hex.slice(start, start + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const neighbours = Object.values(GRADE_SCALES).flatMap((scale) =>
  scale.steps.slice(1).map((step, i) => [scale.id, scale.steps[i]!.grade, step.grade] as const),
);

describe('grade colours', () => {
  it('checks the formula on known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(Object.entries(GRADE_COLOURS))('%s stands at least 3:1 against the page', (_grade, colour) => {
    expect(contrast(colour, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it.each(neighbours)('on %s, %s and %s differ by at least 3:1', (_scale, a, b) => {
    expect(contrast(GRADE_COLOURS[a], GRADE_COLOURS[b])).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.keys(GRADE_COLOURS) as GradeId[])('text on %s is at least 4.5:1', (grade) => {
    expect(contrast(GRADE_COLOURS[grade], GRADE_TEXT_COLOURS[grade])).toBeGreaterThanOrEqual(4.5);
  });

  it('gives Adequate and Requires improvement different colours: they are different grades', () => {
    expect(GRADE_COLOURS.adequate).not.toBe(GRADE_COLOURS['requires-improvement']);
  });
});
