// @vitest-environment jsdom
// The preview before anything is kept: figures for a real Ofsted excerpt, problems by row and column, corrected columns, sheets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUserStoreForTests } from '../../../src/data/useUserData';
import { OFSTED_ODS } from '../../helpers/realData';
import {
  bodyRows,
  fixtureFile,
  FIXTURES,
  openYourData,
  previewOf,
  problemsShown,
  summaryOf,
  textFile,
} from './uploadHelpers';

afterEach(() => {
  setUserStoreForTests(undefined);
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

/** Data rows below the title, description and header rows of an Ofsted sheet saved as CSV, counted without the importer. */
const excerptRows = readFileSync(join(FIXTURES, 'ofsted-history-excerpt.csv'), 'utf8')
  .split('\n')
  .slice(3)
  .filter((line) => line.trim() !== '').length;

describe('the preview of a real Ofsted CSV excerpt', () => {
  it('says what was found and how many rows will be imported, and that nothing looks wrong', async () => {
    const { choose } = await openYourData();
    await choose(fixtureFile('ofsted-history-excerpt.csv'));
    const preview = await previewOf('ofsted-history-excerpt.csv');
    expect(excerptRows).toBe(13);
    expect(summaryOf(preview)).toEqual({
      'Format found': 'Ofsted published table (one row per inspection)',
      'Header row': 'Row 3',
      'Rows read': '13',
      'Rows that will be imported': '13',
      'Rows left out': '0 rows with an error, 0 rows skipped (blank, totals, notes)',
      Records: '13 inspections',
    });
    expect(within(preview).getByText(/Every row was read, and every cell of the columns used/)).toBeInTheDocument();
    // The one column not used is still listed, with why: a note, not a problem.
    const unused = within(preview).getByRole('region', { name: '1 column with data was not used' });
    expect(within(unused).getByRole('term')).toHaveTextContent('Web link');
    expect(within(unused).getByRole('definition')).toHaveTextContent(
      `A link, not needed. ${excerptRows} cells with data.`,
    );
    expect(within(preview).queryByRole('table', { name: /problems?$/ })).toBeNull();
    // Enabled once the check for inspections already held has finished: every one of them is Ofsted's, already held.
    await waitFor(() =>
      expect(within(preview).getByRole('button', { name: 'Import the file (it adds no inspections)' })).toBeEnabled(),
    );
  });

  it('shows the first ten rows as they will be read, under the field each column became', async () => {
    const { choose } = await openYourData();
    await choose(fixtureFile('ofsted-history-excerpt.csv'));
    const preview = await previewOf('ofsted-history-excerpt.csv');
    const sample = within(preview).getByRole('table', { name: /The first 10 rows as they will be read/ });
    const headings = within(sample)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headings).toContain('Authority name (“Local authority name”)');
    // Where the file's heading says no more than the field name, it is not repeated.
    expect(headings).toContain('Judgement: Overall effectiveness');
    expect(headings[headings.length - 1]).toBe('Status');
    expect(headings).not.toContain(expect.stringMatching(/Web link/));
    const rows = bodyRows(sample);
    expect(rows.map((cells) => cells[0])).toEqual(['4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    expect(rows.map((cells) => cells[cells.length - 1])).toEqual(Array(10).fill('Imported'));
    expect(rows[0]).toEqual(
      expect.arrayContaining(['E09000002', 'Barking and Dagenham', '18/02/2019', 'ILACS Standard Inspection']),
    );
  });

  it('reads several files chosen at once, each in its own preview', async () => {
    const { choose } = await openYourData();
    await choose(fixtureFile('ofsted-history-excerpt.csv'), fixtureFile('tidy-own-format.csv'));
    expect(summaryOf(await previewOf('ofsted-history-excerpt.csv'))['Records']).toBe('13 inspections');
    expect(summaryOf(await previewOf('tidy-own-format.csv'))['Format found']).toBe(
      'Tidy judgements (one row per judgement)',
    );
  });
});

describe('the preview of a file with problems', () => {
  it('lists every problem with its row, column and value, and imports only the good rows', async () => {
    const { choose } = await openYourData();
    await choose(fixtureFile('tidy-bad-rows.csv'));
    const preview = await previewOf('tidy-bad-rows.csv');
    // Counted by hand from the fixture: rows 2, 8 and 12 are good (12 repeats 2 and is skipped with a note).
    expect(summaryOf(preview)).toMatchObject({
      'Rows read': '12',
      'Rows that will be imported': '3',
      'Rows left out': '8 rows with an error, 1 row skipped (blank, totals, notes)',
      Records: '1 inspection',
    });
    expect(problemsShown(preview)).toEqual([
      ['3', 'grade', 'Very good'],
      ['4', 'inspection_date', '31/02/2021'],
      ['5', 'inspection_date', '10/13/2021'],
      ['6', 'grade', 'Adequate'],
      ['7', 'authority_name', ''],
      ['9', 'judgement_area', ''],
      ['10', 'authority_code', 'E0800027'],
      ['11', 'judgement_area', 'Overall effectiveness'],
      ['12', 'judgement_area', 'Overall effectiveness'],
    ]);
    const problems = within(preview).getByRole('table', { name: /problems$/ });
    expect(within(problems).getByRole('row', { name: /^3 grade Very good/ })).toHaveTextContent(
      /Not imported.*not an Ofsted grade.*Use Outstanding, Good/,
    );
    expect(within(problems).getByRole('row', { name: /^4 / })).toHaveTextContent(/This date does not exist/);
    expect(within(preview).getByText(/8 problems stopped some rows being imported/)).toBeInTheDocument();
    // Its one inspection, Walsall's of 4 October 2021, is Ofsted's, already held: importing keeps the held record.
    expect(
      await within(preview).findByRole('button', { name: 'Import the file (it adds no inspections)' }),
    ).toBeInTheDocument();
  });

  it('shows the first 100 problems and offers all of them as a CSV download', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `Walsall,2021-10-04,Area ${i + 1},Very good`);
    const { user, choose } = await openYourData();
    await choose(
      textFile('many-problems.csv', ['authority_name,inspection_date,judgement_area,grade', ...rows].join('\n')),
    );
    const preview = await previewOf('many-problems.csv');
    const table = within(preview).getByRole('table', { name: 'The first 100 of 120 problems' });
    expect(bodyRows(table)).toHaveLength(100);
    expect(bodyRows(table).at(-1)?.[0]).toBe('101');

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:problems'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('scrutiny-lens_problems_many-problems.csv');
    });
    await user.click(within(preview).getByRole('button', { name: 'Download all 120 problems (CSV)' }));
    expect(click).toHaveBeenCalledTimes(1);
    const lines = (await blobs[0]!.text()).trim().split('\r\n');
    expect(lines).toHaveLength(121);
    expect(lines.at(-1)).toMatch(/^121,grade,Very good,error,/);
  });

  it('keeps £ and curly quotes from a Windows-1252 file saved by Excel', async () => {
    const { choose } = await openYourData();
    await choose(fixtureFile('excel-windows-1252.csv'));
    const preview = await previewOf('excel-windows-1252.csv');
    const sample = within(preview).getByRole('table', { name: /rows as they will be read/ });
    expect(within(sample).getByText('“Good” – first time since 2012')).toBeInTheDocument();
    expect(within(sample).getByText('£1.2m invested in early help')).toBeInTheDocument();
    expect(problemsShown(preview)).toEqual([['8', 'Grade', 'Very good']]);
  });

  it('reports a Total row at the bottom as skipped, not as an authority', async () => {
    const { choose } = await openYourData();
    await choose(fixtureFile('upload/black-country-briefing.csv'));
    const preview = await previewOf('black-country-briefing.csv');
    expect(summaryOf(preview)).toMatchObject({
      'Rows read': '5',
      'Rows that will be imported': '4',
      Records: '4 inspections',
    });
    expect(problemsShown(preview)).toEqual([['7', 'Local authority', 'Total']]);
    expect(within(preview).getByRole('row', { name: /^7 Local authority Total/ })).toHaveTextContent(
      /Note.*total row; it was skipped/,
    );
  });

  it('shows cells holding <script> or =HYPERLINK(...) as the text they are, and runs nothing', async () => {
    const { choose } = await openYourData();
    const scriptsBefore = document.querySelectorAll('script').length;
    await choose(fixtureFile('upload/hostile-cells.csv'));
    const preview = await previewOf('hostile-cells.csv');
    expect(within(preview).getByText('=HYPERLINK("http://evil.example/report","Full report")')).toBeInTheDocument();
    expect(within(preview).getByText('<img src=x onerror="window.__pwned=2">')).toBeInTheDocument();
    expect(problemsShown(preview)).toEqual([['3', 'grade', '<script>window.__pwned=1</script>']]);
    expect(document.querySelectorAll('script')).toHaveLength(scriptsBefore);
    expect(preview.querySelector('img, a[href^="http"]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('correcting a column', () => {
  it('reads the file again at once with the column chosen in the select', async () => {
    const { user, choose } = await openYourData();
    await choose(fixtureFile('upload/council-own-headings.csv'));
    const preview = await previewOf('council-own-headings.csv');
    expect(within(preview).getByRole('alert')).toHaveTextContent(
      /cannot be imported as it is.*headings on row 1 do not match any format/,
    );
    expect(within(preview).queryByRole('button', { name: /^Import/ })).toBeNull();

    await user.selectOptions(within(preview).getByRole('combobox', { name: 'Read column “Ofsted said” as' }), 'Grade');
    expect(within(preview).getByRole('alert')).toHaveTextContent(/no column for: Date/);

    await user.selectOptions(within(preview).getByRole('combobox', { name: 'Read column “Date of visit” as' }), 'Date');
    expect(within(preview).queryByRole('alert')).toBeNull();
    expect(summaryOf(preview)).toMatchObject({
      'Format found': 'Tidy judgements (one row per judgement)',
      'Rows that will be imported': '3',
      Records: '2 inspections',
    });
    const sample = within(preview).getByRole('table', { name: /rows as they will be read/ });
    expect(
      within(sample)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Row',
      'Authority name (“Council”)',
      'Date (“Date of visit”)',
      'Judgement area',
      'Grade (“Ofsted said”)',
      'Status',
    ]);
    expect(within(preview).getByRole('combobox', { name: 'Read column “Ofsted said” as' })).toHaveValue('field:grade');
    // The file is now read, but the list of columns stays open while the user maps.
    expect(
      within(preview).getByRole('combobox', { name: 'Read column “Ofsted said” as' }).closest('details'),
    ).toHaveAttribute('open');
  });

  it('says when two columns could be one area, reads neither, and reads the one the user picks', async () => {
    const { user, choose } = await openYourData();
    await choose(fixtureFile('upload/noted-area-headings.csv'));
    const preview = await previewOf('noted-area-headings.csv');
    expect(
      within(preview).getByText(
        /2 columns \(“Overall effectiveness \(ILACS\)”, “Overall effectiveness \(previous inspection\)”\) could each be the same judgement area/,
      ),
    ).toBeInTheDocument();
    const current = within(preview).getByRole('combobox', { name: 'Read column “Overall effectiveness (ILACS)” as' });
    expect(current).toHaveValue('ignored');
    expect(current).toHaveAccessibleDescription(
      'Not used: another column could also be overall effectiveness: choose which by hand.',
    );
    // The columns are shown open, without the user having to find them.
    expect(current).toBeVisible();

    await user.selectOptions(current, 'area:overall-effectiveness');
    expect(within(preview).queryByText(/could each be the same judgement area/)).toBeNull();
    expect(
      within(preview).getByRole('combobox', { name: 'Read column “Overall effectiveness (previous inspection)” as' }),
    ).toHaveAccessibleDescription('Not used.');
    const sample = within(preview).getByRole('table', { name: /rows as they will be read/ });
    const headings = within(sample)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent ?? '');
    const overall = headings.findIndex((heading) => heading.startsWith('Judgement: Overall effectiveness'));
    // Telford & Wrekin: Outstanding in 2024, Good at the inspection before.
    expect(bodyRows(sample).find((cells) => cells.includes('Telford & Wrekin'))?.[overall]).toBe('Outstanding');
  });

  it('can set a recognised column aside, and the preview says what is then missing', async () => {
    const { user, choose } = await openYourData();
    await choose(fixtureFile('tidy-own-format.csv'));
    const preview = await previewOf('tidy-own-format.csv');
    await user.selectOptions(within(preview).getByRole('combobox', { name: 'Read column “grade” as' }), 'Not used');
    expect(within(preview).getByRole('alert')).toHaveTextContent(/cannot be imported as it is/);
    expect(within(preview).queryByRole('button', { name: /^Import/ })).toBeNull();
  });
});

describe('a spreadsheet with several sheets', () => {
  it('asks which sheet, starting on the first that holds a table, and previews the one chosen', async () => {
    const { user, choose } = await openYourData();
    await choose(new File([readFileSync(OFSTED_ODS)], 'outcomes.ods'));
    const preview = await previewOf('outcomes.ods', 20_000);
    const sheets = within(preview).getByRole('group', { name: 'Which sheet?' });
    expect(
      within(sheets)
        .getAllByRole('radio')
        .map((radio) => radio.closest('div')?.textContent),
    ).toEqual([
      'Cover (no table we can read)',
      'Contents (no table we can read)',
      'Notes (no table we can read)',
      'Inspections_as_at_31_March (153 inspections)',
      'In-year_inspections (112 inspections)',
      'ILACS_inspection_history (271 inspections)',
    ]);
    expect(within(sheets).getByRole('radio', { name: /Inspections_as_at_31_March/ })).toBeChecked();
    await user.click(within(sheets).getByRole('radio', { name: /ILACS_inspection_history/ }));
    expect(summaryOf(preview)).toMatchObject({
      'Rows read': '271',
      'Rows that will be imported': '271',
      Records: '271 inspections',
    });
  }, 30_000);
});

it('says plainly, when a file is still being read, that it is', async () => {
  const { choose } = await openYourData();
  const reading = choose(fixtureFile('ofsted-history-excerpt.csv'));
  expect(await screen.findByText('Reading…')).toBeInTheDocument();
  await reading;
  await previewOf('ofsted-history-excerpt.csv');
  expect(screen.queryByText('Reading…')).toBeNull();
});

describe('the sample rows', () => {
  it('mark the rows that will not be imported', async () => {
    const { choose } = await openYourData();
    await choose(fixtureFile('tidy-bad-rows.csv'));
    const preview = await previewOf('tidy-bad-rows.csv');
    const sample = within(preview).getByRole('table', { name: /as they will be read/ });
    const status = Object.fromEntries(bodyRows(sample).map((cells) => [cells[0], cells[cells.length - 1]]));
    // Rows 2 and 8 are good in tidy-bad-rows.csv; rows 3 to 7 each hold one mistake (see tests/fixtures/README.md).
    expect(status).toMatchObject({
      '2': 'Imported',
      '3': 'Not imported',
      '4': 'Not imported',
      '5': 'Not imported',
      '6': 'Not imported',
      '7': 'Not imported',
      '8': 'Imported',
    });
  });
});
