// The judgement matrix in a real browser: address-bar state, reload and Back, keyboard use, accessibility and 320px reflow.
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { test, expect } from './fixtures';

const figure = (page: Page, name: RegExp) => page.getByRole('figure', { name });
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** Presses Tab until the locator has focus, as a keyboard user would, failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('areas by inspections: filters change the address and the grid; reload keeps it; Back returns', async ({
  page,
}) => {
  await page.goto('/?view=matrix');
  const walsall = figure(page, /Walsall: judgements by area at each inspection, from 2008 to 2021/);
  await expect(walsall).toBeVisible();
  await expect(
    walsall.getByRole('cell', {
      name: /^Counts of all judgements: 2 good, 12 adequate, 8 inadequate\. Graded by area: Safeguarding: Inadequate/,
    }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Local authority' }).selectOption({ label: 'Herefordshire' });
  await expect(page).toHaveURL(/authority=E06000019/);
  const hereford = figure(page, /Herefordshire: judgements by area at each inspection, from 2010 to 2022/);
  await expect(hereford).toContainText('Herefordshire: 5 inspections from 2010 to 2022.');
  await expect(hereford).toContainText('Left out here: LA Monitoring visit (22 October 2024)');

  await page.getByRole('combobox', { name: 'From' }).selectOption('2020');
  await expect(page).toHaveURL(/from=2020/);
  await expect(figure(page, /Herefordshire: .* in 2022/)).toBeVisible();

  await page.reload();
  await expect(figure(page, /Herefordshire: .* in 2022/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2020');

  await page.goBack();
  await expect(hereford).toBeVisible();
  expect(param(page, 'from')).toBeNull();
  await page.goBack();
  await expect(walsall).toBeVisible();
});

test('authorities by areas: layout, region, date and sort follow the address; reload and Back keep them', async ({
  page,
}) => {
  await page.goto('/?view=matrix');
  await page.getByRole('radio', { name: /Authorities/ }).check();
  await expect(page).toHaveURL(/rows=authorities/);
  const westMidlands = figure(page, /authorities in West Midlands, as at 31 March 2025/);
  await expect(westMidlands).toContainText('West Midlands, as at 31 March 2025: 14 authorities;');

  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'London' });
  await expect(page).toHaveURL(/region=London/);
  await page.getByRole('button', { name: '31 March 2022' }).click();
  await expect(page).toHaveURL(/asAt=2022-03-31/);
  const london2022 = figure(page, /authorities in London, as at 31 March 2022/);
  await expect(london2022).toBeVisible();

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('name');
  await expect(page).toHaveURL(/sort=name/);
  const names = await london2022
    .getByRole('table')
    .first()
    .getByRole('rowheader')
    .evaluateAll((headers) => headers.map((header) => header.firstChild?.textContent ?? ''));
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));

  await page.reload();
  await expect(london2022).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('name');

  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('grade');
  await page.goBack();
  await page.goBack();
  await expect(westMidlands).toBeVisible();
});

test('edge states say what to do', async ({ page }) => {
  await page.goto('/?view=matrix&rows=authorities&asAt=2018-03-31');
  await expect(page.getByRole('status')).toContainText(
    'No authority in West Midlands had an ILACS inspection on or before 31 March 2018.',
  );
  await page.goto('/?view=matrix&authority=E10000006&from=2024');
  await expect(page.getByRole('status')).toContainText('the authority no longer exists');
  await page.goto('/?view=matrix&authority=E10000006');
  await expect(figure(page, /Cumbria/)).toContainText('Cumbria: 5 inspections from 2012 to 2022.');
});

test('a keyboard-only walk: layout radios, a select, a quick pick, the tabs and the scrolling grid', async ({
  page,
}) => {
  await page.goto('/?view=matrix');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Judgement matrix');
  await tabTo(page, page.getByRole('radio', { name: /Judgement areas/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/rows=authorities/);
  await expect(page.getByRole('radio', { name: /Authorities/ })).toBeFocused();

  await tabTo(page, page.getByRole('combobox', { name: 'Sort by' }));
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/sort=name/);

  await tabTo(page, page.getByRole('button', { name: '31 March 2024' }));
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/asAt=2024-03-31/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '31 March 2024' })).toHaveAttribute('aria-pressed', 'true');

  await tabTo(page, page.getByRole('tab', { name: 'Chart' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');

  const wordsRegion = page.getByRole('region', { name: /in words with counts/ });
  await page.keyboard.press('Tab');
  await expect(wordsRegion).toBeFocused();
});

test('at 320px the page does not scroll sideways; the grid scrolls inside its region from the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/?view=matrix&rows=authorities');
  const region = page.getByRole('region', { name: /West Midlands: each authority’s latest ILACS judgements/ });
  await expect(region).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await page.goto('/?view=matrix');
  await expect(figure(page, /Walsall/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('both layouts and both tabs have no serious accessibility violations', async ({ page }) => {
  await page.goto('/?view=matrix');
  await expect(figure(page, /Walsall/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('tab', { name: 'Table' }).click();
  await expectNoSeriousAxeViolations(page);
  await page.goto('/?view=matrix&rows=authorities&area=care-leavers');
  await expect(figure(page, /West Midlands/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('tab', { name: 'Table' }).click();
  await expectNoSeriousAxeViolations(page);
});
