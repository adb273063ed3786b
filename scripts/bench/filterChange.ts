// How long a filter change takes to reach the screen on the default dataset, against a tab switch in the same page.
import type { Page } from '@playwright/test';
import { median } from './stats';

const RUNS = 9;

/**
 * Time from a change event to the second animation frame after the figure's summary text changes:
 * the frame in which the new charts are painted.
 */
async function timeChange(page: Page, act: () => Promise<void>, watchSelector: string): Promise<number> {
  await page.evaluate((selector) => {
    const target = document.querySelector(selector);
    const state = window as unknown as { benchStart?: number; benchDone?: Promise<number> };
    state.benchDone = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - (state.benchStart ?? 0))));
      });
      if (target) observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    state.benchStart = performance.now();
  }, watchSelector);
  await act();
  return page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
}

export interface FilterChangeResult {
  readonly filterMs: number;
  readonly tabMs: number;
}

export async function measureFilterChange(page: Page, origin: string): Promise<FilterChangeResult> {
  await page.goto(`${origin}/?view=england`);
  const area = page.getByRole('combobox', { name: 'Judgement area', exact: true });
  await area.waitFor();
  const choices = ['overall-effectiveness', 'help-and-protection', 'children-in-care', ''];
  const tab = page.getByRole('tab', { name: 'Table' }).first();
  const chart = page.getByRole('tab', { name: 'Chart' }).first();
  await tab.waitFor();
  // Taking turns, so a busy moment on a shared machine falls on both.
  const filterTimes: number[] = [];
  const tabTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const value = choices[run % choices.length]!;
    filterTimes.push(await timeChange(page, async () => void (await area.selectOption(value)), 'main'));
    tabTimes.push(await timeChange(page, () => (run % 2 === 0 ? tab : chart).click(), 'main'));
  }
  return { filterMs: median(filterTimes), tabMs: median(tabTimes) };
}
