// The palette's promises, measured rather than trusted: lightness steps in one direction on every scale, contrast against the page and under text.
import { describe, expect, it } from 'vitest';
import {
  GRADE_COLOURS,
  GRADE_INITIALS,
  GRADE_TEXT_COLOURS,
  PAGE_BACKGROUND,
} from '../../../src/components/gradeColours';
import { GRADE_SCALES, type GradeId } from '../../../src/domain';

/** sRGB channel (0–255) to linear light, as IEC 61966-2-1 defines it. */
function linear(byte: number): number {
  const value = byte / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance Y (D65 white = 1) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => linear(parseInt(hex.slice(start, start + 2), 16))) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** CIE 1976 L*, from Y alone (lightness does not depend on X or Z). */
function lightness(hex: string): number {
  const y = luminance(hex);
  const epsilon = 216 / 24389;
  const kappa = 24389 / 27;
  return y > epsilon ? 116 * Math.cbrt(y) - 16 : kappa * y;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

// Grades of the same rank are never neighbours on one framework's scale: Adequate and Requires improvement share a
// rank only on the across-frameworks scale of strand figures, where they sit side by side in their own words (and the
// bars write each grade's initial, A or RI), so only grades a step apart must differ in lightness.
const neighbours = Object.values(GRADE_SCALES).flatMap((scale) =>
  scale.steps
    .slice(1)
    .flatMap((step, i) =>
      step.rank === scale.steps[i]!.rank ? [] : [[scale.id, scale.steps[i]!.grade, step.grade] as const],
    ),
);

describe('grade colours', () => {
  it('checks the formulas on known colours', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(lightness('#ffffff')).toBeCloseTo(100, 3);
    expect(lightness('#000000')).toBe(0);
    // Mid grey #777777 is L* 50.0 (Y = 0.184).
    expect(lightness('#777777')).toBeCloseTo(50.03, 1);
  });

  it.each(Object.entries(GRADE_COLOURS))('%s stands at least 3:1 against the page', (_grade, colour) => {
    expect(contrast(colour, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it.each(neighbours)('on %s, %s is at least 15 points of L* lighter than %s', (_scale, better, worse) => {
    expect(lightness(GRADE_COLOURS[better]) - lightness(GRADE_COLOURS[worse])).toBeGreaterThanOrEqual(15);
  });

  it('runs every scale in the same direction, best lightest, so a grey print keeps the order', () => {
    for (const scale of Object.values(GRADE_SCALES)) {
      const values = scale.steps.map((step) => lightness(GRADE_COLOURS[step.grade]));
      expect([...values].sort((a, b) => b - a)).toEqual(values);
    }
  });

  it.each(Object.keys(GRADE_COLOURS) as GradeId[])('text on %s is at least 4.5:1', (grade) => {
    expect(contrast(GRADE_COLOURS[grade], GRADE_TEXT_COLOURS[grade])).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every grade an initial, different within each scale, to write where its word does not fit', () => {
    for (const scale of Object.values(GRADE_SCALES)) {
      const initials = scale.steps.map((step) => GRADE_INITIALS[step.grade]);
      expect(new Set(initials).size).toBe(initials.length);
    }
  });

  it('gives Adequate and Requires improvement different colours: they are different grades', () => {
    expect(GRADE_COLOURS.adequate).not.toBe(GRADE_COLOURS['requires-improvement']);
  });
});
