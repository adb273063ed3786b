// Keyboard use in a real browser: a chart is one named tab stop, the first Table tab is near the top, and focus follows navigation.
import { expect, fileInput, test } from './fixtures';

test('from the top of the authority view, Tab reaches the first chart’s tabs in at most 15 presses, and its Table tab is one arrow away', async ({
  page,
}) => {
  await page.goto('/?view=authority&authority=E08000030');
  const figure = page.getByRole('figure').first();
  await expect(figure.getByRole('img', { name: /^Chart: Walsall’s inspections/ })).toBeVisible();
  const tablist = figure.getByRole('tablist');
  let presses = 0;
  while (presses < 15 && !(await tablist.evaluate((list) => list.contains(document.activeElement)))) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(
    await tablist.evaluate((list) => list.contains(document.activeElement)),
    `the tabs after ${presses} presses of Tab`,
  ).toBe(true);
  await page.keyboard.press('ArrowRight');
  const tableTab = figure.getByRole('tab', { name: 'Table' });
  await expect(tableTab).toBeFocused();
  await expect(tableTab).toHaveAttribute('aria-selected', 'true');
  await expect(figure.getByRole('table')).toBeVisible();
});

test('each chart is a single tab stop, named after its figure and described in words', async ({ page }) => {
  await page.goto('/?view=authority&authority=E08000030');
  const chart = page
    .getByRole('figure')
    .first()
    .getByRole('img', { name: /^Chart: Walsall’s inspections, 2008 to 2021/ });
  await expect(chart).toBeVisible();
  // Nothing inside the drawing takes focus: recharts' own keyboard layer is off.
  expect(
    await chart.evaluate(
      (frame) =>
        [...frame.querySelectorAll('*')].filter((element) => (element as HTMLElement | SVGElement).tabIndex >= 0)
          .length,
    ),
  ).toBe(0);
  const description = await chart.evaluate(
    (frame) => document.getElementById(frame.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
  );
  expect(description).toContain(
    'June 2012: Safeguarding & Looked After Children (SLAC) Inspection: 2 good, 12 adequate, 8 inadequate',
  );
  expect(description).toContain('Table tab');
  await chart.focus();
  await page.keyboard.press('Tab');
  await expect(chart).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest('.app-chart-frame'))).toBeNull();
});

test('following a link to another view moves focus to its heading; the first load does not', async ({ page }) => {
  await page.goto('/?view=authority&authority=E08000030');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An authority over time');
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'England at a date' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('England at a date');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('a refused file moves focus to GOV.UK’s error summary; an imported one gets a success banner', async ({
  page,
}, testInfo) => {
  const { writeFile, mkdir } = await import('node:fs/promises');
  await mkdir(testInfo.outputDir, { recursive: true });
  const refused = testInfo.outputPath('shopping.csv');
  await writeFile(refused, 'Item,Price\nApples,1.20\nPears,0.90\n');
  await page.goto('/?view=data');
  await fileInput(page).setInputFiles(refused);
  const summary = page.locator('.govuk-error-summary').filter({ hasText: 'This file cannot be imported as it is' });
  await expect(summary).toBeFocused();

  const measures = testInfo.outputPath('measures.csv');
  await writeFile(
    measures,
    'Authority,Authority code,Date,Measure,Value,Unit\nWalsall,E08000030,2024-03,Felt safe,90,%\n',
  );
  await fileInput(page).setInputFiles(measures);
  await page
    .getByRole('region', { name: 'Preview: measures.csv' })
    .getByRole('button', { name: /^Import/ })
    .click();
  const banner = page.locator('.govuk-notification-banner--success');
  await expect(banner).toContainText('Imported “measures.csv”');
  await expect(banner.getByRole('heading', { name: 'Success' })).toBeVisible();
});

test('from the top of Compare with a group of its own, both skip links pass the navigation and the list of authorities, and Tab reaches the first figure’s tabs in 26 presses', async ({
  page,
}) => {
  // Walsall with two comparators of its own: the picker's 156 checkboxes stand between the filters and the figures.
  await page.goto('/?view=compare&authority=E08000030&group=own&with=E08000031,E08000025');
  const figure = page.getByRole('figure').first();
  await expect(figure).toBeVisible();
  const tablist = figure.getByRole('tablist');
  const skipLinks = [
    { link: page.getByRole('link', { name: 'Skip to main content' }), lands: page.locator('#main') },
    {
      link: page.getByRole('link', { name: /^Skip the list of 156 authorities$/ }),
      lands: page.getByRole('heading', { name: 'Chosen comparators (2)' }),
    },
  ];
  const followed: string[] = [];
  const stops: string[] = [];
  const focused = () => tablist.evaluate((list) => list.contains(document.activeElement));
  while (stops.length < 40 && !(await focused())) {
    for (const { link, lands } of skipLinks) {
      if (!(await link.evaluate((element) => element === document.activeElement))) continue;
      // A skip link shows itself when it takes focus, as GOV.UK's does, and moves focus where it says.
      await expect(link).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(lands).toBeFocused();
      followed.push((await link.textContent()) ?? '');
    }
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const active = document.activeElement as HTMLInputElement | null;
        const label = active?.labels?.[0]?.textContent ?? active?.textContent ?? '';
        return `${active?.tagName.toLowerCase()}${active?.type ? `[${active.type}]` : ''} ${label.slice(0, 30)}`;
      }),
    );
  }
  const route = `${stops.length} presses of Tab: ${stops.join(' | ')}`;
  expect(await focused(), `the tabs after ${route}`).toBe(true);
  expect(followed, route).toEqual(['Skip to main content', 'Skip the list of 156 authorities']);
  // No checkbox of the list, and no link of the navigation, was a stop on the way.
  expect(stops.filter((stop) => stop.startsWith('input[checkbox]') || stop.startsWith('a An authority'))).toEqual([]);
  expect(stops.length, route).toBeLessThanOrEqual(26);
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(figure.getByRole('table', { name: /^Walsall’s grade and how many/ })).toBeVisible();
});
