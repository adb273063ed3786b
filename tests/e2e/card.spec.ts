// The summary card in a real browser: reached from the authority view, downloaded as PNG and SVG, and printed on one A4 page.
import { expectNoSeriousAxeViolations } from './axe';
import { distinctColours, download, parseSvg, pngSize } from './exportFiles';
import { test, expect } from './fixtures';

const CARD = 'Walsall: children’s services inspections at a glance';

test('the authority view links to its summary card, which holds the latest inspection, position, timeline and measures', async ({
  page,
}) => {
  await page.goto('/?view=authority&authority=E08000030&from=2012');
  await page.getByRole('link', { name: 'Summary card for Walsall' }).click();
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ view: 'card', authority: 'E08000030' });
  const card = page.getByRole('figure', { name: CARD });
  await expect(card).toBeVisible();
  for (const words of [
    'Latest inspection',
    '4 October 2021 · ILACS Standard Inspection',
    'Requires improvement to be good',
    'Against England and West Midlands, as at 31 March 2025',
    'Inspections over time',
    'Key measures',
    'Children’s homes located in Walsall',
    'not the council that places children there',
    'Made on',
  ]) {
    await expect(card.locator('text', { hasText: words }).first()).toBeAttached();
  }
  await expectNoSeriousAxeViolations(page);
});

test('the card downloads as a 2× PNG and as an SVG that parses, with the authority’s name as text', async ({
  page,
}) => {
  await page.goto('/?view=card&authority=E08000030');
  const svgFile = await download(page, page.getByRole('button', { name: 'Download card as SVG' }));
  expect(svgFile.name).toMatch(/^scrutiny-lens_walsall_summary-card_\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await parseSvg(page, svgFile.bytes);
  expect(svg.parses).toBe(true);
  expect(svg.hasStyle).toBe(false);
  expect(svg.imageWidth).toBe(840);
  expect(svg.text).toContain('Walsall');
  expect(svg.text).toContain('Good');

  // The card on the page is the same drawing as the file.
  const shown = await page
    .getByRole('figure', { name: CARD })
    .locator('svg')
    .evaluate((node) => node.getAttribute('height'));
  expect(Number(shown)).toBe(svg.height);

  const png = await download(page, page.getByRole('button', { name: 'Download card as PNG' }));
  expect(pngSize(png.bytes)).toEqual({ width: 2 * svg.imageWidth, height: 2 * svg.height });
  expect(await distinctColours(page, png.bytes)).toBeGreaterThan(4);
  await page.getByLabel('PNG resolution').selectOption('3');
  const print = await download(page, page.getByRole('button', { name: 'Download card as PNG' }));
  expect(pngSize(print.bytes)).toEqual({ width: 3 * svg.imageWidth, height: 3 * svg.height });
});

test('printed, the card alone fills one A4 page', async ({ page }) => {
  // Emulating print media lays the page out in the viewport without paginating it: so the viewport is A4's printable area
  // inside the print stylesheet's 10 mm margins, 190 × 277 mm at 96 CSS pixels to the inch. The PDF below paginates for real.
  const mm = 96 / 25.4;
  await page.setViewportSize({ width: Math.floor(190 * mm), height: Math.floor(277 * mm) });
  await page.goto('/?view=card&authority=E08000030');
  await expect(page.getByRole('figure', { name: CARD })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print card' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  const box = (await page.getByRole('figure', { name: CARD }).boundingBox())!;
  expect(box.y).toBeLessThan(2);
  expect(box.width).toBeLessThanOrEqual(190 * mm + 1);
  expect(box.height).toBeLessThanOrEqual(277 * mm + 1);
  const documentHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(documentHeight).toBeLessThanOrEqual(277 * mm + 1);
  await page.screenshot({ path: test.info().outputPath('card-print.png'), fullPage: true });

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
});
