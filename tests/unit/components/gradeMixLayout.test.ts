// The grade-mix chart's sizes: names wrap rather than crowd the bars, and the chart grows to hold them and its legend.
import { describe, expect, it } from 'vitest';
import {
  gradeMixLayout,
  legendLines,
  wrappedLines,
  type GradeMixLayoutInput,
} from '../../../src/components/charts/gradeMixLayout';

const ILACS = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];
const AREAS = ['Overall effectiveness', 'Impact of leaders', 'Help and protection', 'Children in care', 'Care leavers'];
const INSPECTIONS = [
  '2008: Joint inspection',
  'June 2012: Inspection of safeguarding and looked after children services',
  '4 October 2021: ILACS Standard Inspection',
];

describe('wrappedLines', () => {
  it.each([
    ['nothing', '', 200, 1],
    ['a short name', 'England', 200, 1],
    ['a name that just fits', 'Overall effectiveness', 21 * 14 * 0.6, 1],
    ['a long inspection title', INSPECTIONS[1]!, 186, 4],
    ['the same title when narrow', INSPECTIONS[1]!, 102, 8],
    ['one word longer than the line stays one line', 'Northamptonshire', 40, 1],
  ])('%s', (_name, text, width, expected) => {
    expect(wrappedLines(text, width, 14)).toBe(expected);
  });
});

describe('legendLines', () => {
  it.each([
    ['no legend', [], 640, 0],
    ['the ILACS grades on a desktop', ILACS, 900, 1],
    ['the ILACS grades on a phone', ILACS, 300, 3],
  ])('%s', (_name, labels, width, expected) => {
    expect(legendLines(labels, width)).toBe(expected);
  });
});

describe('gradeMixLayout', () => {
  const bars = (input: Partial<GradeMixLayoutInput>) =>
    gradeMixLayout({ width: 900, orientation: 'bars', labels: AREAS, legendLabels: ILACS, ...input });

  it.each([
    ['desktop', 900, false, 14, 5],
    ['just wide enough', 480, false, 14, 5],
    ['narrow', 479, true, 12, 3],
  ])('is %s at %ipx', (_name, width, narrow, fontSize, ticks) => {
    const layout = bars({ width });
    expect([layout.narrow, layout.fontSize, layout.shareTicks.length]).toEqual([narrow, fontSize, ticks]);
  });

  it.each([
    ['short area names', AREAS, 200, 46],
    [
      'a group’s name and count: the same width, so stacked charts line up',
      ['Walsall', 'England (153)', 'West Midlands (4)'],
      200,
      46,
    ],
    ['long inspection titles: they wrap and the bars grow taller', INSPECTIONS, 200, 82],
  ])('gives %s', (_name, labels, categoryWidth, slotHeight) => {
    const layout = bars({ labels });
    expect([layout.categoryWidth, layout.slotHeight]).toEqual([categoryWidth, slotHeight]);
  });

  it('gives names less room on a phone, and more lines', () => {
    const layout = bars({ width: 320, labels: INSPECTIONS });
    expect(layout.categoryWidth).toBe(116);
    expect(layout.slotHeight).toBeGreaterThan(bars({ labels: INSPECTIONS }).slotHeight);
  });

  it('is as tall as its bars, its axis and its legend', () => {
    const withLegend = bars({});
    const without = bars({ legendLabels: [] });
    expect(without.height).toBe(8 + 5 * 46 + 30 + 8);
    expect(withLegend.height - without.height).toBe(24 + 8);
    expect(bars({ width: 320 }).height - bars({ width: 320, legendLabels: [] }).height).toBe(3 * 24 + 8);
  });

  it.each([
    ['desktop', 900, 380],
    ['phone', 320, 420],
  ])('draws year columns at a fixed height (%s)', (_name, width, height) => {
    expect(
      gradeMixLayout({
        width,
        orientation: 'columns',
        labels: ['2019', '2020'],
        legendLabels: ILACS,
        categoryTitle: true,
      }),
    ).toMatchObject({ height, margin: { bottom: 24, left: 4 } });
  });
});
