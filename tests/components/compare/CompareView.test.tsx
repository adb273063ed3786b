// @vitest-environment jsdom
// The Compare view with the real default data: filters and comparators in the address bar, numbers checked against the raw sheet.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain';
import CompareView from '../../../src/features/compare/CompareView';
import { OFSTED_FILES, loadDefaultDatasetFromDisk, readData, splitCsvLine } from '../../helpers/realData';
import { renderWithProviders } from '../../helpers/renderWithProviders';

/** The as-at-31-March-2025 sheet, read naively: one row per authority, its latest inspection. */
function latestSheet() {
  const lines = readData(OFSTED_FILES[1])
    .split('\n')
    .filter((line) => line.trim() !== '');
  const header = splitCsvLine(lines[2] ?? '');
  const column = (name: string) => header.indexOf(name);
  return lines.slice(3).map((line) => {
    const cells = splitCsvLine(line);
    return {
      code: cells[column('Local authority area code')] ?? '',
      name: cells[column('Local authority name')] ?? '',
      region: cells[column('Ofsted region')] ?? '',
      date: cells[column('Inspection date')] ?? '',
      overall: cells[column('Overall effectiveness')] ?? '',
    };
  });
}

const GOOD_OR_BETTER = new Set(['Outstanding', 'Good']);
const sheet = latestSheet();
const westMidlands = sheet.filter((row) => row.region === 'West Midlands');
const count = (rows: typeof sheet) => rows.filter((row) => GOOD_OR_BETTER.has(row.overall)).length;

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
});
afterEach(() => window.history.replaceState(null, '', '/'));

const open = (query = '') => {
  window.history.replaceState(null, '', `/?view=compare${query}`);
  return renderWithProviders(<CompareView dataset={dataset} />);
};
const withParam = () => new URLSearchParams(window.location.search).get('with')?.split(',') ?? [];

