// "Providers" in a real browser: Walsall's children's homes by latest grade against the provider list itself (read here
// with papaparse), the provision-type filter in the address, the notes on what the list is, and axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expectNoSeriousAxeViolations } from './axe';
import { expect, fileInput, test } from './fixtures';

const LIST = join(
  process.cwd(),
  'data',
  'ofsted',
  'providers',
  'csc_in_england_2023__Provider_level_at_31_Mar_2023.csv',
);
const GRADES = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];

function walsallHomes(): number[] {
  const rows = Papa.parse<string[]>(readFileSync(LIST, 'utf8'), { skipEmptyLines: true }).data;
  const header = rows.find((row) => row[0] === 'Web link')!;
  const at = (heading: string) => header.indexOf(heading);
  const homes = rows.filter(
    (row) =>
      row[at('Local authority')] === 'Walsall' &&
      row[at('Provision type')]!.toLowerCase() === "children's home" &&
      row[at('Latest full inspection event type')] === 'Full inspection',
  );
  return GRADES.map(
    (grade) =>
      homes.filter((row) => row[at('Overall experiences and progress of children and young people')] === grade).length,
  );
}

test('Walsall’s children’s homes by latest grade, as the provider list counts them, with the filter in the address', async ({
  page,
}) => {
  await page.goto('/?view=providers');
  await expect(page.getByRole('heading', { name: 'Providers located in Walsall' })).toBeVisible();
  await expect(
    page.getByText(/where the provider is located, not the council that places children there/),
  ).toBeVisible();
  await expect(page.getByText(/council’s own fostering and adoption services are not in this list/)).toBeVisible();

  await page.getByRole('combobox', { name: 'Provision type' }).selectOption({ label: "Children's home" });
  await expect(page).toHaveURL(/ptype=children-s-home/);
  const figure = page.getByRole('figure', {
    name: "Children's home located in Walsall, by latest grade, against West Midlands and England",
  });
  await expect(figure).toBeVisible();
  await figure.getByRole('tab', { name: 'Table' }).click();
  const walsall = figure.locator('tbody tr').first();
  const cells = await walsall.locator('th, td').allTextContents();
  expect(cells[0]).toBe('Walsall');
  expect(cells.slice(1, 5).map((cell) => Number(cell.split(' ')[0]))).toEqual(walsallHomes());

  // The list of providers: one row per home, redacted names kept as Ofsted gives them.
  const list = page.getByRole('region', { name: "Children's home located in Walsall" });
  await expect(list.locator('tbody tr')).toHaveCount(walsallHomes().reduce((sum, count) => sum + count, 0));
  await expect(list.getByText('REDACTED').first()).toBeVisible();

  // England over time: table 8c's 2023 row, and 2020-21 in the year's series as no inspections.
  const series = page.getByRole('figure', { name: "Children's home: latest grades as at each 31 March, England" });
  await series.getByRole('tab', { name: 'Table' }).click();
  await expect(series.locator('tbody tr').last()).toContainText('2023288' + '1,962506' + '63');
  const inYear = page.getByRole('figure', { name: "Children's home: grades of the year’s inspections, England" });
  await expect(inYear.locator('[data-figure-part="note"]', { hasText: /2020-21: no inspections/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Provision type' })).toHaveValue('children-s-home');
  await expectNoSeriousAxeViolations(page);
});

test('Ofsted’s provider list chosen on Your data is read in the worker as a provider list, every row a provider', async ({
  page,
}) => {
  await page.goto('/?view=data');
  await fileInput(page).setInputFiles(LIST);
  const rows = Papa.parse<string[]>(readFileSync(LIST, 'utf8'), { skipEmptyLines: true }).data;
  const providers = rows.length - rows.findIndex((row) => row[0] === 'Web link') - 1;
  await expect(page.getByText(/^Ofsted provider list/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(`0 inspections, ${providers.toLocaleString('en-GB')} provider rows`)).toBeVisible();
  await expect(page.getByText(/as at 31 March 2023 \(the date its file’s name gives\)/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep this provider list' })).toBeVisible();
});

const OLDER = join(process.cwd(), 'tests', 'fixtures', 'upload', 'providers_at_31_Mar_2022_older_headings.csv');
const OLDER_NAME = 'providers_at_31_Mar_2022_older_headings.csv';

test('a provider list in the older layout is kept, listed on Your data, and offered in the Providers view as at its date', async ({
  page,
}) => {
  await page.goto('/?view=data');
  await fileInput(page).setInputFiles(OLDER);
  await expect(page.getByText(/as at 31 March 2022 \(the date its file’s name gives\)/)).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Keep this provider list' }).click();
  await expect(page.getByText(new RegExp(`Kept “${OLDER_NAME}”`))).toBeVisible();
  const held = page.getByRole('region', { name: 'Provider lists held in this browser' });
  const rows = Papa.parse<string[]>(readFileSync(OLDER, 'utf8'), { skipEmptyLines: true }).data;
  const providers = rows.length - rows.findIndex((row) => row[0] === 'URN') - 1;
  await expect(held.getByRole('row', { name: new RegExp(OLDER_NAME) })).toContainText('31 March 2022');
  await expect(held.getByRole('row', { name: new RegExp(OLDER_NAME) })).toContainText(String(providers));
  await expectNoSeriousAxeViolations(page);

  await page.goto('/?view=providers&authority=E08000030');
  const asAt = page.getByRole('combobox', { name: 'As at' });
  await expect(asAt.locator('option')).toHaveText([
    `31 March 2022: your file “${OLDER_NAME}”`,
    '31 March 2023: Ofsted’s list',
  ]);
  await asAt.selectOption({ label: `31 March 2022: your file “${OLDER_NAME}”` });
  await expect(page).toHaveURL(/asat=/);
  await expect(page.getByRole('heading', { name: 'Providers located in Walsall, as at 31 March 2022' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Walsall across the lists held' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Providers located in Walsall, as at 31 March 2022' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // On a phone, the long file name in the choice and the source lines wraps: the page stays as wide as the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const view of ['/?view=providers&authority=E08000030', '/?view=data']) {
    await page.goto(
      `${view}${view.includes('providers') ? `&asat=${new URL(page.url()).searchParams.get('asat') ?? ''}` : ''}`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Loading Ofsted’s lists of providers…')).toHaveCount(0);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0], view).toBeLessThanOrEqual(widths[1]!);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Removed on Your data, it is gone from the choice.
  await page.goto('/?view=data');
  await held.getByRole('button', { name: `Remove ${OLDER_NAME}` }).click();
  await held.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByRole('region', { name: 'Provider lists held in this browser' })).toHaveCount(0);
});
