// @vitest-environment jsdom
// The one grade-mix chart every view draws: what its segments say and whether it has its own legend. (jsdom cannot
// measure the axis names recharts wraps, so the bold emphasised name is checked in the browser, not here.)
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GradeMixChart } from '../../../src/components/charts/GradeMixChart';
import { GRADE_INITIALS } from '../../../src/components/gradeColours';
import { barFromRows, seriesOf, type GradeMixBar } from '../../../src/components/charts/gradeMixDefinition';
import { GRADE_SCALES, type GradeId } from '../../../src/domain';

const ILACS = GRADE_SCALES['ilacs-2018'];
const series = seriesOf(['outstanding', 'good', 'requires-improvement', 'inadequate'], ILACS);

function tally(
  key: string,
  counts: Partial<Record<GradeId, number>>,
  extras: Parameters<typeof barFromRows>[3] = {},
): GradeMixBar {
  const judged = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const rows = Object.entries(counts).map(([grade, count]) => ({
    grade: grade as GradeId,
    count,
    share: count / judged,
  }));
  return barFromRows(key, key, rows, extras);
}

const segmentTexts = (container: HTMLElement) =>
  [...container.querySelectorAll('.recharts-label-list text.recharts-label')].map((text) => text.textContent);

describe('GradeMixChart', () => {
  it('labels each segment with its count, and draws a legend of the series in order', () => {
    const { container } = render(
      <GradeMixChart
        bars={[tally('England', { outstanding: 36, good: 67, 'requires-improvement': 31, inadequate: 19 })]}
        series={series}
      />,
    );
    expect(segmentTexts(container)).toEqual(['36', '67', '31', '19']);
    expect([...container.querySelectorAll('.recharts-legend-item-text')].map((item) => item.textContent)).toEqual(
      series.map((entry) => entry.label),
    );
  });

  it('labels segments with shares in a column chart', () => {
    const { container } = render(
      <GradeMixChart
        bars={[tally('2025', { outstanding: 1, good: 3 })]}
        series={series}
        orientation="columns"
        segmentText="share"
        categoryTitle="As at 31 March"
      />,
    );
    expect(segmentTexts(container)).toEqual(['25%', '75%']);
    expect(container).toHaveTextContent('As at 31 March');
  });

  it('names an authority’s own grade on its segment, in bold', () => {
    const { container } = render(
      <GradeMixChart
        bars={[
          tally('Walsall', { good: 1 }, { ownGrade: true, description: 'Walsall: Good' }),
          tally('England (5)', { good: 4, inadequate: 1 }),
        ]}
        series={series}
        legend={false}
      />,
    );
    expect(segmentTexts(container)).toEqual(['Good', '4', '1']);
    expect(container.querySelector('.recharts-label-list text[font-weight="700"]')).toHaveTextContent('Good');
    expect(container.querySelector('.recharts-legend-wrapper')).toBeNull();
  });

  it('draws white 2px strokes between segments', () => {
    const { container } = render(
      <GradeMixChart bars={[tally('England', { good: 2, inadequate: 1 })]} series={series} />,
    );
    const rectangles = [...container.querySelectorAll('.recharts-bar-rectangle path')];
    expect(rectangles.length).toBeGreaterThan(0);
    for (const rectangle of rectangles)
      expect([rectangle.getAttribute('stroke'), rectangle.getAttribute('stroke-width')]).toEqual(['#ffffff', '2']);
  });
});

describe('GradeMixChart grade words', () => {
  it('writes each grade’s word or initial before its number where the segment has room, so a grey print still names it', () => {
    const { container } = render(
      <GradeMixChart
        bars={[tally('England', { outstanding: 36, good: 67, 'requires-improvement': 31, inadequate: 19 })]}
        series={series}
      />,
    );
    const written = [...container.querySelectorAll('.recharts-label-list text.app-segment-grade')].map(
      (text) => text.textContent,
    );
    expect(written.length).toBeGreaterThan(0);
    const allowed = series.flatMap((entry) => [entry.label, GRADE_INITIALS[entry.grade]]);
    for (const word of written) expect(allowed).toContain(word);
  });
});
