// The first view in a real browser: both figures show the real numbers, from the app's own origin only.
import { test, expect } from './fixtures';

test('England’s latest overall effectiveness shows the published counts, chart and table', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /Overall effectiveness of children’s services in England/ });
  await expect(figure).toBeVisible();
  const table = figure.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(5);
  const counts = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => [row.querySelector('th')?.textContent, row.querySelector('td')?.textContent]),
  );
  expect(counts).toEqual([
    ['Outstanding', '36'],
    ['Good', '67'],
    ['Requires improvement to be good', '31'],
    ['Inadequate', '19'],
  ]);
  // The chart is drawn, not just its table: one bar per grade, each labelled with its count.
  await expect(figure.locator('.recharts-bar-rectangle')).toHaveCount(4);
  await expect(figure.locator('.recharts-label-list')).toContainText(['36', '67', '31', '19'].join(''));
  await expect(figure.getByText(/^Source: .*Open Government Licence v3\.0/)).toBeVisible();
});

test('Walsall’s inspections from 2008 to 2021 appear as grade mixes with their counts', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /Walsall’s inspections, 2008 to 2021/ });
  await expect(figure).toBeVisible();
  await expect(figure.getByRole('rowheader')).toHaveText([
    '2008: Joint inspection',
    'June 2012: Inspection of safeguarding and looked after children services',
    '4 October 2021: ILACS Standard Inspection',
  ]);
  await expect(figure.getByText(/made 22 judgements: 8 inadequate \(36%\), 12 adequate and 2 good/)).toBeVisible();
  // 2008: 1 good; 2012: 2 good, 12 adequate, 8 inadequate; 2021: 3 good, 1 requires improvement.
  await expect(figure.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle')).not.toHaveCount(0);
  const labels = await figure.locator('.recharts-label-list text').allTextContents();
  expect(labels.filter((text) => text !== '').sort()).toEqual(['1', '1', '12', '2', '3', '8'].sort());
  await expect(figure.getByText(/felt safe, 94%/)).toBeVisible();
});

test('the page works from the keyboard: skip link, then the tables can be scrolled', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
