// Chart text in a real browser, with the page's real fonts: every bar's name sits inside its chart, wide and on a phone.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Axis names on the page's grade-mix charts that reach outside their chart's drawing, with how far. */
async function namesOutside(page: Page): Promise<{ charts: number; names: number; outside: string[] }> {
  return page.locator('.app-grade-mix-chart svg.recharts-surface').evaluateAll((all) => {
    // The legend's swatches are small recharts surfaces of their own.
    const surfaces = all.filter((surface) => !surface.closest('.recharts-legend-wrapper'));
    const outside: string[] = [];
    let names = 0;
    for (const surface of surfaces) {
      const chart = surface.getBoundingClientRect();
      for (const name of surface.querySelectorAll('.recharts-cartesian-axis-tick-label text')) {
        names += 1;
        const box = name.getBoundingClientRect();
        const over = Math.max(chart.left - box.left, box.right - chart.right);
        const words = [...name.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') || name.textContent;
        if (over > 1) outside.push(`“${words}” by ${Math.round(over)}px`);
      }
    }
    return { charts: surfaces.length, names, outside };
  });
}

// Walsall's inspection titles, England's regions (the longest is "North East, Yorkshire and the Humber") and Compare's areas.
const PAGES = [
  { view: 'An authority over time', path: '/', charts: 1 },
  { view: 'England at a date', path: '/?view=england', charts: 3 },
  { view: 'Compare', path: '/?view=compare', charts: 1 },
];

for (const width of [1100, 320]) {
  for (const { view, path, charts } of PAGES) {
    test(`${view} at ${width}px: every bar’s name fits inside its chart`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      // The names are checked once every chart is drawn.
      await expect
        .poll(async () => (await namesOutside(page)).charts, { timeout: 60_000 })
        .toBeGreaterThanOrEqual(charts);
      const { names, outside } = await namesOutside(page);
      expect(names).toBeGreaterThan(charts);
      expect(outside).toEqual([]);
    });
  }
}
