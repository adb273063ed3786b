// Text for standalone SVG files: escaping that keeps a file parseable whatever a user's data holds, and word wrapping.
import { describe, expect, it } from 'vitest';
import { escapeXml, estimateWidth, isTransparent, wrapText } from '../../../../src/components/export/svgText';

describe('escapeXml', () => {
  it.each([
    ['Walsall', 'Walsall'],
    ['Brighton & Hove', 'Brighton &amp; Hove'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`"quoted" and 'single'`, '&quot;quoted&quot; and &apos;single&apos;'],
    ['bell\u0007 and null\u0000', 'bell and null'],
    ['tab\tstays', 'tab\tstays'],
    ['Children’s services – £', 'Children’s services – £'],
  ])('%j → %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});

describe('wrapText', () => {
  // 10 px a character: easy to reason about.
  const measure = (text: string) => text.length * 10;

  it.each([
    ['', 100, []],
    ['   ', 100, []],
    ['one', 100, ['one']],
    ['one two three', 70, ['one two', 'three']],
    ['one two three', 1000, ['one two three']],
    ['a  lot   of    space', 1000, ['a lot of space']],
  ])('%j in %i px', (text, width, expected) => {
    expect(wrapText(text, width, 16, measure)).toEqual(expected);
  });

  it('breaks a word longer than the line instead of letting it overflow', () => {
    const lines = wrapText('E08000030E08000030 x', 50, 16, measure);
    expect(lines.every((line) => measure(line) <= 50)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe('E08000030E08000030x');
  });

  it('never gives a line wider than asked with the estimate used for files made outside a browser', () => {
    const text =
      'Adequate (inspections to 2012) and Requires improvement (from 2013) are different grades on different frameworks.';
    for (const line of wrapText(text, 300, 14)) expect(estimateWidth(line, 14, false)).toBeLessThanOrEqual(300);
  });
});

describe('isTransparent', () => {
  it.each([
    ['rgba(0, 0, 0, 0)', true],
    ['transparent', true],
    ['', true],
    ['rgb(255, 255, 255)', false],
    ['rgba(11, 12, 12, 0.5)', false],
  ])('%j → %s', (colour, expected) => {
    expect(isTransparent(colour)).toBe(expected);
  });
});
