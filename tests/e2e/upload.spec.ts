// Upload in a real browser: Ofsted's real CSV and .ods through the file chooser, a real drop, kept in IndexedDB across reloads.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { chooseFilesButton, expect, fileInput, test } from './fixtures';

// Paths from the test folder, so the tests run from any clone: the CSVs the app embeds, and Ofsted's spreadsheet as published.
const repo = (...parts: string[]) => join(test.info().project.testDir, '..', '..', ...parts);
const HISTORY_CSV = () => repo('data', 'ofsted', 'la_outcomes_2025__ILACS_inspection_history.csv');
const AS_AT_CSV = () => repo('data', 'ofsted', 'la_outcomes_2025__Inspections_as_at_31_March.csv');
const ODS = () => repo('tests', 'fixtures', 'ofsted', 'LA_Inspection_Outcomes_as_at_31_March_2025.ods');
const ODS_SHEET = 'LA_Inspection_Outcomes_as_at_31_March_2025.ods (ILACS_inspection_history)';

const fixture = (name: string) => join(test.info().project.testDir, '..', 'fixtures', name);

/** Splits one CSV line on commas outside quotes: independent of the importer, for counts to check against. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  return [...cells, cell];
}

/** Data rows of an Ofsted sheet saved as CSV (title, description and header rows above). */
function dataRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(3)
    .filter((line) => line.trim() !== '')
    .map(cellsOf);
}

function summaryValue(preview: Locator, label: string): Locator {
  return preview
    .locator('.govuk-summary-list__row', { has: preview.page().locator('dt', { hasText: label }) })
    .locator('dd');
}

function heldRow(page: Page, name: string): Locator {
  return page
    .getByRole('table', { name: 'Datasets held in this browser' })
    .getByRole('row', { name: new RegExp(`^${name.replace(/[.()]/g, '\\$&')} `) });
}

/** The "Inspections" cell of a held dataset's row. */
function inspectionsHeld(page: Page, name: string): Locator {
  return heldRow(page, name).getByRole('cell').nth(2);
}

async function openYourData(page: Page) {
  await page.goto('/?view=data');
  await expect(chooseFilesButton(page)).toBeVisible();
}

async function removeDataset(page: Page, name: string) {
  await heldRow(page, name)
    .getByRole('button', { name: /^Remove/ })
    .click();
  const confirm = page.getByRole('group', { name: `Confirm removing ${name}` });
  await expect(confirm).toContainText('This cannot be undone.');
  await confirm.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(heldRow(page, name)).toHaveCount(0);
}

