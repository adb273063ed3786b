// In Chromium: time from navigation to the first chart (the app against a one-chart page), and the page's longest task during a big upload.
import type { Browser, Page } from '@playwright/test';
import { median } from './stats';

/** Milliseconds from the start of navigation to the first animation frame in which a chart's SVG is in the page. */
async function firstChartMs(browser: Browser, url: string): Promise<number> {
  // A fresh context each time: nothing cached, no service worker yet, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => (document.querySelector('svg.recharts-surface') ? performance.now() : 0),
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const ms = Number(await handle.jsonValue());
  await context.close();
  return ms;
}

/** Cold loads of each page. Five gave medians that moved by a tenth from one run of the bench to the next. */
export const FIRST_CHART_RUNS = 11;

export async function measureFirstChart(
  browser: Browser,
  appUrl: string,
  minimalUrl: string,
  runs = FIRST_CHART_RUNS,
): Promise<{ appMs: number; minimalMs: number }> {
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
  /** From choosing the file to its preview on screen, the check for inspections already held included. */
  readonly readMs: number;
  /** From pressing Import to the message that the records are kept (saved in the browser and in every view). */
  readonly saveMs: number;
  /** The longest main-thread task while reading, and while saving (Long Tasks API: only tasks over 50 ms are reported at all). */
  readonly longestReadTaskMs: number;
  readonly longestSaveTaskMs: number;
  readonly longTasks: number;
}

export async function measureUpload(page: Page, origin: string, path: string, fileName: string): Promise<UploadTiming> {
  await page.goto(`${origin}/?view=data`);
  // GOV.UK's file upload gives its label to its button and hides the input itself.
  const input = page.getByTestId('drop-zone').locator('input[type="file"]');
  await page.getByRole('button', { name: /^Choose inspection files/ }).waitFor();
  await page.evaluate(() => {
    const state = window as unknown as { benchTasks: Array<{ start: number; duration: number }> };
    state.benchTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.benchTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
  const now = () => page.evaluate(() => performance.now());
  const readStart = await now();
  await input.setInputFiles(path);
  const preview = page.getByRole('region', { name: `Preview: ${fileName}` });
  const importButton = preview.getByRole('button', { name: /^Import / });
  await importButton.waitFor({ timeout: 300_000 });
  // Enabled once the inspections already held have been looked for.
  await importButton.and(preview.locator('button:enabled')).waitFor({ timeout: 300_000 });
  const saveStart = await now();
  await importButton.click();
  await page.getByText(`Imported “${fileName}”`).waitFor({ timeout: 300_000 });
  const saveEnd = await now();
  const tasks = await page.evaluate(
    () => (window as unknown as { benchTasks: Array<{ start: number; duration: number }> }).benchTasks,
  );
  const longest = (from: number, to: number) =>
    Math.max(0, ...tasks.filter((task) => task.start >= from && task.start < to).map((task) => task.duration));
  return {
    readMs: saveStart - readStart,
    saveMs: saveEnd - saveStart,
    longestReadTaskMs: longest(readStart, saveStart),
    longestSaveTaskMs: longest(saveStart, saveEnd + 1),
    longTasks: tasks.length,
  };
}
