// Improvement journeys in a real browser: the England figures and Compare's list of journeys to Good show, whole and
// labelled, on a phone and a desktop, with their filters in the address and nothing serious for axe.
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { test, expect } from './fixtures';

const params = (page: Page) => new URL(page.url()).searchParams;

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('England shows the moves from grade to grade and the time from Inadequate, filtered in the address', async ({
      page,
    }) => {
      await page.goto('/?view=england');
      const moves = page.getByRole('figure', { name: /^Moves from grade to grade .*Whole service, England, / });
      await expect(moves).toBeVisible({ timeout: 60_000 });
      await expect(moves.getByRole('img', { name: /^Chart: Moves from grade to grade/ })).toBeVisible();
      await expect(
        moves.getByText(/judged the whole service \(overall effectiveness\) after an earlier/),
      ).toBeVisible();
      const after = page.getByRole('figure', { name: /^After an Inadequate judgement/ });
      await expect(after.getByText(/Inadequate judgements for the whole service/)).toBeVisible();
      await expect(after.getByRole('img', { name: /to Good or better/ })).toBeVisible();

      const section = page.getByRole('region', { name: 'Improvement journeys' });
      await section.getByRole('combobox', { name: 'Strand' }).selectOption({ label: 'Help and protection' });
      await section.getByRole('combobox', { name: 'From year' }).selectOption('2010');
      await section.getByRole('combobox', { name: 'To year' }).selectOption('2014');
      expect([params(page).get('strand'), params(page).get('from'), params(page).get('to')]).toEqual([
        'help-and-protection',
        '2010',
        '2014',
      ]);
      const narrowed = page.getByRole('figure', {
        name: /^Moves from grade.*Help and protection, England, 2010 to 2014$/,
      });
      await narrowed.getByRole('tab', { name: 'Table' }).click();
      // Child protection inspections said Adequate: the column is there, apart from Requires improvement.
      await expect(narrowed.getByRole('columnheader', { name: 'To Adequate' })).toBeVisible();
      await page.reload();
      await expect(
        page.getByRole('figure', { name: /Help and protection, England, 2010 to 2014$/ }).first(),
      ).toBeVisible({ timeout: 60_000 });

      const { page: pageWidth, viewport } = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(pageWidth, 'page width').toBeLessThanOrEqual(viewport);
      await expectNoSeriousAxeViolations(page);
    });

    test('Compare lists every authority that went from Inadequate to Good, each linked to its view', async ({
      page,
    }) => {
      await page.goto('/?view=compare&authority=E08000030');
      const figure = page.getByRole('figure', { name: /^Who to learn from across England/ });
      await expect(figure).toBeVisible({ timeout: 60_000 });
      const table = figure.getByRole('table');
      await expect(table.getByRole('link', { name: 'Bournemouth, Christchurch & Poole' })).toBeVisible();
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(10);
      const { page: pageWidth, viewport } = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(pageWidth, 'page width').toBeLessThanOrEqual(viewport);
      await expectNoSeriousAxeViolations(page);
      await table.getByRole('link', { name: 'Rotherham' }).click();
      await expect(page).toHaveURL(/view=authority/);
      expect(params(page).get('authority')).toBe('E08000018');
    });
  });
}
