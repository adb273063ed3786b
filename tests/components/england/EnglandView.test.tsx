// @vitest-environment jsdom
// The England view on the real default data: figures match Ofsted's own sheet, and every filter lives in the address bar.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { yearlyShares } from '../../../src/analytics/yearlyShares';
import type { Dataset } from '../../../src/domain';
import EnglandView from '../../../src/features/england/EnglandView';
import {
  OFSTED_FILES,
  loadDefaultDatasetFromDisk,
  readData,
  splitCsvLine,
  tallyLatestColumn,
} from '../../helpers/realData';
import { renderWithProviders } from '../../helpers/renderWithProviders';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
});
afterEach(() => window.history.replaceState(null, '', '/'));

const GRADES = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];

function open(query = '?view=england') {
  window.history.replaceState(null, '', `/${query}`);
  return renderWithProviders(<EnglandView dataset={dataset} />);
}

/** Opens a figure's Table tab and returns its body rows as [row header, ...cells] text. */
async function tableOf(user: ReturnType<typeof userEvent.setup>, figureName: RegExp): Promise<string[][]> {
  const figure = screen.getByRole('figure', { name: figureName });
  await user.click(within(figure).getByRole('tab', { name: 'Table' }));
  const table = within(figure).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

/** "36 (24%)" → 36 */
const countIn = (cell: string | undefined) => Number((cell ?? '').split(' ')[0]);

describe('EnglandView', () => {
  it('shows each area’s latest grades as at 31 March 2025, as Ofsted’s as-at sheet counts them', async () => {
    const user = userEvent.setup();
    open();
    expect(
      screen.getByText(
        /^As at 31 March 2025, 103 of 153 local authorities \(67%\) were judged good or outstanding for overall effectiveness/,
      ),
    ).toBeInTheDocument();
    const rows = await tableOf(user, /^Latest grades in each judgement area, England, as at 31 March 2025$/);
    const headings = [
      'Overall effectiveness',
      'The impact of leaders on social work practice with children and families',
      'The experiences and progress of children who need help and protection',
      'The experiences and progress of children in care',
      'The experiences and progress of care leavers',
    ];
    expect(rows).toHaveLength(headings.length);
    headings.forEach((heading, index) => {
      const tally = tallyLatestColumn(heading);
      const row = rows[index]!;
      expect(row.slice(1, 5).map(countIn)).toEqual(GRADES.map((grade) => tally.get(grade) ?? 0));
      // The last column is "Not judged": blank cells in Ofsted's sheet.
      expect(Number(row[row.length - 1])).toBe(tally.get('') ?? 0);
    });
  });

  it('shows each region’s overall effectiveness, counted independently from the raw sheet', async () => {
    const user = userEvent.setup();
    open();
    const rows = await tableOf(user, /^Overall effectiveness by region, as at 31 March 2025$/);
    const lines = readData(OFSTED_FILES[1])
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(3);
    const byRegion = new Map<string, number[]>();
    for (const cells of lines.map(splitCsvLine)) {
      const counts = byRegion.get(cells[3]!) ?? [0, 0, 0, 0];
      counts[GRADES.indexOf(cells[6]!)]! += 1;
      byRegion.set(cells[3]!, counts);
    }
    expect(rows[0]?.[0]).toBe('England');
    expect(rows.slice(1).map((row) => row[0])).toEqual(
      [...byRegion.keys()].sort((a, b) => a.localeCompare(b, 'en-GB')),
    );
    for (const row of rows.slice(1)) expect(row.slice(1, 5).map(countIn)).toEqual(byRegion.get(row[0]!));
  });

  it('follows a chosen region and area in the address bar, and Back restores the view before', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'London');
    expect(new URLSearchParams(window.location.search).get('region')).toBe('London');
    expect(
      screen.getByRole('figure', { name: 'Overall effectiveness: London compared with England, as at 31 March 2025' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/As at 31 March 2025, 29 of 33 local authorities in London \(88%\)/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Judgement area' }), 'care-leavers');
    expect(new URLSearchParams(window.location.search).get('area')).toBe('care-leavers');
    expect(
      screen.getByRole('figure', { name: 'Care leavers: latest grades in England as at 31 March 2025' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /^Care leavers: shares of each grade, London,/ })).toBeInTheDocument();

    await act(async () => window.history.back());
    await screen.findByRole('figure', {
      name: 'Overall effectiveness: London compared with England, as at 31 March 2025',
    });
    expect(screen.getByRole('combobox', { name: 'Judgement area' })).toHaveValue('');
    await act(async () => window.history.back());
    await screen.findByRole('figure', { name: 'Overall effectiveness by region, as at 31 March 2025' });
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('');
  });

  it('moves to another 31 March with a quick pick, and the yearly table matches the analytics at each date', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: '31 March 2021' }));
    expect(new URLSearchParams(window.location.search).get('asAt')).toBe('2021-03-31');
    expect(screen.getByRole('button', { name: '31 March 2021' })).toHaveAttribute('aria-pressed', 'true');
    const rows = await tableOf(
      user,
      /^Overall effectiveness: shares of each grade, England, 31 March 2019 to 31 March 2021$/,
    );
    const dates = [2019, 2020, 2021].map((year) => ({ precision: 'day' as const, year, month: 3, day: 31 }));
    const expected = yearlyShares(dataset, 'overall-effectiveness', dates);
    expect(rows.map((row) => row[0])).toEqual(['31 March 2019', '31 March 2020', '31 March 2021']);
    rows.forEach((row, index) => {
      const point = expected[index]!;
      // "52% (25)": the share, then the count in brackets.
      expect(row.slice(1, 5).map((cell) => Number(/\((\d+)\)/.exec(cell)?.[1]))).toEqual(
        point.rows.map((grade) => grade.count),
      );
      expect(Number(row[row.length - 1])).toBe(point.authorities);
    });
    expect(
      screen.getByText(
        /Authorities covered at each date: 48 at 31 March 2019, 102 at 31 March 2020 and 102 at 31 March 2021\./,
      ),
    ).toBeInTheDocument();
  });

  it.each([
    [
      'a bad date falls back to 31 March 2025 and says so',
      '?view=england&asAt=2025-02-30',
      /‘2025-02-30’ in the address is not a date/,
    ],
    [
      'an unknown region and area fall back to all',
      '?view=england&region=Narnia&area=biscuits',
      /‘Narnia’ in the address is not a region in the data/,
    ],
  ])('%s', (_name, query, message) => {
    open(query);
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'Latest grades in each judgement area, England, as at 31 March 2025' }),
    ).toBeInTheDocument();
  });

  it('says to choose a later date before the first ILACS inspection, with a link to the default', () => {
    open('?view=england&asAt=2017-12-31');
    expect(
      screen.getByText(/No authority had an ILACS inspection by 31 December 2017: choose a later date/),
    ).toBeInTheDocument();
    // Only the strand figures, which count every framework since 2009, and the improvement journeys, which do not
    // depend on the date: no ILACS figure.
    expect(
      screen
        .getAllByRole('figure')
        .map((figure) => figure.getAttribute('aria-labelledby') && figure.querySelector('figcaption')?.textContent),
    ).toEqual([
      'Latest grades by strand, every framework since 2009, England, as at 31 December 2017',
      'Grades by strand at each 31 March, England, 31 March 2010 to 31 March 2017',
      'Moves from grade to grade between consecutive inspections, Whole service, England, 2014 to 2025',
      'After an Inadequate judgement: the time to the next inspection and to Good or better, Whole service, England, 2014 to 2025',
    ]);
    expect(screen.getByRole('link', { name: '31 March 2025' })).toHaveAttribute(
      'href',
      '?asAt=2025-03-31&view=england',
    );
  });

  it('shows the latest known position for a future date, and stops the years at 31 March 2025', () => {
    open('?view=england&asAt=2030-06-30');
    expect(screen.getByText(/30 June 2030 is later than any inspection held/)).toBeInTheDocument();
    expect(screen.getByText(/^As at 30 June 2030, 103 of 153 local authorities \(67%\)/)).toBeInTheDocument();
    expect(
      screen.getByRole('figure', {
        name: 'Overall effectiveness: shares of each grade, England, 31 March 2019 to 31 March 2025',
      }),
    ).toBeInTheDocument();
  });

  it('says care leavers were not judged at 31 March 2020 instead of drawing empty charts', () => {
    open('?view=england&asAt=2020-03-31&area=care-leavers');
    expect(
      screen.getAllByText(/none of the 102 local authorities inspected under ILACS had a judgement for care leavers/),
    ).toHaveLength(2);
    expect(
      screen.getAllByText(
        /No authority had a judgement for care leavers by 31 March 2020: choose a later date or another area\./,
      ),
    ).toHaveLength(2);
    expect(
      screen.getByText(
        /No local authority had a judgement for care leavers at any date from 31 March 2019 to 31 March 2020\./,
      ),
    ).toBeInTheDocument();
    // No ILACS figure draws a chart; only the strand and journey figures below them, which count every framework, do.
    const ilacsFigures = screen
      .getAllByRole('figure')
      .filter(
        (figure) =>
          !/by strand|^Moves from grade|^After an Inadequate/.test(
            figure.querySelector('figcaption')?.textContent ?? '',
          ),
      );
    expect(ilacsFigures).toHaveLength(3);
    expect(ilacsFigures.filter((figure) => figure.querySelector('.recharts-surface') !== null)).toHaveLength(0);
  });
});
