// "An authority over time" in a real browser: filters in the address bar, the figures' real numbers, Back, axe and the keyboard.
import { expectNoSeriousAxeViolations } from './axe';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const search = (url: string) => Object.fromEntries(new URL(url).searchParams);

/** Presses Tab until the control has focus: the shell may place its own controls first. Fails after `limit` presses. */
async function tabTo(page: Page, control: Locator, limit = 12) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await control.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(control).toBeFocused();
}

test('Walsall’s inspections from 2008 to 2021 appear as grade mixes with their counts, latest areas, change and measure', async ({ page }) => {
  await page.goto('/?view=authority&authority=E08000030');
  const figure = page.getByRole('figure', { name: /Walsall’s inspections, 2008 to 2021/ });
  await expect(figure).toBeVisible();
  await expect(figure.getByText(/made 22 judgements: 8 inadequate \(36%\), 12 adequate and 2 good/)).toBeVisible();
  // 2008: 1 good; 2012: 2 good, 12 adequate, 8 inadequate; 2021: 3 good, 1 requires improvement.
  await expect(figure.locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  const labels = await figure.locator('.recharts-label').allTextContents();
  expect(labels.filter((text) => text !== '').sort()).toEqual(['1', '1', '12', '2', '3', '8'].sort());
  await figure.getByRole('tab', { name: 'Table' }).click();
  await expect(figure.getByRole('rowheader')).toHaveText([
    '2008: Joint inspection',
    'June 2012: Inspection of safeguarding and looked after children services',
    '4 October 2021: ILACS Standard Inspection',
  ]);

  const latest = page.getByRole('figure', { name: /Walsall’s latest inspection, 4 October 2021/ });
  const areas = latest.getByRole('list', { name: /grade for each judgement area/ }).getByRole('listitem');
  await expect(areas).toHaveCount(5);
  await expect(areas.filter({ hasText: 'children who need help and protection' })).toContainText('Requires improvement to be good');
  await expect(areas.filter({ hasText: 'care leavers' })).toContainText('Not judged (this area was only judged from 1 January 2023)');

  const change = page.getByRole('figure', { name: /what changed between June 2012 and 4 October 2021/ });
  await expect(change.getByRole('row', { name: /Inadequate/ })).toContainText(['8', '0', '−8'].join(''));

  const measures = page.getByRole('figure', { name: /Walsall’s measures over time/ });
  await expect(measures.getByText(/felt safe: 94% in June 2012/)).toBeVisible();
  await expect(measures.locator('.recharts-bar-rectangle')).toHaveCount(1);
});

test('filters change the address and the figures; reload keeps them; Back restores the previous state', async ({ page }) => {
  await page.goto('/?view=authority');
  await page.getByRole('combobox', { name: /Authority/ }).selectOption('E08000012');
  await expect(page).toHaveURL(/authority=E08000012/);
  await expect(page.getByRole('figure', { name: /Liverpool’s inspections, 2018 to 2025/ })).toBeVisible();
  await expect(page.getByText(/LA Monitoring visit.*No judgements \(visit/).first()).toBeVisible();

  await page.getByRole('combobox', { name: 'From' }).selectOption('2020');
  await expect.poll(() => search(page.url())).toEqual({ view: 'authority', authority: 'E08000012', from: '2020' });
  await expect(page.getByRole('figure', { name: /Liverpool’s inspections, 2023 to 2025/ })).toBeVisible();
  await expect(page.getByText(/A change table needs two judged inspections, and Liverpool has only one/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2020');
  await expect(page.getByRole('figure', { name: /Liverpool’s inspections, 2023 to 2025/ })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('figure', { name: /Liverpool’s inspections, 2018 to 2025/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('');
  await page.goBack();
  await expect(page.getByRole('figure', { name: /Walsall’s inspections, 2008 to 2021/ })).toBeVisible();
});

test('the change table takes any two inspections and refuses an earlier that is after the later', async ({ page }) => {
  await page.goto('/?view=authority');
  await page.getByRole('combobox', { name: 'Earlier inspection' }).selectOption('2008.joint-inspection');
  await expect(page).toHaveURL(/before=2008\.joint-inspection/);
  await expect(page.getByRole('figure', { name: /what changed between 2008 and 4 October 2021/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Later inspection' }).selectOption('2008.joint-inspection');
  await expect(page.getByRole('alert')).toContainText('The earlier and later inspections are the same');
  await page.getByRole('combobox', { name: 'Earlier inspection' }).selectOption('2021-10-04.ilacs');
  await expect(page.getByRole('alert')).toContainText('The earlier inspection (4 October 2021) is after the later one (2008)');
  await page.goBack();
  await expect(page.getByRole('alert')).toContainText('The earlier and later inspections are the same');
});

test('edge states say what happened and what to do', async ({ page }) => {
  await page.goto('/?view=authority&authority=E10000006');
  await expect(page.getByText('No inspections for Cumbria after 2022: the authority no longer exists (it ceased on 1 April 2023).')).toBeVisible();
  await expect(page.getByText(/Cumbria has only one judged inspection/)).toBeVisible();
  await page.goto('/?view=authority&type=LA+Monitoring+visit');
  await expect(page.getByRole('status')).toHaveText('No inspections match these filters: widen the years or clear the type.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => search(page.url())).toEqual({ view: 'authority' });
  await expect(page.getByRole('figure', { name: /Walsall’s inspections/ })).toBeVisible();
});

test('no serious accessibility violations on Walsall, on a ceased authority and at 320px wide', async ({ page }) => {
  await page.goto('/?view=authority');
  await expect(page.getByRole('figure', { name: /Walsall’s inspections/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.goto('/?view=authority&authority=E10000006&before=2022-09-20.ilacs');
  await expect(page.getByText(/Cumbria has only one judged inspection/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/?view=authority&authority=E08000012');
  await expect(page.getByRole('figure', { name: /Liverpool’s inspections/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // Content reflows: nothing wider than the screen but the tables, which scroll inside their own region.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the keyboard alone chooses an authority, a year, and the Table tab', async ({ page }) => {
  await page.goto('/?view=authority');
  await expect(page.getByRole('figure', { name: /Walsall’s inspections/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await tabTo(page, page.getByRole('combobox', { name: /Authority/ }));
  // The native select's type-ahead.
  await page.keyboard.type('Cumbria');
  await expect(page).toHaveURL(/authority=E10000006/);
  await expect(page.getByText(/No inspections for Cumbria after 2022/)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Inspection type' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'From' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/from=\d{4}/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Judgement area' })).toBeFocused();
  // Clear filters, then the timeline figure's tabs: arrows move between Chart and Table, Space chooses.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => search(page.url())).toEqual({ view: 'authority', authority: 'E10000006' });
  const figure = page.getByRole('figure', { name: /Cumbria’s inspections/ });
  await figure.getByRole('tab', { name: 'Chart' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(figure.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(figure.getByRole('table')).toBeVisible();
});