describe('CompareView', () => {
  it('with a group of its own, empty, shows Walsall as at 31 March 2025 against England and the West Midlands, asking for comparators', async () => {
    const user = userEvent.setup();
    open('&group=own');
    expect(screen.getByRole('combobox', { name: 'Authority' })).toHaveValue('E08000030');
    const asAt = screen.getByRole('group', { name: 'As at' });
    expect(
      [
        within(asAt).getByLabelText('Day'),
        within(asAt).getByLabelText('Month'),
        within(asAt).getByLabelText('Year'),
      ].map((box) => (box as HTMLInputElement).value),
    ).toEqual(['31', '3', '2025']);
    const englandGood = count(sheet);
    const regionGood = count(westMidlands);
    const share = Math.round((englandGood / sheet.length) * 100);
    const figure = screen.getByRole('figure', {
      name: /^Walsall against England, the West Midlands: latest grades as at 31 March 2025$/,
    });
    expect(
      within(figure).getByText(
        `As at 31 March 2025 Walsall was judged Good for overall effectiveness (inspected 4 October 2021). ${share}% of authorities in England (${englandGood} of ${sheet.length}) and ${regionGood} of ${westMidlands.length} in the West Midlands were good or better.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Choose comparator authorities above to see how they compare.').length).toBeGreaterThan(
      0,
    );

    await user.click(within(figure).getByRole('tab', { name: 'Table' }));
    const table = within(figure).getByRole('table', { name: /Walsall’s grade and how many were good or better/ });
    const overall = within(table).getByRole('row', { name: /^Overall effectiveness/ });
    expect(
      within(overall)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Good',
      `${englandGood} of ${sheet.length} (${share}%)`,
      `${regionGood} of ${westMidlands.length} (${Math.round((regionGood / westMidlands.length) * 100)}%)`,
    ]);
    const counts = within(figure).getByRole('table', { name: /Number of authorities at each grade/ });
    const englandRow = within(counts).getByRole('row', { name: /^Overall effectiveness England / });
    const tally = (grade: string) => String(sheet.filter((row) => row.overall === grade).length);
    expect(
      within(englandRow)
        .getAllByRole('cell')
        .slice(0, 5)
        .map((cell) => cell.textContent),
    ).toEqual(['England', ...['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'].map(tally)]);
  });

  it('searches, ticks a comparator into the address bar, and lists it in the sorted table', async () => {
    const user = userEvent.setup();
    open('&group=own');
    await user.type(screen.getByRole('searchbox', { name: 'Search authorities' }), 'wolver');
    // The count is read out once typing pauses.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 authority matches “wolver”.'), {
      timeout: 3000,
    });
    await user.click(screen.getByRole('checkbox', { name: 'Wolverhampton' }));
    expect(withParam()).toEqual(['E08000031']);
    expect(screen.getByRole('button', { name: 'Remove Wolverhampton' })).toBeInTheDocument();

    const wolverhampton = sheet.find((row) => row.name === 'Wolverhampton');
    const table = screen.getByRole('table', { name: /Chosen comparators by grade for Overall effectiveness/ });
    const row = within(table).getByRole('row', { name: /^Wolverhampton/ });
    const [day, month, year] = (wolverhampton?.date ?? '').split('/').map(Number);
    const longDate = new Date(Date.UTC(year!, month! - 1, day)).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'West Midlands',
      longDate,
      wolverhampton?.overall,
      GOOD_OR_BETTER.has(wolverhampton?.overall ?? '') ? 'Yes' : 'No',
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove Wolverhampton' }));
    expect(window.location.search).not.toContain('with=');
    expect(screen.getByRole('heading', { name: 'Chosen comparators (0)' })).toHaveFocus();
  });

  it('adds the whole region, sorts it best first, counts it, and clears it', async () => {
    const user = userEvent.setup();
    open('&group=own');
    await user.click(screen.getByRole('button', { name: /^Add all in the West Midlands/ }));
    const others = westMidlands.filter((row) => row.code !== 'E08000030');
    expect(new Set(withParam())).toEqual(new Set(others.map((row) => row.code)));

    const table = screen.getByRole('table', { name: /Chosen comparators by grade for Overall effectiveness/ });
    const rank: Record<string, number> = {
      Outstanding: 1,
      Good: 2,
      'Requires improvement to be good': 3,
      Inadequate: 4,
    };
    const expectedOrder = [...others]
      .sort((a, b) => (rank[a.overall] ?? 9) - (rank[b.overall] ?? 9) || a.name.localeCompare(b.name, 'en-GB'))
      .map((row) => row.name);
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getByRole('rowheader').textContent);
    expect(names).toEqual(expectedOrder);
    expect(
      screen.getByText(new RegExp(`${count(others)} of ${others.length} chosen comparators were good or better\\.`)),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(withParam()).toEqual([]);
  });

  it('follows the judgement area into the comparator table', async () => {
    const user = userEvent.setup();
    open('&with=E08000031');
    await user.selectOptions(screen.getByRole('combobox', { name: /Judgement area/ }), 'care-leavers');
    expect(new URLSearchParams(window.location.search).get('area')).toBe('care-leavers');
    expect(
      screen.getByRole('heading', {
        name: 'Chosen comparators, best first: The experiences and progress of care leavers',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Walsall had no grade for the experiences and progress of care leavers/),
    ).toBeInTheDocument();
  });

  it.each([
    [
      'a ceased authority after it ceased',
      '&authority=E10000006',
      'Cumbria no longer existed on 31 March 2025: it ceased on 1 April 2023. Choose an earlier date or another authority.',
    ],
    [
      'a date before ILACS',
      '&asAt=2018-03-31',
      'Walsall had no inspection under the ILACS framework (from 2018) on or before 31 March 2018. Choose a later date or another authority.',
    ],
  ])('explains %s', (_name, query, message) => {
    open(query);
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('ignores unknown codes with a note, and shows ceased and uninspected comparators as such', async () => {
    const user = userEvent.setup();
    open('&asAt=2022-03-31&with=E06000099,E08000028,E06000028');
    expect(
      screen.getByText('The link named an authority code this data does not hold, “E06000099”: it has been ignored.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Chosen comparators by grade/ });
    const cells = (name: string) =>
      within(within(table).getByRole('row', { name: new RegExp(`^${name}`) }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('Bournemouth')[2]).toBe('No longer existed (ceased 1 April 2019)');
    expect(cells('Sandwell')[2]).toBe('Not inspected by 31 March 2022');
    await user.click(screen.getByRole('button', { name: '31 March 2025' }));
    expect(new URLSearchParams(window.location.search).get('asAt')).toBe('2025-03-31');
    expect(cells('Sandwell')[2]).toBe(sheet.find((row) => row.name === 'Sandwell')?.overall);
  });
});
