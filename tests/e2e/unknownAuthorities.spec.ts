// Names that are no English local authority, in a real browser: refused by row, kept only when chosen (read again in
// the worker), and never counted in England's figures.
import { expect, fileInput, test } from './fixtures';

const FILE = [
  'authority_name,inspection_date,judgement_area,grade',
  '"=HYPERLINK(""http://evil.example/x"",""Report"")",2025-01-10,Overall effectiveness,Inadequate',
  '<img src=x onerror=window.__pwned=1>,2025-01-10,Overall effectiveness,Inadequate',
  '+SUM(1+1),2025-01-10,Overall effectiveness,Inadequate',
  'Testshire Academy,2025-01-10,Overall effectiveness,Inadequate',
].join('\n');

const CHOICE = 'Keep them as bodies of their own, not local authorities';

/** Where screenshots of the preview go when SCREENSHOT_DIR is set: outside the repository, for a person to look at. */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;

test('refuses names that are no local authority, keeps them only when asked, and never counts them in England', async ({
  page,
}) => {
  await page.goto('/?view=data');
  await fileInput(page).setInputFiles({ name: 'odd-names.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
  const preview = page.getByRole('region', { name: 'Preview: odd-names.csv' });
  const problems = preview.getByRole('table', { name: '4 problems' });
  await expect(problems).toBeVisible();
  await expect(
    problems.getByRole('cell', { name: '=HYPERLINK("http://evil.example/x","Report")', exact: true }),
  ).toBeVisible();
  await expect(problems.getByRole('cell', { name: '<img src=x onerror=window.__pwned=1>', exact: true })).toBeVisible();
  await expect(problems).toContainText("'Testshire Academy' is not an English local authority we know");
  await expect(preview.locator('script, img')).toHaveCount(0);
  await expect(preview.getByRole('button', { name: /^Import/ })).toHaveCount(0);

  const choice = preview.getByRole('checkbox', { name: CHOICE });
  await expect(choice).not.toBeChecked();
  if (SCREENSHOT_DIR) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await preview
        .getByRole('group', { name: 'Names that are not English local authorities' })
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/unknown-authorities-${width}.png`, fullPage: true });
      await preview
        .getByRole('group', { name: 'Names that are not English local authorities' })
        .screenshot({ path: `${SCREENSHOT_DIR}/unknown-authorities-choice-${width}.png` });
      console.log(`page width at ${width}px: ${await page.evaluate(() => document.documentElement.scrollWidth)}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  // The box shows the choice the preview was read with: ticked once the worker has read the file again.
  await choice.click();
  await expect(preview.getByRole('button', { name: 'Import 4 inspections' })).toBeEnabled();
  await expect(choice).toBeChecked();
  await expect(preview.getByText(/Every row was read, and every cell of the columns used/)).toBeVisible();
  if (SCREENSHOT_DIR)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/unknown-authorities-kept-1280.png`, fullPage: true });
  await preview.getByRole('button', { name: 'Import 4 inspections' }).click();
  await expect(page.getByRole('table', { name: 'Datasets held in this browser' })).toContainText('odd-names.csv');

  // Four inadequate bodies inspected before 31 March 2025, and England's figure is Ofsted's still.
  await page.goto('/?view=england');
  const figure = page.getByRole('figure', {
    name: 'Latest grades in each judgement area, England, as at 31 March 2025',
  });
  await expect(
    figure.getByText(/103 of 153 local authorities \(67%\) were judged good or outstanding for overall effectiveness/),
  ).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
