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

test('Walsall’s inspections from 2008 to 2021, every framework’s, appear as grade mixes with their counts, latest areas, change and measure', async ({
  page,
}) => {
  await page.goto('/?view=authority&authority=E08000030');
  const figure = page.getByRole('figure', { name: /Walsall’s inspections, 2008 to 2021/ });
  await expect(figure).toBeVisible();
  await expect(figure.getByText(/made 22 judgements: 8 inadequate \(36%\), 12 adequate and 2 good/)).toBeVisible();
  await expect(figure.locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  await figure.getByRole('tab', { name: 'Table' }).click();
  await expect(figure.getByRole('rowheader')).toHaveText([
    '2008: Joint inspection',
    'June 2012: Safeguarding & Looked After Children (SLAC) Inspection',
    '2 August 2013: Child Protection Inspections (CPI)',
    "4 September 2017: Single Inspection of LA Children's Services (SIF) First SIF",
    '4 October 2021: ILACS Standard Inspection',
  ]);
  // Ofsted's table prints the pre-2013 grades as "Requires improvement to be good": the figure says so beside them.
  await expect(
    figure.getByText(
      /June 2012, Looked after children: The source records this grade as 'Requires improvement to be good'; the framework it was judged under \(before November 2013\) called it Adequate\./,
    ),
  ).toBeVisible();
  await expect(
    figure.getByText(
      /2 August 2013, Overall effectiveness: The source records this grade as 'Requires improvement to be good'/,
    ),
  ).toBeVisible();

  const latest = page.getByRole('figure', { name: /Walsall’s latest inspection, 4 October 2021/ });
  const areas = latest.getByRole('list', { name: /grade for each judgement area/ }).getByRole('listitem');
  await expect(areas).toHaveCount(5);
  await expect(areas.filter({ hasText: 'children who need help and protection' })).toContainText(
    'Requires improvement to be good',
  );
  await expect(areas.filter({ hasText: 'care leavers' })).toContainText(
    'Not judged (this area was only judged from 1 January 2023)',
  );

  // Consecutive inspections by default, and the frameworks named where they differ.
  const change = page.getByRole('figure', { name: /what changed between 4 September 2017 and 4 October 2021/ });
  await expect(change.getByText(/different frameworks/)).toBeVisible();

  const measures = page.getByRole('figure', { name: /Walsall’s measures over time/ });
  await expect(measures.getByText(/felt safe: 94% in June 2012/)).toBeVisible();
  await expect(measures.locator('.recharts-bar-rectangle')).toHaveCount(1);
});

test('Walsall’s 2012 and 2013 judgements read in their frameworks’ words: safeguarding Inadequate; looked after children and child protection Adequate, with the note', async ({
  page,
}) => {
  await page.goto('/?view=matrix&authority=E08000030');
  const grid = page.getByRole('table', { name: /Walsall: each judgement area/ });
  await expect(
    grid.getByText(
      /Graded by area: Safeguarding: Inadequate; Looked after children: Adequate \(The source records this grade as 'Requires improvement to be good'/,
    ),
  ).toBeVisible();
  const cpiColumn = (await grid.getByRole('columnheader').allTextContents()).findIndex((text) =>
    text.startsWith('2 August 2013'),
  );
  expect(cpiColumn).toBeGreaterThan(0);
  const overall = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Overall effectiveness' }) });
  await expect(overall.locator('th, td').nth(cpiColumn)).toHaveText('Adequate');
  await expect(
    page.getByText(
      /2 August 2013, Overall effectiveness: The source records this grade as 'Requires improvement to be good'; the framework it was judged under \(before November 2013\) called it Adequate\./,
    ),
  ).toBeVisible();
});

test('filters change the address and the figures; reload keeps them; Back restores the previous state', async ({
  page,
}) => {
  await page.goto('/?view=authority');
  await page.getByRole('combobox', { name: /Authority/ }).selectOption('E08000012');
  await expect(page).toHaveURL(/authority=E08000012/);
  await expect(page.getByRole('figure', { name: /Liverpool’s inspections, 2011 to 2025/ })).toBeVisible();
  await expect(page.getByText(/LA Monitoring visit.*No judgements \(visit/).first()).toBeVisible();

  await page.getByRole('combobox', { name: 'From' }).selectOption('2020');
  await expect.poll(() => search(page.url())).toEqual({ view: 'authority', authority: 'E08000012', from: '2020' });
  await expect(page.getByRole('figure', { name: /Liverpool’s inspections, 2023 to 2025/ })).toBeVisible();
  await expect(page.getByText(/A change table needs two judged inspections, and Liverpool has only one/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2020');
  await expect(page.getByRole('figure', { name: /Liverpool’s inspections, 2023 to 2025/ })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('figure', { name: /Liverpool’s inspections, 2011 to 2025/ })).toBeVisible();
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
  await expect(page.getByRole('alert')).toContainText(
    'The earlier inspection (4 October 2021) is after the later one (2008)',
  );
  await page.goBack();
  await expect(page.getByRole('alert')).toContainText('The earlier and later inspections are the same');
});

test('edge states say what happened and what to do', async ({ page }) => {
  await page.goto('/?view=authority&authority=E10000006');
  await expect(
    page.getByText(
      'No inspections for Cumbria after 2022: the authority no longer exists (it ceased on 1 April 2023).',
    ),
  ).toBeVisible();
  // Cumberland began on 1 April 2023: its first inspection is its only one.
  await page.goto('/?view=authority&authority=E06000063');
  await expect(page.getByText(/Cumberland has only one judged inspection/)).toBeVisible();
  await page.goto('/?view=authority&type=LA+Monitoring+visit');
  await expect(page.getByRole('status')).toHaveText(
    'No inspections match these filters: widen the years or clear the type.',
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => search(page.url())).toEqual({ view: 'authority' });
  await expect(page.getByRole('figure', { name: /Walsall’s inspections/ })).toBeVisible();
});

test('no serious accessibility violations on Walsall, on a ceased authority and at 320px wide', async ({ page }) => {
  await page.goto('/?view=authority');
  await expect(page.getByRole('figure', { name: /Walsall’s inspections/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.goto('/?view=authority&authority=E10000006');
  await expect(page.getByRole('figure', { name: /Cumbria’s inspections/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/?view=authority&authority=E08000012');
  await expect(page.getByRole('figure', { name: /Liverpool’s inspections/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // Content reflows: nothing wider than the screen but the tables, which scroll inside their own region.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
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
