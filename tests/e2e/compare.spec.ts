// The Compare view in a real browser: address-bar state, comparators chosen by mouse and keyboard, reload, Back, and axe.
import { expectNoSeriousAxeViolations } from './axe';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const figure = (page: Page) => page.getByRole('figure', { name: /^Walsall against England/ });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test('opens by URL, follows filters and comparators, survives a reload, and Back undoes each change', async ({
  page,
}) => {
  await page.goto('/?view=compare&with=E08000031');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare');
  await expect(figure(page)).toHaveAccessibleName(
    'Walsall against England, the West Midlands and 1 chosen comparator: latest grades as at 31 March 2025',
  );
  await expect(
    figure(page).getByText(/Walsall was judged Good for overall effectiveness \(inspected 4 October 2021\)/),
  ).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: /Chosen comparators by grade for Overall effectiveness/ })
      .getByRole('row', { name: /Wolverhampton/ }),
  ).toContainText('28 March 2022');

  await page.getByRole('searchbox', { name: 'Search authorities' }).fill('dud');
  // Wolverhampton, already chosen, is not among the matches: the count says the search hides it.
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    '1 authority matches “dud”. 1 chosen authority is not in the list while it is searched; all are under Chosen comparators.',
  );
  await page.getByRole('checkbox', { name: 'Dudley' }).check();
  await expect.poll(() => param(page, 'with')).toBe('E08000031,E08000027');
  await expect(figure(page)).toHaveAccessibleName(/and 2 chosen comparators/);

  await page.getByRole('combobox', { name: 'Authority' }).selectOption({ label: 'Sandwell' });
  await expect.poll(() => param(page, 'authority')).toBe('E08000028');
  await expect(
    page.getByRole('figure', { name: /^Sandwell against England, the West Midlands and 2 chosen comparators/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: '31 March 2023' }).click();
  await expect.poll(() => param(page, 'asAt')).toBe('2023-03-31');
  await expect(page.getByRole('figure', { name: /against England.*latest grades as at 31 March 2023$/ })).toBeVisible();

  await page
    .getByRole('combobox', { name: /Judgement area/ })
    .selectOption({ label: 'The experiences and progress of children in care' });
  await expect.poll(() => param(page, 'area')).toBe('children-in-care');
  await expect(
    page.getByRole('heading', {
      name: 'Chosen comparators, best first: The experiences and progress of children in care',
    }),
  ).toBeVisible();
  const comparison = page.getByRole('figure', { name: /against England/ });
  const summary = await comparison.locator('.app-figure__summary').innerText();

  await page.reload();
  await expect(
    page.getByRole('heading', {
      name: 'Chosen comparators, best first: The experiences and progress of children in care',
    }),
  ).toBeVisible();
  await expect(comparison.locator('.app-figure__summary')).toHaveText(summary);
  await expect(page.getByRole('checkbox', { name: 'Dudley' })).toBeChecked();

  await page.goBack();
  await expect.poll(() => param(page, 'area')).toBeNull();
  await expect(
    page.getByRole('heading', { name: 'Chosen comparators, best first: Overall effectiveness' }),
  ).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('figure', { name: /against England.*as at 31 March 2025$/ })).toBeVisible();
  await page.goBack();
  await expect(figure(page)).toHaveAccessibleName(/and 2 chosen comparators/);
  await page.goBack();
  await expect(figure(page)).toHaveAccessibleName(/and 1 chosen comparator:/);
});

test('says what to do with no comparators, an uninspected date, a ceased authority and unknown codes', async ({
  page,
}) => {
  await page.goto('/?view=compare&group=own');
  await expect(page.getByText('Choose comparator authorities above to see how they compare.').first()).toBeVisible();
  await page.goto('/?view=compare&asAt=2018-03-31&with=E99999999');
  await expect(
    page.getByText(
      'Walsall had no inspection under the ILACS framework (from 2018) on or before 31 March 2018. Choose a later date or another authority.',
    ),
  ).toBeVisible();
  await expect(
    page.getByText('The link named an authority code this data does not hold, “E99999999”: it has been ignored.'),
  ).toBeVisible();
  await page.goto('/?view=compare&authority=E10000006');
  await expect(page.getByText(/Cumbria no longer existed on 31 March 2025: it ceased on 1 April 2023/)).toBeVisible();
  await page.goto('/?view=compare&authority=E10000006&asAt=2023-03-31');
  await expect(page.getByRole('figure', { name: /^Cumbria against England, the North West/ })).toBeVisible();
});

test('the keyboard alone chooses, removes and clears comparators and reads the table', async ({ page }) => {
  await page.goto('/?view=compare&group=own');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare');
  const search = page.getByRole('searchbox', { name: 'Search authorities' });
  // After the group's radios (a radio group is one Tab stop), the search comes next.
  await page.getByRole('radio', { name: 'Your own group' }).focus();
  await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  await page.keyboard.type('wolv');
  // The link that skips the list comes first; the list follows it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip the list of 1 authority' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Wolverhampton' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => param(page, 'with')).toBe('E08000031');
  await page.keyboard.press('Tab');
  const remove = page.getByRole('button', { name: 'Remove Wolverhampton' });
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'with')).toBeNull();
  await expect(page.getByRole('heading', { name: 'Chosen comparators (0)' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Add all in the West Midlands/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'with')?.split(',').length).toBe(13);
  await page.getByRole('button', { name: 'Clear all' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => param(page, 'with')).toBeNull();

  const comparison = page.getByRole('figure', { name: /against England/ });
  const chartTab = comparison.getByRole('tab', { name: 'Chart' });
  await chartTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(comparison.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(page.getByRole('table', { name: /Walsall’s grade and how many were good or better/ })).toBeVisible();
});

test('has no serious accessibility violations, with comparators, on the chart and on the table', async ({ page }) => {
  await page.goto('/?view=compare&with=E08000031,E08000025,E06000028,E10000006');
  await expect(figure(page)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await figure(page).getByRole('tab', { name: 'Table' }).click();
  await expect(page.getByRole('table', { name: /Each chosen comparator’s grade by judgement area/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
