// Figure exports in a real browser: every figure's PNG, SVG and CSV checked as files, copy to the clipboard, and sizes that ignore scroll and zoom.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { decodeBytes } from '../../src/import/decode';
import { parseRows } from '../../src/import/parseRows';
import { distinctColours, download, parseSvg, pngSize, squash } from './exportFiles';
import { expect, fileInput, test } from './fixtures';

const TIMELINE = /Walsall’s inspections, 2008 to 2021/;

function toolbar(figure: Locator): Locator {
  return figure.getByRole('group', { name: /^Export: / });
}

/** The CSV as the app reads a file a user brings in: our importer's decoding and row parsing. */
function reimport(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const decoded = decodeBytes(new Uint8Array(bytes));
  if (!decoded.ok) throw new Error('the CSV did not decode');
  const parsed = parseRows(decoded.text);
  expect(parsed.problems).toEqual([]);
  return parsed.rows;
}

/** The figure's tables as the Table tab shows them, cell by cell; several tables each start with their caption, a blank row between. */
async function shownTable(figure: Locator): Promise<string[][]> {
  await figure.getByRole('tab', { name: 'Table' }).click();
  const tables = await figure.getByRole('table').all();
  const blocks: string[][][] = [];
  for (const table of tables) {
    const rows = await table.locator('tr').all();
    const cells = (await Promise.all(rows.map((row) => row.locator('th, td').allInnerTexts()))).map((row) =>
      row.map(squash),
    );
    blocks.push(tables.length > 1 ? [[squash(await table.locator('caption').innerText())], ...cells] : cells);
  }
  await figure.getByRole('tab', { name: 'Chart' }).click();
  return blocks.flatMap((block, i) => (i > 0 ? [[''], ...block] : block));
}

