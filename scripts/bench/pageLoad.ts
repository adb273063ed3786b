// In Chromium: time from navigation to the first chart (the app against a one-chart page), and the page's longest task during a big upload.
import type { Browser, Page } from '@playwright/test';
import { median } from './stats';

/** Milliseconds from the start of navigation to the first animation frame in which a chart's SVG is in the page. */
async function firstChartMs(browser: Browser, url: string): Promise<number> {
  // A fresh context each time: nothing cached, no service worker yet, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => (document.querySelector('svg.recharts-surface') ? performance.now() : 0), undefined, { polling: 'raf', timeout: 60_000 });
  const ms = Number(await handle.jsonValue());
  await context.close();
  return ms;
}

export async function measureFirstChart(browser: Browser, appUrl: string, minimalUrl: string, runs = 5): Promise<{ appMs: number; minimalMs: number }> {
  const app: number[] = [];
  const minimal: number[] = [];
  // Interleaved, so a busy moment on a shared machine falls on both.
  for (let run = 0; run < runs; run++) {
    app.push(await firstChartMs(browser, appUrl));
    minimal.push(await firstChartMs(browser, minimalUrl));
  }
  return { appMs: median(app), minimalMs: median(minimal) };
}

export interface UploadTiming {
  /** From choosing the file to its preview on screen. */
  readonly totalMs: number;
  /** The longest main-thread task in that time (Long Tasks API: only tasks over 50 ms are reported at all). */
  readonly longestTaskMs: number;
  readonly longTasks: number;
}

export async function measureUpload(page: Page, origin: string, path: string, fileName: string): Promise<UploadTiming> {
  await page.goto(`${origin}/?view=data`);
  await page.getByLabel('Choose inspection files').waitFor();
  await page.evaluate(() => {
    const state = window as unknown as { benchTasks: number[] };
    state.benchTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.benchTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const start = Date.now();
  await page.getByLabel('Choose inspection files').setInputFiles(path);
  await page.getByRole('region', { name: `Preview: ${fileName}` }).getByText('Rows read').waitFor({ timeout: 300_000 });
  const totalMs = Date.now() - start;
  const tasks = await page.evaluate(() => (window as unknown as { benchTasks: number[] }).benchTasks);
  return { totalMs, longestTaskMs: tasks.length === 0 ? 0 : Math.max(...tasks), longTasks: tasks.length };
}
