// @vitest-environment jsdom
// The judgement matrix on the real default data: both layouts, their filters in the address bar, and numbers checked against the CSVs.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain';
import MatrixView from '../../../src/features/matrix/MatrixView';
import {
  OFSTED_FILES,
  WALSALL_FILES,
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

function open(query: string) {
  window.history.replaceState(null, '', `/?view=matrix${query}`);
  return renderWithProviders(<MatrixView dataset={dataset} />);
}

/** The table as a grid of cells, a merged cell filling every slot it spans, as a screen reader's table navigation sees it. */
function layoutOf(table: HTMLElement): HTMLTableCellElement[][] {
  const slots: HTMLTableCellElement[][] = [];
  [...table.querySelectorAll('tr')].forEach((row, rowIndex) => {
    slots[rowIndex] ??= [];
    let column = 0;
    for (const cell of [...row.cells]) {
      while (slots[rowIndex]![column]) column += 1;
      for (let down = 0; down < cell.rowSpan; down += 1) {
        for (let across = 0; across < cell.colSpan; across += 1)
          (slots[rowIndex + down] ??= [])[column + across] = cell;
      }
      column += cell.colSpan;
    }
  });
  return slots;
}

/** The text of the cell where a row heading (starting with the words) meets a column heading (matching the pattern). */
function cellAt(table: HTMLElement, rowHeading: string, columnHeading: RegExp): string {
  const slots = layoutOf(table);
  const column = (slots[0] ?? []).findIndex((header) => columnHeading.test(header.textContent ?? ''));
  const row = slots.find((cells) => cells[0]?.tagName === 'TH' && (cells[0].textContent ?? '').startsWith(rowHeading));
  const cell = row?.[column];
  if (!cell || column < 0) throw new Error(`No cell at ${rowHeading} × ${columnHeading}`);
  return cell.textContent ?? '';
}

/** Walsall's 2012 counts, read from the minutes' CSV by its headings. */
function walsall2012(): Record<string, string> {
  const [header, values] = readData(WALSALL_FILES[1]).split('\n').map(splitCsvLine);
  return Object.fromEntries((header ?? []).map((heading, i) => [heading, values?.[i] ?? '']));
}

/** The rows of the as-at-31-March sheet, keyed by ONS code. */
function latestSheet(): Map<string, string[]> {
  const lines = readData(OFSTED_FILES[1])
    .split('\n')
    .filter((line) => line.trim() !== '');
  return new Map(
    lines
      .slice(3)
      .map((line) => splitCsvLine(line))
      .map((cells) => [cells[1] ?? '', cells]),
  );
}

describe('MatrixView: judgement areas by inspections', () => {
  it('shows Walsall from 2008 to 2021 by default, with the 2012 inspection as the minutes’ counts and Ofsted’s two graded areas, not invented grades', () => {
    open('');
    const figure = screen.getByRole('figure', {
      name: /Walsall: judgements by area at each inspection, from 2008 to 2021/,
    });
    const grid = within(figure).getByRole('table', { name: /Walsall: each judgement area/ });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Judgement area',
      '2008Joint inspection',
      'June 2012Safeguarding & Looked After Children (SLAC) Inspection',
      '2 August 2013Child Protection Inspections (CPI)',
      "4 September 2017Single Inspection of LA Children's Services (SIF) First SIF",
      '4 October 2021ILACS Standard Inspection',
    ]);
    const { good, adequate, inadequate } = walsall2012();
    expect(cellAt(grid, 'Overall effectiveness', /June 2012/)).toMatch(
      new RegExp(
        `^Counts of all judgements: ${good} good, ${adequate} adequate, ${inadequate} inadequate\\. Graded by area: Safeguarding: Inadequate; Looked after children: Adequate \\(The source records this grade as 'Requires improvement to be good'`,
      ),
    );
    expect(cellAt(grid, 'Care leavers', /June 2012/)).toBe(cellAt(grid, 'Overall effectiveness', /June 2012/));
    expect(cellAt(grid, 'Overall effectiveness', /2008/)).toBe('—No judgement');
    expect(cellAt(grid, 'Services for children', /2008/)).toBe('Good');
    expect(within(figure).getByText(/Walsall: 5 inspections from 2008 to 2021\./)).toBeInTheDocument();
    expect(
      within(figure).getByText(
        /Walsall Council, minutes of the Children’s and Young People Scrutiny and Performance Panel/,
      ),
    ).toBeInTheDocument();
  });

  it('matches the 2021 grades in Ofsted’s as-at sheet, and gives the reason care leavers were not judged', () => {
    open('');
    const grid = screen.getByRole('table', { name: /Walsall: each judgement area/ });
    const walsall = latestSheet().get('E08000030') ?? [];
    expect(cellAt(grid, 'Overall effectiveness', /4 October 2021/)).toBe(walsall[6]);
    expect(cellAt(grid, 'Help and protection', /4 October 2021/)).toBe(walsall[8]);
    const notJudged = within(grid).getByText('Not judged', { exact: false, selector: '.app-grade-tag--not-judged' });
    expect(notJudged).toHaveAttribute('title', 'this area was only judged from 1 January 2023');
    expect(notJudged).toHaveTextContent('Not judged (this area was only judged from 1 January 2023)');
  });

  it('shows the same grid in plain words with counts per column in the Table tab', async () => {
    const user = userEvent.setup();
    open('');
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /in words with counts/ });
    expect(cellAt(table, 'Care leavers', /4 October 2021/)).toBe(
      'Not judged: this area was only judged from 1 January 2023',
    );
    const { good, adequate, inadequate } = walsall2012();
    expect(cellAt(table, 'Count: Adequate', /June 2012/)).toBe(adequate);
    expect(cellAt(table, 'Count: Inadequate', /June 2012/)).toBe(inadequate);
    // 2021: count the Good cells in Ofsted's sheet for Walsall, independently of the importer.
    const walsall = latestSheet().get('E08000030') ?? [];
    const goodIn2021 = walsall.slice(6).filter((grade) => grade === 'Good').length;
    expect(cellAt(table, 'Count: Good', /4 October 2021/)).toBe(String(goodIn2021));
    expect(cellAt(table, 'Count: Good', /June 2012/)).toBe(good);
    expect(table.querySelector('[style*="background"]')).toBeNull();
  });

  it('follows the filters through the address bar, and Back returns', async () => {
    const user = userEvent.setup();
    open('');
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2012');
    expect(new URLSearchParams(window.location.search).get('from')).toBe('2012');
    expect(screen.getByRole('figure', { name: /from 2012 to 2021/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Judgement area' }), 'help-and-protection');
    const grid = screen.getByRole('table', { name: /Walsall: Help and protection/ });
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Help and protection']);
    window.history.back();
    await screen.findByRole('table', { name: /Walsall: each judgement area/ });
    expect(window.location.search).toBe('?from=2012&view=matrix');
  });

  it('omits visits from the columns and says which they were', async () => {
    open('&authority=E06000019');
    expect(
      screen.getByText(
        /Left out here: LA Monitoring visit \(22 October 2024\) and LA Monitoring visit \(18 February 2025\)\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').some((header) => /visit/i.test(header.textContent ?? ''))).toBe(false);
  });

  it.each([
    ['backwards years', '&from=2021&to=2012', /The years run backwards/],
    [
      'a ceased authority after it ceased',
      '&authority=E10000006&from=2024',
      /No inspections for Cumbria from 2024: the authority no longer exists/,
    ],
  ])('explains %s', (_name, query, message) => {
    open(query);
    expect(screen.getByRole('status')).toHaveTextContent(message);
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('falls back to defaults for bad values in the address', () => {
    open('&rows=sideways&authority=nowhere&type=Teatime&from=abcd&area=finance&asAt=yesterday');
    expect(
      screen.getByRole('figure', { name: /Walsall: judgements by area at each inspection, from 2008 to 2021/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Judgement areas/ })).toBeChecked();
  });
});

describe('MatrixView: authorities by judgement areas', () => {
  it('defaults to Walsall’s region as at 31 March 2025 and agrees with Ofsted’s as-at sheet', () => {
    open('&rows=authorities');
    const figure = screen.getByRole('figure', { name: /authorities in West Midlands, as at 31 March 2025/ });
    const sheet = [...latestSheet().values()].filter((cells) => cells[3] === 'West Midlands');
    const good = sheet.filter((cells) => cells[6] === 'Outstanding' || cells[6] === 'Good').length;
    expect(
      within(figure).getByText(
        `West Midlands, as at 31 March 2025: ${sheet.length} authorities; ${good} were good or better for overall effectiveness`,
        { exact: false },
      ),
    ).toBeInTheDocument();
    const grid = within(figure).getByRole('table', { name: /West Midlands: each authority’s latest ILACS judgements/ });
    for (const cells of sheet) expect(cellAt(grid, cells[2] ?? '', /Overall effectiveness/)).toBe(cells[6]);
    expect(within(figure).getByText(/Showing West Midlands, Walsall’s region/)).toBeInTheDocument();
  });

  it('counts every authority in England per column in the Table tab, as Ofsted published', async () => {
    const user = userEvent.setup();
    open('&rows=authorities');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'all');
    expect(new URLSearchParams(window.location.search).get('region')).toBe('all');
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table', {
      name: /England: each authority’s latest ILACS judgements.*in words with counts/,
    });
    const overall = tallyLatestColumn('Overall effectiveness');
    expect(cellAt(table, 'Count: Outstanding', /Overall effectiveness/)).toBe(String(overall.get('Outstanding')));
    expect(cellAt(table, 'Count: Good', /Overall effectiveness/)).toBe(String(overall.get('Good')));
    expect(cellAt(table, 'Count: Requires improvement', /Overall effectiveness/)).toBe(
      String(overall.get('Requires improvement to be good')),
    );
    expect(cellAt(table, 'Count: Inadequate', /Overall effectiveness/)).toBe(String(overall.get('Inadequate')));
    const leavers = tallyLatestColumn('The experiences and progress of care leavers');
    expect(cellAt(table, 'Count: Not judged', /Care leavers/)).toBe(String(leavers.get('')));
  });

  it('sorts by name or grade through the Sort by select, and Back restores the order', async () => {
    const user = userEvent.setup();
    open('&rows=authorities');
    const rowNames = () =>
      within(screen.getByRole('table', { name: /West Midlands/ }))
        .getAllByRole('rowheader')
        .map((header) => header.firstChild?.textContent);
    const byGrade = rowNames();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'name');
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('name');
    const byName = rowNames();
    expect(byName).toEqual([...byName].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en-GB')));
    expect(byName).not.toEqual(byGrade);
    window.history.back();
    await waitFor(() => expect(rowNames()).toEqual(byGrade));
    // Best first by Ofsted's own words in the as-at sheet, independently of the grid's cells.
    const order = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];
    const overallOf = new Map([...latestSheet().values()].map((cells) => [cells[2], order.indexOf(cells[6] ?? '')]));
    const ranks = byGrade.map((name) => overallOf.get(name ?? ''));
    expect(ranks).toEqual([...ranks].sort((a, b) => (a ?? 9) - (b ?? 9)));
  });

  it('switches layout with the radios, keeping the choice in the address', async () => {
    const user = userEvent.setup();
    open('');
    await user.click(screen.getByRole('radio', { name: /Authorities/ }));
    expect(new URLSearchParams(window.location.search).get('rows')).toBe('authorities');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toBeInTheDocument();
  });

  it('explains a region with no ILACS inspection by the date', () => {
    open('&rows=authorities&asAt=2018-03-31');
    expect(screen.getByRole('status')).toHaveTextContent(
      'No authority in West Midlands had an ILACS inspection on or before 31 March 2018.',
    );
  });
});