test('Ofsted’s real history CSV: preview, import, kept across a reload, shown alone, then removed for good', async ({
  page,
}) => {
  const rows = dataRows(HISTORY_CSV());
  await openYourData(page);
  // The keyboard reaches the file input, and Space opens the chooser. Once in a full CI run the chooser never opened
  // (the browser's dialog, not ours, on a loaded machine), so the press is tried again; a chooser that never opens
  // still fails the test.
  const input = chooseFilesButton(page);
  await expect(async () => {
    await input.focus();
    await expect(input).toBeFocused();
    const chooserOpened = page.waitForEvent('filechooser', { timeout: 5_000 });
    await page.keyboard.press('Space');
    await (await chooserOpened).setFiles(HISTORY_CSV());
  }).toPass({ timeout: 45_000 });

  const preview = page.getByRole('region', { name: 'Preview: la_outcomes_2025__ILACS_inspection_history.csv' });
  await expect(summaryValue(preview, 'Format found')).toHaveText('Ofsted published table (one row per inspection)');
  await expect(summaryValue(preview, 'Header row')).toHaveText('Row 3');
  await expect(summaryValue(preview, 'Rows read')).toHaveText(String(rows.length));
  await expect(summaryValue(preview, 'Rows that will be imported')).toHaveText('271');
  await expect(summaryValue(preview, 'Records')).toHaveText('271 inspections');
  await expect(preview.getByText('Every row was read, and every cell of the columns used.')).toBeVisible();
  // Every one of them is in the built-in data too: keeping the held records is the default.
  await expect(preview.getByRole('heading', { name: '271 inspections in this file are already held' })).toBeVisible();
  await expect(preview.getByRole('radio', { name: 'Keep the held records (recommended)' })).toBeChecked();
  await expectNoSeriousAxeViolations(page);

  await preview.getByRole('button', { name: 'Import the file (it adds no inspections)' }).click();
  await expect(
    page.getByRole('status').filter({
      hasText:
        'Imported “la_outcomes_2025__ILACS_inspection_history.csv”: 0 inspections in use; 271 records of inspections already held are kept with it but not shown.',
    }),
  ).toBeVisible();
  await expect(heldRow(page, 'la_outcomes_2025__ILACS_inspection_history.csv').getByRole('cell')).toContainText([
    'la_outcomes_2025__ILACS_inspection_history.csv',
    /\d{4}, \d\d:\d\d/,
    '0 (271 already held, not shown)',
  ]);

  await page.reload();
  await expect(inspectionsHeld(page, 'la_outcomes_2025__ILACS_inspection_history.csv')).toHaveText(
    '0 (271 already held, not shown)',
  );

  // Your data only: Walsall has just its 2021 ILACS inspection (the 2008 and 2012 history is built-in data).
  await page.getByRole('radio', { name: 'Your data only' }).click();
  await expect(page.getByRole('radio', { name: 'Your data only' })).toBeChecked();
  await page.goto('/?view=authority&authority=E08000030');
  const header = cellsOf(readFileSync(HISTORY_CSV(), 'utf8').split('\n')[2] ?? '');
  const walsall = rows.find((cells) => cells[header.indexOf('Local authority area code')] === 'E08000030') ?? [];
  const grades = walsall.slice(header.indexOf('Overall effectiveness'));
  expect(grades).toHaveLength(5);
  const good = grades.filter((grade) => grade === 'Good').length;
  const timeline = page.getByRole('figure', { name: /^Walsall’s inspections/ });
  await expect(timeline).toContainText(`4 October 2021 made ${grades.filter(Boolean).length} judgements`);
  await expect(timeline).toContainText(`${good} good`);
  await expect(timeline).not.toContainText('2008');
  await expect(timeline).not.toContainText('2012');

  // England at 31 March 2025 from the history alone matches Ofsted's own as-at sheet, counted independently.
  const overall = cellsOf(readFileSync(AS_AT_CSV(), 'utf8').split('\n')[2] ?? '').indexOf('Overall effectiveness');
  expect(overall).toBeGreaterThan(0);
  const tally = (grade: string) => dataRows(AS_AT_CSV()).filter((cells) => cells[overall] === grade).length;
  await page.goto('/?view=england');
  await expect(page.getByRole('radio', { name: 'Your data only' })).toBeChecked();
  await expect(page.getByRole('main')).toContainText(
    `${tally('Outstanding')} outstanding, ${tally('Good')} good, ${tally('Requires improvement to be good')} requires improvement to be good and ${tally('Inadequate')} inadequate`,
  );

  await openYourData(page);
  await removeDataset(page, 'la_outcomes_2025__ILACS_inspection_history.csv');
  await page.reload();
  await expect(page.getByRole('table', { name: 'Datasets held in this browser' })).toBeVisible();
  await expect(heldRow(page, 'la_outcomes_2025__ILACS_inspection_history.csv')).toHaveCount(0);
  await expect(page.getByText('You have not imported any data yet')).toBeVisible();
});

