// A black-and-white print of an exported chart: the PNG turned grey by the browser's own grayscale filter keeps each grade's grey apart and in order.
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { GRADE_COLOURS } from '../../src/components/gradeColours';
import type { GradeId } from '../../src/domain';
import { download } from './exportFiles';
import { test, expect } from './fixtures';

interface GreyOfGrade {
  readonly grade: GradeId;
  /** Pixels of the colour PNG in this grade's fill. */
  readonly pixels: number;
  /** The grey (0–255) those same pixels have in the grey image. */
  readonly grey: number;
}

/**
 * Draws the PNG twice, as it is and through CSS's grayscale(1) (the browser's conversion, not ours), and for each
 * grade fill found in the colour image reports the grey the same pixels took. Also returns the grey image.
 */
async function greysOfGrades(
  page: Page,
  png: Buffer,
  colours: Readonly<Record<string, string>>,
): Promise<{ greys: GreyOfGrade[]; greyPng: string }> {
  return page.evaluate(
    async ({ base64, colours }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const draw = (filter: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        const context = canvas.getContext('2d')!;
        context.filter = filter;
        context.drawImage(bitmap, 0, 0);
        return { canvas, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
      };
      const colour = draw('none');
      const grey = draw('grayscale(1)');
      const wanted = new Map(Object.entries(colours).map(([grade, hex]) => [parseInt(hex.slice(1), 16), grade]));
      const found = new Map<string, { pixels: number; greySum: number }>();
      for (let i = 0; i < colour.data.length; i += 4) {
        const key = (colour.data[i]! << 16) | (colour.data[i + 1]! << 8) | colour.data[i + 2]!;
        const grade = wanted.get(key);
        if (grade === undefined) continue;
        const entry = found.get(grade) ?? { pixels: 0, greySum: 0 };
        entry.pixels += 1;
        entry.greySum += grey.data[i]!;
        found.set(grade, entry);
      }
      return {
        greys: [...found].map(([grade, { pixels, greySum }]) => ({ grade, pixels, grey: greySum / pixels })),
        greyPng: grey.canvas.toDataURL('image/png').split(',')[1]!,
      };
    },
    { base64: png.toString('base64'), colours },
  ) as Promise<{ greys: GreyOfGrade[]; greyPng: string }>;
}

const cases = [
  // Ofsted's four words since 2013: every grade is on England's chart.
  {
    view: '/?view=england',
    figure: /^Latest grades in each judgement area, England, as at /,
    grades: ['outstanding', 'good', 'requires-improvement', 'inadequate'] as GradeId[],
  },
  // Walsall's 2012 inspection is on the scale with Adequate.
  {
    view: '/?view=authority&authority=E08000030',
    figure: /Walsall’s inspections, 2008 to 2021/,
    grades: ['good', 'adequate', 'inadequate'] as GradeId[],
  },
];

for (const { view, figure: name, grades } of cases) {
  test(`${view}: in grey, the exported chart’s grades stay apart, best lightest`, async ({ page }, testInfo) => {
    await page.goto(view);
    const figure = page.getByRole('figure', { name });
    await expect(figure).toBeVisible();
    const png = await download(
      page,
      figure.getByRole('group', { name: /^Export: / }).getByRole('button', { name: 'Download PNG' }),
    );
    const { greys, greyPng } = await greysOfGrades(page, png.bytes, GRADE_COLOURS);
    await writeFile(testInfo.outputPath('grey.png'), Buffer.from(greyPng, 'base64'));
    const shown = grades.map((grade) => greys.find((entry) => entry.grade === grade));
    for (const [i, entry] of shown.entries()) {
      expect(entry, `${grades[i]} is drawn in its colour`).toBeDefined();
      // A legend swatch alone is about 14 × 14 px at 2×; a bar segment is many times that.
      expect(entry!.pixels).toBeGreaterThan(400);
    }
    // In order best to worst, each grade's grey is at least 20 of 255 darker than the one before.
    for (let i = 1; i < shown.length; i += 1)
      expect(shown[i - 1]!.grey - shown[i]!.grey, `${grades[i - 1]} against ${grades[i]}`).toBeGreaterThanOrEqual(20);
  });
}
