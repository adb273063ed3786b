// Windows high contrast (forced colours): grade tags, keys and charts keep their colours, words and edges.
import type { Page } from '@playwright/test';
import { GRADE_COLOURS } from '../../src/components/gradeColours';
import { test, expect } from './fixtures';

interface Look {
  readonly text: string;
  readonly color: string;
  readonly background: string;
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: string;
  readonly border: string;
}

/** The computed look of every element `selector` finds, in page order. */
function looks(page: Page, selector: string): Promise<Look[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      return {
        text: element.textContent ?? '',
        color: style.color,
        background: style.backgroundColor,
        fill: style.fill,
        stroke: style.stroke,
        strokeWidth: style.strokeWidth,
        border: `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}`,
      };
    }),
  );
}

/** What the browser's forced palette makes of a system colour (CanvasText: the text colour). */
function systemColour(page: Page, name: string): Promise<string> {
  return page.evaluate((colour) => {
    const probe = document.createElement('span');
    probe.style.color = colour;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }, name);
}

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)).join(', ')})`;
const GRADE_RGB = new Set(Object.values(GRADE_COLOURS).map(rgb));

test('the authority view’s bars keep their fills and words, gain an outline, and its grade tags keep colour and border', async ({
  page,
}) => {
  await page.goto('/?view=authority&authority=E08000030');
  const timeline = page.getByRole('figure').first();
  await expect(timeline.getByRole('img', { name: /^Chart: Walsall’s inspections/ })).toBeVisible();
  const segments = '.app-chart-frame .app-grade-segment path';
  const words = '.app-chart-frame .recharts-label, .app-chart-frame .app-segment-grade';
  const tags = '.app-grade-tag:not(.app-grade-tag--not-judged)';
  await expect(page.locator(tags).first()).toBeVisible();

  const before = {
    segments: await looks(page, segments),
    words: await looks(page, words),
    tags: await looks(page, tags),
  };
  await page.emulateMedia({ forcedColors: 'active' });
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  const canvasText = await systemColour(page, 'CanvasText');
  const after = {
    segments: await looks(page, segments),
    words: await looks(page, words),
    tags: await looks(page, tags),
  };

  // Bars: every segment keeps its grade's fill and is outlined in the text colour.
  expect(before.segments.length).toBeGreaterThan(0);
  expect(after.segments.map((segment) => segment.fill)).toEqual(before.segments.map((segment) => segment.fill));
  expect(after.segments.every((segment) => GRADE_RGB.has(segment.fill))).toBe(true);
  expect(new Set(after.segments.map((segment) => `${segment.stroke} ${segment.strokeWidth}`))).toEqual(
    new Set([`${canvasText} 1px`]),
  );
  // Words on bars: the same words in the same ink as without forced colours, none flattened to the text colour.
  expect(after.words.map((word) => word.text)).toContain('Good');
  expect(after.words).toEqual(before.words);

  // Tags: the grade's own colours and words, with a solid border in the text colour.
  expect(after.tags.length).toBeGreaterThan(0);
  expect(after.tags.map(({ text, color, background }) => ({ text, color, background }))).toEqual(
    before.tags.map(({ text, color, background }) => ({ text, color, background })),
  );
  expect(after.tags.every((tag) => GRADE_RGB.has(tag.background))).toBe(true);
  expect(new Set(after.tags.map((tag) => tag.border))).toEqual(new Set([`solid 1px ${canvasText}`]));
});

test('Compare’s key keeps each grade’s colour, so it still matches the bars', async ({ page }) => {
  await page.goto('/?view=compare&authority=E08000030&group=own');
  const swatches = page.locator('.app-compare-legend__swatch');
  await expect(swatches.first()).toBeVisible();
  const before = await looks(page, '.app-compare-legend__swatch');
  await page.emulateMedia({ forcedColors: 'active' });
  const canvasText = await systemColour(page, 'CanvasText');
  const after = await looks(page, '.app-compare-legend__swatch');
  expect(after.map((swatch) => swatch.background)).toEqual(before.map((swatch) => swatch.background));
  expect(after.every((swatch) => GRADE_RGB.has(swatch.background))).toBe(true);
  expect(new Set(after.map((swatch) => swatch.border))).toEqual(new Set([`solid 1px ${canvasText}`]));
  // The key's colours are the bars' colours.
  const bars = new Set((await looks(page, '.app-compare-area .app-grade-segment path')).map((segment) => segment.fill));
  expect(after.every((swatch) => bars.has(swatch.background))).toBe(true);
});