test('Ofsted’s real .ods: the reader arrives only with the spreadsheet, the history sheet is chosen and kept', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(request.url()));
  await openYourData(page);
  await fileInput(page).setInputFiles(fixture('ofsted-history-excerpt.csv'));
  await expect(page.getByRole('region', { name: 'Preview: ofsted-history-excerpt.csv' })).toBeVisible();
  expect(scripts.filter((url) => /xlsx/i.test(url))).toEqual([]);
  await page
    .getByRole('region', { name: 'Preview: ofsted-history-excerpt.csv' })
    .getByRole('button', { name: 'Cancel' })
    .click();

  await fileInput(page).setInputFiles(ODS());
  const preview = page.getByRole('region', { name: 'Preview: LA_Inspection_Outcomes_as_at_31_March_2025.ods' });
  const sheets = preview.getByRole('group', { name: 'Which sheet?' });
  await expect(sheets.getByRole('radio')).toHaveCount(6);
  expect(scripts.filter((url) => /xlsx/i.test(url))).not.toEqual([]);
  await expect(sheets.getByRole('radio', { name: /^Inspections_as_at_31_March \(153 inspections\)$/ })).toBeChecked();
  await expect(sheets.getByText('Cover (no table we can read)')).toBeVisible();
  await sheets.getByRole('radio', { name: /^ILACS_inspection_history/ }).check();
  await expect(summaryValue(preview, 'Rows read')).toHaveText(String(dataRows(HISTORY_CSV()).length));
  await expect(summaryValue(preview, 'Rows that will be imported')).toHaveText('271');
  await preview.getByRole('button', { name: 'Import the file (it adds no inspections)' }).click();
  await expect(inspectionsHeld(page, ODS_SHEET)).toHaveText('0 (271 already held, not shown)');

  await page.reload();
  await expect(inspectionsHeld(page, ODS_SHEET)).toHaveText('0 (271 already held, not shown)');
  // The same sheet of the same file again is recognised and refused.
  await fileInput(page).setInputFiles(ODS());
  await preview.getByRole('radio', { name: /^ILACS_inspection_history/ }).check();
  await expect(
    preview.getByText(
      /You already imported this file as “LA_Inspection_Outcomes_as_at_31_March_2025\.ods \(ILACS_inspection_history\)”/,
    ),
  ).toBeVisible();
  await expect(preview.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Close' }).click();
  await removeDataset(page, ODS_SHEET);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Datasets held in this browser' }).getByRole('row')).toHaveCount(2);
});

test('files dropped on GOV.UK’s drop zone are previewed, several at once, as if chosen', async ({ page }) => {
  await openYourData(page);
  const files = ['ofsted-history-excerpt.csv', 'upload/black-country-briefing.csv'].map((name) => ({
    name: name.split('/').pop() ?? name,
    bytes: [...readFileSync(fixture(name))],
  }));
  const dataTransfer = await page.evaluateHandle((dropped) => {
    const transfer = new DataTransfer();
    for (const file of dropped)
      transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: 'text/csv' }));
    return transfer;
  }, files);
  // GOV.UK's file upload: its button is the drop zone, marked while files are dragged over it.
  const zone = chooseFilesButton(page);
  await expect(zone).toContainText('No file chosen');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await expect(zone).toHaveClass(/govuk-file-upload-button--dragging/);
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(zone).not.toHaveClass(/govuk-file-upload-button--dragging/);
  await expect(zone).toContainText('2 files chosen');

  const excerpt = page.getByRole('region', { name: 'Preview: ofsted-history-excerpt.csv' });
  await expect(summaryValue(excerpt, 'Rows read')).toHaveText(
    String(dataRows(fixture('ofsted-history-excerpt.csv')).length),
  );
  const briefing = page.getByRole('region', { name: 'Preview: black-country-briefing.csv' });
  await expect(summaryValue(briefing, 'Records')).toHaveText('4 inspections');
  await expect(briefing.getByRole('table', { name: '1 problem' })).toContainText('Total');
  await briefing.getByRole('button', { name: 'Import the file (it adds no inspections)' }).click();
  await expect(inspectionsHeld(page, 'black-country-briefing.csv')).toHaveText('0 (4 already held, not shown)');
  await expect(excerpt).toBeVisible();
});

