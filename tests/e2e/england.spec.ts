// "England at a date" in a real browser: the published counts, filters in the address bar, reload, Back, axe and the keyboard.
import { expectNoSeriousAxeViolations } from './axe';
import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const ENGLAND_FIGURE = /^Latest grades in each judgement area, England, as at /;

async function bodyRows(figure: Locator): Promise<string[][]> {
  return figure
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
}

const params = (page: Page) => new URL(page.url()).searchParams;

/** Presses Tab until `target` has focus (or `most` presses), so the walk does not depend on how many stops come before. */
async function tabUntilFocused(page: Page, target: Locator, most: number): Promise<void> {
  for (
    let presses = 0;
    presses < most && !(await target.evaluate((element) => element === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('opens by URL on England as at 31 March 2025 with Ofsted’s published counts, drawn and tabled', async ({
  page,
}) => {
  await page.goto('/?view=england');
  const figure = page.getByRole('figure', {
    name: 'Latest grades in each judgement area, England, as at 31 March 2025',
  });
  await expect(figure).toBeVisible();
  await expect(
    figure.getByText(/103 of 153 local authorities \(67%\) were judged good or outstanding for overall effectiveness/),
  ).toBeVisible();
  // Five areas, four grades each, every segment drawn; the overall bar's segments are labelled with the counts.
  await expect(figure.locator('.recharts-bar-rectangle')).toHaveCount(20);
  for (const count of ['36', '67', '31', '19'])
    await expect(
      figure.locator('.recharts-label-list text', { hasText: new RegExp(`^${count}$`) }).first(),
    ).toBeVisible();
  await figure.getByRole('tab', { name: 'Table' }).click();
  const [overall] = await bodyRows(figure);
  expect(overall?.slice(0, 5)).toEqual(['Overall effectiveness', '36 (24%)', '67 (44%)', '31 (20%)', '19 (12%)']);
  await expect(figure.getByText(/^Source: .*Open Government Licence v3\.0/)).toBeVisible();
  await expect(
    page.getByRole('figure', { name: 'Overall effectiveness by region, as at 31 March 2025' }),
  ).toBeVisible();
  const trend = page.getByRole('figure', {
    name: 'Overall effectiveness: shares of each grade, England, 31 March 2019 to 31 March 2025',
  });
  await expect(trend.getByText(/Authorities covered at each date: 48 at 31 March 2019/)).toBeVisible();
  await expect(trend.locator('.recharts-bar-rectangle')).toHaveCount(28);
});

test('filters change the address and the figures; reload keeps them; Back restores the state before', async ({
  page,
}) => {
  await page.goto('/?view=england');
  await expect(page.getByRole('figure', { name: ENGLAND_FIGURE })).toBeVisible();

  await page.getByRole('button', { name: '31 March 2023' }).click();
  await expect(page).toHaveURL(/asAt=2023-03-31/);
  await expect(
    page.getByRole('figure', { name: 'Latest grades in each judgement area, England, as at 31 March 2023' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '31 March 2023' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('combobox', { name: 'Region' }).selectOption('North West');
  await expect(page).toHaveURL(/region=North\+West/);
  const regionFigure = page.getByRole('figure', {
    name: 'Overall effectiveness: North West compared with England, as at 31 March 2023',
  });
  await expect(regionFigure).toBeVisible();
  await expect(regionFigure.locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  await expect(
    page.getByRole('figure', {
      name: 'Overall effectiveness: shares of each grade, North West, 31 March 2019 to 31 March 2023',
    }),
  ).toBeVisible();

  await page
    .getByRole('combobox', { name: 'Judgement area' })
    .selectOption({ label: 'The experiences and progress of children in care' });
  await expect(page).toHaveURL(/area=children-in-care/);
  await expect(
    page.getByRole('figure', { name: 'Children in care: latest grades in England as at 31 March 2023' }),
  ).toBeVisible();
  expect(Object.fromEntries(params(page))).toEqual({
    view: 'england',
    asAt: '2023-03-31',
    region: 'North West',
    area: 'children-in-care',
  });

  await page.reload();
  await expect(
    page.getByRole('figure', { name: 'Children in care: North West compared with England, as at 31 March 2023' }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('North West');

  await page.goBack();
  await expect(
    page.getByRole('figure', { name: 'Overall effectiveness: North West compared with England, as at 31 March 2023' }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Judgement area' })).toHaveValue('');
  await page.goBack();
  await expect(
    page.getByRole('figure', { name: 'Overall effectiveness by region, as at 31 March 2023' }),
  ).toBeVisible();
  await page.goBack();
  await expect(
    page.getByRole('figure', { name: 'Latest grades in each judgement area, England, as at 31 March 2025' }),
  ).toBeVisible();
  expect(params(page).get('asAt')).toBeNull();
});

test('edge states: a bad date falls back, a date before any ILACS inspection says what to do, a future date shows the latest known', async ({
  page,
}) => {
  await page.goto('/?view=england&asAt=not-a-date');
  await expect(page.getByText(/‘not-a-date’ in the address is not a date/)).toBeVisible();
  await expect(
    page.getByRole('figure', { name: 'Latest grades in each judgement area, England, as at 31 March 2025' }),
  ).toBeVisible();

  await page.goto('/?view=england&asAt=2017-12-31');
  await expect(
    page.getByText(/No authority had an ILACS inspection by 31 December 2017: choose a later date/),
  ).toBeVisible();
  await page.getByRole('link', { name: '31 March 2025' }).click();
  await expect(page).toHaveURL(/asAt=2025-03-31/);
  await expect(page.getByRole('figure', { name: ENGLAND_FIGURE })).toBeVisible();

  await page.goto('/?view=england&asAt=2031-03-31');
  await expect(page.getByText(/31 March 2031 is later than any inspection held/)).toBeVisible();
  await expect(page.getByText(/^As at 31 March 2031, 103 of 153 local authorities/)).toBeVisible();
});

test('no serious accessibility violations, on the default view and with a region and table shown', async ({ page }) => {
  await page.goto('/?view=england');
  await expect(page.getByRole('figure', { name: ENGLAND_FIGURE })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.goto('/?view=england&region=London&area=care-leavers&asAt=2024-03-31');
  await expect(page.getByRole('figure', { name: /^Care leavers: London compared with England/ })).toBeVisible();
  for (const tab of await page.getByRole('tab', { name: 'Table' }).all()) await tab.click();
  await expectNoSeriousAxeViolations(page);
});

test('keyboard only: quick picks, the selects and a figure’s tabs all work from the keyboard', async ({ page }) => {
  await page.goto('/?view=england');
  await expect(page.getByRole('figure', { name: ENGLAND_FIGURE })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab on through whatever the page shell puts first until the date field has focus.
  const dateField = page.getByRole('group', { name: 'As at' }).getByLabel('Day');
  await tabUntilFocused(page, dateField, 25);

  // GOV.UK's date input: a Tab for each of its day, month and year boxes; then a quick pick for each 31 March from 2010.
  await tabUntilFocused(page, page.getByRole('button', { name: '31 March 2010' }), 4);
  await tabUntilFocused(page, page.getByRole('button', { name: '31 March 2020' }), 10);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/asAt=2020-03-31/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/asAt=2021-03-31/);
  await expect(
    page.getByRole('figure', { name: 'Latest grades in each judgement area, England, as at 31 March 2021' }),
  ).toBeVisible();

  const region = page.getByRole('combobox', { name: 'Region' });
  await tabUntilFocused(page, region, 10);
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/region=East\+Midlands/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Judgement area' })).toBeFocused();

  // Onwards to the first figure's tabs: the arrow keys move between Chart and Table.
  const chartTab = page.getByRole('figure', { name: ENGLAND_FIGURE }).getByRole('tab', { name: 'Chart' });
  await tabUntilFocused(page, chartTab, 10);
  await page.keyboard.press('ArrowRight');
  const figure = page.getByRole('figure', { name: ENGLAND_FIGURE });
  await expect(figure.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(figure.getByRole('table')).toBeVisible();
});
