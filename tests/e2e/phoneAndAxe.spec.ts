// Every view on a 390 px phone and at 1280 px: no sideways scroll of the page (only inside labelled table regions), and axe finds nothing serious.
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { expect, fileInput, test } from './fixtures';

const VIEWS = [
  ['an authority over time', '/?view=authority&authority=E08000030'],
  ['England at a date', '/?view=england'],
  ['Compare', '/?view=compare&authority=E08000025&with=E08000030'],
  ['Compare with a group of its own', '/?view=compare&authority=E08000030&group=own&with=E08000031'],
  ['the judgement matrix of one authority', '/?view=matrix&authority=E08000030'],
  ['the judgement matrix of authorities', '/?view=matrix&rows=authorities'],
  ['providers', '/?view=providers&authority=E08000030'],
  ['the summary card', '/?view=card&authority=E08000030'],
  ['the providers of one authority', '/?view=providers&authority=E08000030'],
  ['the children’s homes of one authority', '/?view=providers&authority=E08000030&ptype=children-s-home'],
  ['your data', '/?view=data'],
] as const;

async function open(page: Page, address: string) {
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Opening the view…')).toHaveCount(0);
  await expect(page.getByText('Loading the inspection data…')).toHaveCount(0);
  // The Providers view and the card wait for Ofsted's provider list, a chunk of its own.
  await expect(page.getByText('Loading Ofsted’s lists of providers…')).toHaveCount(0);
  await expect(page.getByText('Making the card…')).toHaveCount(0);
}

for (const [name, address] of VIEWS) {
  test.describe(`${name} at 390 px`, () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('the page is no wider than the screen; what scrolls sideways is a labelled, focusable region', async ({
      page,
    }) => {
      await open(page, address);
      const { page: width, viewport } = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(width, 'page width').toBeLessThanOrEqual(viewport);
      const scrollers = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter(
            (element) =>
              element.scrollWidth > element.clientWidth + 1 &&
              ['auto', 'scroll'].includes(getComputedStyle(element).overflowX),
          )
          .map((element) => ({
            role: element.getAttribute('role'),
            label: element.getAttribute('aria-label'),
            tabIndex: element.tabIndex,
          })),
      );
      for (const scroller of scrollers)
        expect(scroller, 'a sideways scroller').toMatchObject({
          role: 'region',
          tabIndex: 0,
          label: expect.any(String),
        });
    });

    test('axe finds no serious or critical violations', async ({ page }) => {
      await open(page, address);
      await expectNoSeriousAxeViolations(page);
    });
  });

  test(`${name} at 1280 px: axe finds no serious or critical violations`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, address);
    await expectNoSeriousAxeViolations(page);
  });
}

test.describe('the matrix on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('opens with the latest inspection in view, beside the sticky area names', async ({ page }) => {
    await open(page, '/?view=matrix&authority=E08000030');
    const grid = page.getByRole('region', {
      name: /^Walsall: each judgement area \(rows\) at each inspection \(columns\), oldest first$/,
    });
    const latest = grid.getByRole('columnheader', { name: /4 October 2021/ });
    const names = grid.getByRole('rowheader', { name: 'Overall effectiveness' });
    const [latestBox, namesBox] = [(await latest.boundingBox())!, (await names.boundingBox())!];
    expect(latestBox.x + latestBox.width).toBeLessThanOrEqual(390);
    expect(latestBox.x).toBeGreaterThanOrEqual(namesBox.x + namesBox.width - 1);
    expect(namesBox.x).toBeGreaterThanOrEqual(0);
  });
});

test('at 1280 px every view’s link sits on one row of the navigation', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, '/?view=authority&authority=E08000030');
  const tops = await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
});

for (const width of [1280, 390]) {
  test(`no view logs a console warning at ${width} px, with each figure switched to its table and back`, async ({
    page,
  }) => {
    // Errors fail every test already (./fixtures); warnings are caught here.
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(`${page.url()}: ${message.text()}`);
    });
    for (const [, address] of VIEWS) {
      await open(page, address);
      for (const tab of await page.getByRole('tab', { name: 'Table' }).all()) await tab.click();
      for (const tab of await page.getByRole('tab', { name: 'Chart' }).all()) await tab.click();
    }
    expect(warnings).toEqual([]);
  });
}

test.describe('your data, holding a file, on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the list of files and its Remove and Hide controls stay on the screen', async ({ page }, testInfo) => {
    const { writeFile, mkdir } = await import('node:fs/promises');
    await mkdir(testInfo.outputDir, { recursive: true });
    const file = testInfo.outputPath('walsall-felt-safe-measures-for-the-corporate-parenting-board.csv');
    await writeFile(
      file,
      'Authority,Authority code,Date,Measure,Value,Unit\nWalsall,E08000030,2024-03,Felt safe,90,%\n',
    );
    await open(page, '/?view=data');
    await fileInput(page).setInputFiles(file);
    await page.getByRole('button', { name: /^Import/ }).click();
    await expect(page.locator('.govuk-notification-banner--success')).toBeVisible();
    const { width, viewport } = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(width).toBeLessThanOrEqual(viewport);
    for (const control of await page.getByRole('button', { name: /Remove/ }).all()) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await expectNoSeriousAxeViolations(page);
  });
});