test('with “Your data only”, a file naming Walsall without its code still opens at Walsall’s address', async ({
  page,
}) => {
  await openYourData(page);
  await fileInput(page).setInputFiles(fixture('upload/black-country-briefing.csv'));
  await page
    .getByRole('region', { name: 'Preview: black-country-briefing.csv' })
    .getByRole('button', { name: 'Import the file (it adds no inspections)' })
    .click();
  await expect(inspectionsHeld(page, 'black-country-briefing.csv')).toHaveText('0 (4 already held, not shown)');
  await page.getByRole('radio', { name: 'Your data only' }).click();
  await expect(page.getByRole('radio', { name: 'Your data only' })).toBeChecked();

  await page.goto('/?view=authority&authority=E08000030');
  await expect(page.getByRole('combobox', { name: /Authority/ })).toHaveValue('E08000030');
  const timeline = page.getByRole('figure', { name: /^Walsall’s inspections/ });
  await expect(timeline).toContainText('4 October 2021');
  await expect(timeline).not.toContainText('2012');
});

test('a bad file shows its problems; a partly bad one imports only its good rows; cells stay text', async ({
  page,
}) => {
  await openYourData(page);
  await fileInput(page).setInputFiles([
    fixture('screenshot-saved-as.csv'),
    fixture('tidy-bad-rows.csv'),
    fixture('upload/hostile-cells.csv'),
  ]);

  const binary = page.getByRole('region', { name: 'Preview: screenshot-saved-as.csv' });
  await expect(binary.getByRole('alert')).toContainText('This file is not text');
  await expect(binary.getByRole('button', { name: /^Import/ })).toHaveCount(0);

  const bad = page.getByRole('region', { name: 'Preview: tidy-bad-rows.csv' });
  const problems = bad.getByRole('table', { name: '9 problems' });
  await expect(problems.getByRole('row', { name: /^3 grade Very good/ })).toContainText('not an Ofsted grade');
  await expect(problems.getByRole('row', { name: /^4 inspection_date 31\/02\/2021/ })).toContainText(
    'This date does not exist',
  );
  await expect(summaryValue(bad, 'Rows that will be imported')).toHaveText('3');

  const hostile = page.getByRole('region', { name: 'Preview: hostile-cells.csv' });
  await expect(hostile.getByText('=HYPERLINK("http://evil.example/report","Full report")')).toBeVisible();
  await expect(
    hostile.getByRole('table', { name: '1 problem' }).getByRole('cell', { name: '<script>window.__pwned=1</script>' }),
  ).toBeVisible();
  await expect(hostile.locator('script, img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await expectNoSeriousAxeViolations(page);

  await bad.getByRole('button', { name: 'Import the file (it adds no inspections)' }).click();
  await expect(inspectionsHeld(page, 'tidy-bad-rows.csv')).toHaveText('0 (1 already held, not shown)');
  await page.reload();
  await expect(inspectionsHeld(page, 'tidy-bad-rows.csv')).toHaveText('0 (1 already held, not shown)');
  // Only the good rows: Walsall's 2021 overall effectiveness (Good) and help and protection (requires improvement).
  await page.getByRole('radio', { name: 'Your data only' }).click();
  await expect(page.getByRole('radio', { name: 'Your data only' })).toBeChecked();
  await page.goto('/?view=authority&authority=E08000030');
  await expect(page.getByRole('figure', { name: /^Walsall’s inspections/ })).toContainText('made 2 judgements');
});

test('when the browser refuses storage, the page says so plainly and imports still work until the tab closes', async ({
  page,
}) => {
  // As in some private-browsing modes: no IndexedDB at all.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await openYourData(page);
  await expect(page.getByText(/not letting the page keep data .* lasts only until you close this tab/)).toBeVisible();
  await fileInput(page).setInputFiles(fixture('tidy-own-format.csv'));
  await page
    .getByRole('region', { name: 'Preview: tidy-own-format.csv' })
    .getByRole('button', { name: /^Import/ })
    .click();
  await expect(inspectionsHeld(page, 'tidy-own-format.csv')).toHaveText('1 (1 already held, not shown)');
  await page.reload();
  await expect(page.getByRole('table', { name: 'Datasets held in this browser' })).toBeVisible();
  await expect(heldRow(page, 'tidy-own-format.csv')).toHaveCount(0);
});

/**
 * A tidy file of `inspections` four-area inspections, built here so its counts are known without the importer. It is
 * written to the test's output folder and chosen by path: a 40 MB buffer sent through the browser protocol took
 * longer than the whole test's time on a loaded CI machine.
 */
function bigTidyFile(name: string, inspections: number): string {
  const areas = ['Overall effectiveness', 'Help and protection', 'Children in care', 'Leaders'];
  // Real authorities' codes (every code is checked against the register of authorities): 150 of Ofsted's 153.
  const codes = dataRows(AS_AT_CSV())
    .map((cells) => cells[1] ?? '')
    .slice(0, 150);
  const lines = ['authority_code,inspection_date,judgement_area,grade'];
  for (let i = 0; i < inspections; i++) {
    const date = new Date(Date.UTC(2018, 0, 2) + Math.floor(i / 150) * 86_400_000).toISOString().slice(0, 10);
    const code = codes[i % 150]!;
    for (const area of areas)
      lines.push(`${code},${date},${area},${i % 3 === 0 ? 'Good' : 'Requires improvement to be good'}`);
  }
  const path = test.info().outputPath(name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

test('a big file is read off the page with its progress shown; Cancel stops it and keeps nothing', async ({ page }) => {
  await openYourData(page);
  // About 40 MB: long enough to read that Cancel can be pressed while the bar moves.
  await fileInput(page).setInputFiles(bigTidyFile('big-tidy.csv', 170_000));
  const bar = page.getByRole('progressbar', { name: 'Reading big-tidy.csv' });
  await expect(bar).toBeVisible();
  await expect(page.getByText(/^[\d,]+ rows read \(\d+%\)$/)).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Cancel reading big-tidy.csv' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Stopped reading “big-tidy.csv”. Nothing from it was kept' }),
  ).toBeVisible();
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Preview: big-tidy.csv' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Datasets held in this browser' })).toBeVisible();
  await expect(heldRow(page, 'big-tidy.csv')).toHaveCount(0);
});