/** Letters and digits only: the CSV gives a subheading in brackets where the page sets it on a line of its own. */
const bare = (text: string) => text.replace(/^'/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The CSV is built from the figure's data, not read off the page, so it may split a cell ("36 (24%)" becomes a count and
 * a share): it must still have the table's rows, in order, named as the table names them, and no number written as text with its unit.
 */
function expectSameTable(csv: string[][], shown: string[][]) {
  expect(csv.map((row) => bare(row[0] ?? ''))).toEqual(shown.map((row) => bare(row[0] ?? '')));
  for (const row of csv.slice(1))
    for (const cell of row) expect(cell, 'a share is a number, its unit in the heading').not.toMatch(/^\d+%$/);
}

async function checkImages(page: Page, figure: Locator, scale: 2 | 3) {
  const title = squash((await figure.locator('figcaption').innerText()) ?? '');
  const box = (await figure.boundingBox())!;
  const svgFile = await download(page, toolbar(figure).getByRole('button', { name: 'Download SVG' }));
  expect(svgFile.name).toMatch(/^scrutiny-lens_[a-z0-9_-]+\.svg$/);
  const svg = await parseSvg(page, svgFile.bytes);
  expect(svg.parses).toBe(true);
  expect(svg.hasStyle).toBe(false);
  expect(svg.imageWidth).toBe(svg.width);
  expect(svg.text).toContain(title);
  expect(svg.width).toBeGreaterThanOrEqual(Math.ceil(box.width));

  if (scale === 3) await toolbar(figure).getByLabel('PNG resolution').selectOption('3');
  const pngFile = await download(page, toolbar(figure).getByRole('button', { name: 'Download PNG' }));
  expect(pngFile.name).toBe(svgFile.name.replace(/\.svg$/, '.png'));
  expect(pngSize(pngFile.bytes)).toEqual({ width: svg.width * scale, height: svg.height * scale });
  expect(await distinctColours(page, pngFile.bytes)).toBeGreaterThan(4);
  return { svg, png: pngFile };
}

test('the timeline’s PNG is 2× the figure on screen, with title, filters, legend, notes and source; 3× when chosen', async ({
  page,
}) => {
  await page.goto('/?view=authority&authority=E08000030');
  const figure = page.getByRole('figure', { name: TIMELINE });
  const box = (await figure.boundingBox())!;
  const { svg, png } = await checkImages(page, figure, 2);
  expect(png.name).toBe('scrutiny-lens_walsall_inspections_2008-2021.png');
  // Exactly the figure's width: 2× export means twice what the reader saw.
  expect(svg.width).toBe(Math.ceil(box.width));
  for (const words of [
    'Walsall · All inspection types · All years · All judgement areas',
    'Good',
    'Adequate',
    'Inadequate',
    '1.',
    'Source: Ofsted',
  ]) {
    expect(svg.text).toContain(words);
  }
  expect(svg.text).toContain('Bars show each inspection’s judgements as shares');
  const three = await checkImages(page, figure, 3);
  expect(pngSize(three.png.bytes).width).toBe(3 * Math.ceil(box.width));
  await expect(toolbar(figure).locator('.app-export__status')).toHaveText(/PNG saved at 3×/);
});

test('the timeline’s CSV re-imports through our importer to the table’s own figures', async ({ page }) => {
  await page.goto('/?view=authority&authority=E08000030');
  const figure = page.getByRole('figure', { name: TIMELINE });
  const csv = await download(page, toolbar(figure).getByRole('button', { name: 'Download data (CSV)' }));
  expect(csv.name).toBe('scrutiny-lens_walsall_inspections_2008-2021.csv');
  const rows = reimport(csv.bytes);
  expectSameTable(rows, await shownTable(figure));
  // From the view model: the share is a number (2 of 22 good), its unit in the heading, not the text "9%".
  expect(rows[0]).toContain('Good or better (%)');
  expect(rows[2]).toEqual([
    'June 2012: Safeguarding & Looked After Children (SLAC) Inspection',
    '22',
    '2',
    '12',
    '0',
    '8',
    '9.1',
    '0',
  ]);
  expect(csv.bytes.toString('utf8')).not.toMatch(/\d%/);
});

test('an image shows the tab on screen, draws HTML tables as SVG, and does not depend on scroll position', async ({
  page,
}) => {
  await page.goto('/?view=matrix&authority=E08000030');
  const figure = page.getByRole('figure').first();
  const atTop = await download(page, toolbar(figure).getByRole('button', { name: 'Download SVG' }));
  await page.mouse.wheel(0, 2000);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const scrolled = await download(page, toolbar(figure).getByRole('button', { name: 'Download SVG' }));
  expect(scrolled.bytes.toString('utf8')).toBe(atTop.bytes.toString('utf8'));
  // The matrix is an HTML table on screen: its cells become SVG rectangles in their grade colours, with the words as text.
  const svg = await parseSvg(page, atTop.bytes);
  expect(svg.text).toContain('Requires improvement to be good');
  expect(atTop.bytes.toString('utf8')).toContain('fill="rgb(117, 47, 0)"');

  await figure.getByRole('tab', { name: 'Table' }).click();
  const tableImage = await parseSvg(
    page,
    (await download(page, toolbar(figure).getByRole('button', { name: 'Download SVG' }))).bytes,
  );
  expect(tableImage.text).not.toBe(svg.text);
});

test.describe('on a high-density screen', () => {
  test.use({ deviceScaleFactor: 2 });
  test('the PNG is still 2× the CSS size, not 4×', async ({ page }) => {
    await page.goto('/?view=authority&authority=E08000030');
    const figure = page.getByRole('figure', { name: TIMELINE });
    await checkImages(page, figure, 2);
  });
});

test('every figure on every view exports a PNG, an SVG and a CSV that check out', async ({ page }) => {
  test.slow();
  for (const view of [
    'authority&authority=E08000030',
    'england',
    'compare&authority=E08000025&with=E08000030',
    'matrix&rows=authorities',
  ]) {
    await page.goto(`/?view=${view}`);
    await expect(page.getByRole('figure').first()).toBeVisible();
    const figures = await page.locator('figure.app-figure').all();
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      await figure.scrollIntoViewIfNeeded();
      await checkImages(page, figure, 2);
      const csv = await download(page, toolbar(figure).getByRole('button', { name: 'Download data (CSV)' }));
      expect(csv.name).toMatch(/^scrutiny-lens_[a-z0-9_-]+\.csv$/);
      expectSameTable(reimport(csv.bytes), await shownTable(figure));
    }
  }
});

