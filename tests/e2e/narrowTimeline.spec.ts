// On a 390 px phone the authority timeline names each inspection by its framework's short name, so no name wraps onto
// many lines; the full name stays in the table (and at 1280 px on the axis).
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';

/** Each axis name of the chart, as its drawn lines: the texts of the drawing that start with a table row's date. */
async function axisNames(figure: Locator, dates: readonly string[]): Promise<string[][]> {
  const texts = await figure
    .locator('.app-chart-frame svg text')
    .evaluateAll((elements) =>
      elements.map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent ?? '')),
    );
  return dates.map((date) => texts.find((lines) => lines.join(' ').startsWith(`${date}:`)) ?? []);
}

/** The inspections' names as the Table tab gives them in full: "4 October 2021: ILACS Standard Inspection". */
async function tableNames(figure: Locator): Promise<string[]> {
  await figure.getByRole('tab', { name: 'Table' }).click();
  const names = await figure.getByRole('table').first().locator('tbody th').allTextContents();
  await figure.getByRole('tab', { name: 'Chart' }).click();
  return names;
}

for (const width of [390, 1280]) {
  test(`at ${width} px the timeline’s axis names each inspection ${width < 480 ? 'by its framework’s short name, on at most three lines' : 'in full'}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?view=authority&authority=E08000030');
    const figure = page.getByRole('figure').first();
    await expect(figure.getByRole('img', { name: /^Chart: Walsall’s inspections/ })).toBeVisible();
    const full = await tableNames(figure);
    expect(full.length).toBeGreaterThan(3);
    const dates = full.map((name) => name.slice(0, name.indexOf(':')));
    const drawn = await axisNames(figure, dates);
    full.forEach((name, index) => {
      const lines = drawn[index] ?? [];
      const shown = lines.join(' ').replace(/\s+/g, ' ');
      expect(lines.length, `${name}: no axis name drawn`).toBeGreaterThan(0);
      if (width >= 480) {
        expect(shown).toBe(name.replace(/\s+/g, ' '));
        return;
      }
      const [type = '', short = ''] = [name, shown].map((words) => words.slice(words.indexOf(':') + 1).trim());
      // The short name is the framework's own abbreviation, found in the type's full words (ignoring "re-inspection").
      expect(type.toLowerCase(), `${name} → ${shown}`).toContain(short.replace(/ re-inspection$/, '').toLowerCase());
      expect(lines.length, `${shown}: ${lines.join(' | ')}`).toBeLessThanOrEqual(3);
    });
    if (width < 480) expect(drawn.some((lines, index) => lines.join(' ') !== full[index])).toBe(true);
  });
}