test('a 100,000-row tidy file read in the worker previews and imports every inspection', async ({ page }) => {
  await openYourData(page);
  await fileInput(page).setInputFiles(bigTidyFile('tidy-100k.csv', 25_000));
  const preview = page.getByRole('region', { name: 'Preview: tidy-100k.csv' });
  await expect(summaryValue(preview, 'Rows read')).toHaveText(/^100,?000$/, { timeout: 60_000 });
  await expect(summaryValue(preview, 'Records')).toHaveText('25,000 inspections');
  // The generated codes include real London boroughs', and a few of their 2018 dates fall within a fortnight of an
  // Ofsted inspection held in the built-in data: those are kept as held, and the button counts the rest.
  const heading = await preview
    .getByRole('heading', { name: /inspections? in this file (is|are) already held$/ })
    .textContent({ timeout: 60_000 });
  const held = Number(/^(\d+)/.exec(heading ?? '')?.[1]);
  expect(held).toBeGreaterThan(0);
  expect(held).toBeLessThan(20);
  const kept = (25_000 - held).toLocaleString('en-GB');
  await preview.getByRole('button', { name: `Import ${kept} inspections` }).click();
  await expect(inspectionsHeld(page, 'tidy-100k.csv')).toHaveText(`${kept} (${held} already held, not shown)`, {
    timeout: 60_000,
  });
});