test('an exported image names the filters its figure depends on: England’s strand figures not the judgement area', async ({
  page,
}) => {
  await page.goto('/?view=england&area=help-and-protection');
  const regions = page.getByRole('figure', { name: /^Help and protection by region/ });
  const strands = page.getByRole('figure', { name: /^Latest grades by strand/ });
  const textOf = async (figure: Locator) =>
    (await parseSvg(page, (await download(page, toolbar(figure).getByRole('button', { name: 'Download SVG' }))).bytes))
      .text;
  expect(await textOf(regions)).toMatch(/As at 31 March 2025 · All regions · [^·]*help and protection/);
  const strandText = await textOf(strands);
  expect(strandText).toContain('As at 31 March 2025 · All regions');
  expect(strandText).not.toContain('All regions · ');
});

test('copy image puts a PNG on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?view=authority&authority=E08000030');
  const figure = page.getByRole('figure', { name: TIMELINE });
  await toolbar(figure).getByRole('button', { name: 'Copy image' }).click();
  await expect(toolbar(figure).locator('.app-export__status')).toHaveText(
    'Image copied: paste it into your document or slide.',
  );
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => [...item.types]));
  expect(types).toContain('image/png');
});

test('copy table puts the figure’s table on the clipboard as an HTML table and as tab-separated text', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?view=authority&authority=E08000030');
  const figure = page.getByRole('figure', { name: TIMELINE });
  await toolbar(figure).getByRole('button', { name: 'Copy table' }).click();
  await expect(toolbar(figure).locator('.app-export__status')).toHaveText(
    'Table copied: paste it into your document or spreadsheet.',
  );
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const html = await (await item!.getType('text/html')).text();
    const text = await (await item!.getType('text/plain')).text();
    const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table');
    const rows = [...(table?.querySelectorAll('tr') ?? [])].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
    );
    return {
      rows,
      lines: text
        .trimEnd()
        .split('\r\n')
        .map((line) => line.split('\t')),
    };
  });
  // The HTML table and the text hold the same cells, one row per inspection shown on the Table tab.
  expect(copied.rows).toEqual(copied.lines);
  await figure.getByRole('tab', { name: 'Table' }).click();
  const shownRows = await figure.getByRole('table').first().locator('tbody tr').count();
  expect(copied.rows.length).toBe(shownRows + 1);
  expect(copied.rows[0]?.[0]).toBe(await figure.getByRole('table').first().locator('thead th').first().textContent());
});

test('copy image says so when the browser cannot copy images', async ({ page }) => {
  await page.addInitScript(() => {
    // A browser without the async clipboard's image support, as some still are.
    Reflect.deleteProperty(window, 'ClipboardItem');
  });
  await page.goto('/?view=authority&authority=E08000030');
  const figure = page.getByRole('figure', { name: TIMELINE });
  await toolbar(figure).getByRole('button', { name: 'Copy image' }).click();
  await expect(toolbar(figure).locator('.app-export__status')).toHaveText(
    'This browser does not let web pages copy images. Use Download PNG instead.',
  );
});

test('a cell starting with = comes back from the CSV prefixed, so a spreadsheet never runs it', async ({
  page,
}, testInfo) => {
  const file = join(testInfo.outputDir, 'formula-measure.csv');
  const { writeFile, mkdir } = await import('node:fs/promises');
  await mkdir(testInfo.outputDir, { recursive: true });
  await writeFile(
    file,
    'Authority,Authority code,Date,Measure,Value,Unit\nWalsall,E08000030,2024-03,=1+2 said they felt safe,90,%\n',
  );
  await page.goto('/?view=data');
  await fileInput(page).setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Preview: formula-measure.csv' });
  await preview.getByRole('button', { name: /^Import/ }).click();
  // Kept only once the page says so: leaving earlier abandons the save, all or nothing.
  await expect(page.getByRole('status').filter({ hasText: 'Imported “formula-measure.csv”' })).toBeVisible();
  await page.goto('/?view=authority&authority=E08000030');
  const figure = page.getByRole('figure', { name: /Walsall’s measures over time/ });
  const csv = await download(page, toolbar(figure).getByRole('button', { name: 'Download data (CSV)' }));
  expect(csv.name).toBe('scrutiny-lens_walsall_measures.csv');
  const rows = reimport(csv.bytes);
  expect(rows).toContainEqual(["'=1+2 said they felt safe", 'March 2024', '90', '%']);
  expect(csv.bytes.toString('utf8')).not.toMatch(/(^|,)=1\+2/m);
});
