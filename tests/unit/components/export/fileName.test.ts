// Export file names say what they hold, and are safe on every system a council uses.
import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../../../src/components/export/fileName';

describe('exportFileName', () => {
  it('names the authority, what the figure shows and its years, as in the issue', () => {
    expect(exportFileName(['Walsall', 'inspections', '2008-2021'], 'png')).toBe(
      'scrutiny-lens_walsall_inspections_2008-2021.png',
    );
  });

  it.each([
    [['Walsall’s latest inspection', '2021-10-04'], 'csv', 'scrutiny-lens_walsalls-latest-inspection_2021-10-04.csv'],
    [
      ['Bath and North East Somerset', '', 'measures'],
      'svg',
      'scrutiny-lens_bath-and-north-east-somerset_measures.svg',
    ],
    [['Städte & Gemeinden / "Test"'], 'png', 'scrutiny-lens_stadte-gemeinden-test.png'],
    [['../../etc/passwd'], 'csv', 'scrutiny-lens_etc-passwd.csv'],
    [[], 'png', 'scrutiny-lens.png'],
  ] as const)('%j as %s → %s', (parts, extension, expected) => {
    expect(exportFileName(parts, extension)).toBe(expected);
  });

  it('keeps long names under 100 characters before the extension, cut between words', () => {
    const name = exportFileName(
      ['Walsall’s inspections, 2008 to 2021: the impact of leaders on social work practice with children and families'],
      'png',
    );
    expect(name.length).toBeLessThanOrEqual(104);
    expect(name).toMatch(/^scrutiny-lens_walsalls-inspections-2008-to-2021-the-impact[a-z0-9-]*[a-z0-9]\.png$/);
  });
});

describe('slug', () => {
  it.each([
    ['Requires improvement to be good', 'requires-improvement-to-be-good'],
    ['  --Walsall--  ', 'walsall'],
    ['Ynys Môn', 'ynys-mon'],
  ])('%j → %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });
});