test('a one-row file that repeats an official inspection, imported with every default, changes nothing; removing it changes nothing', async ({
  page,
}) => {
  // Walsall's authority view as the built-in data shows it, reached through the page's own navigation.
  const walsall = async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'An authority over time' }).click();
    await expect(page).toHaveURL(/view=authority/);
    const latest = page.getByRole('figure', { name: /^Walsall’s latest inspection, 4 October 2021/ });
    await expect(latest).toBeVisible();
    return latest;
  };
  const figureTexts = async () => page.getByRole('figure').allInnerTexts();

  await openYourData(page);
  const before = await walsall();
  // Ofsted's four graded areas, and Ofsted the only source.
  await expect(before.getByRole('list', { name: /grade for each judgement area/ }).getByRole('listitem')).toHaveText([
    /^Overall effectiveness\s*Good$/,
    /^The impact of leaders on social work practice with children and families\s*Good$/,
    /^The experiences and progress of children who need help and protection\s*Requires improvement to be good$/,
    /^The experiences and progress of children in care\s*Good$/,
    /^The experiences and progress of care leavers\s*Not judged/,
  ]);
  const shownBefore = await figureTexts();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Your data' }).click();
  await fileInput(page).setInputFiles(fixture('upload/walsall-one-judgement.csv'));
  const preview = page.getByRole('region', { name: 'Preview: walsall-one-judgement.csv' });
  await expect(summaryValue(preview, 'Rows that will be imported')).toHaveText('1');
  // Shown beside Ofsted's record, and keeping what is held is the default: accepted as it is.
  await expect(
    preview.getByRole('region', { name: /^Held record and walsall-one-judgement\.csv’s record: Walsall/ }),
  ).toContainText('Fewer areas in the file');
  await expect(preview.getByRole('radio', { name: 'Keep the held record (recommended)' })).toBeChecked();
  await preview.getByRole('button', { name: /^Import/ }).click();
  await expect(inspectionsHeld(page, 'walsall-one-judgement.csv')).toHaveText('0 (1 already held, not shown)');

  const after = await walsall();
  await expect(after.getByRole('list', { name: /grade for each judgement area/ }).getByRole('listitem')).toHaveCount(5);
  await expect(after.locator('.app-figure__source')).toHaveText(/^Source: Ofsted, Local authority inspection outcomes/);
  await expect(after.locator('.app-figure__source')).not.toContainText('walsall-one-judgement.csv');
  expect(await figureTexts()).toEqual(shownBefore);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Your data' }).click();
  await removeDataset(page, 'walsall-one-judgement.csv');
  await walsall();
  expect(await figureTexts()).toEqual(shownBefore);
});

test('values the importer does not know are given a meaning in the preview, and the worker reads the file again with it', async ({
  page,
}) => {
  await openYourData(page);
  await fileInput(page).setInputFiles(fixture('upload/council-grade-codes.csv'));
  const preview = page.getByRole('region', { name: 'Preview: council-grade-codes.csv' });
  const lines = readFileSync(fixture('upload/council-grade-codes.csv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(1);
  await expect(summaryValue(preview, 'Rows that will be imported')).toHaveText(
    String(lines.filter((line) => line.endsWith(',RI')).length),
  );
  await preview.getByRole('combobox', { name: /^What does “G” mean\?/ }).selectOption({ label: 'Good' });
  await preview
    .getByRole('combobox', { name: /^What does “awaiting report” mean\?/ })
    .selectOption({ label: 'Not judged (no grade)' });
  await expect(summaryValue(preview, 'Rows that will be imported')).toHaveText(String(lines.length));
  await expect(preview.getByText('No problems')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('data-to-insight’s .xlsx is read as it is: its columns not used are listed with why, and its two-digit years noted', async ({
  page,
}) => {
  await openYourData(page);
  await fileInput(page).setInputFiles(fixture('real/third-party/data-to-insight_ofsted_csc_ilacs_overview.xlsx'));
  const preview = page.getByRole('region', { name: 'Preview: data-to-insight_ofsted_csc_ilacs_overview.xlsx' });
  await expect(summaryValue(preview, 'Format found')).toHaveText('Ofsted published table (one row per inspection)');
  await expect(
    preview.getByRole('region', { name: /columns with data were not used/ }).getByText('la_code', { exact: true }),
  ).toBeVisible();
  await expect(preview.getByText(/dates are written with a two-digit year/)).toBeVisible();
  await expect(preview.getByText('No problems')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});
