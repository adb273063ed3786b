// @vitest-environment jsdom
// The authority view on the real default data: filters in the address bar, the figures' tables against independent counts.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import AuthorityView from '../../../src/features/authority/AuthorityView';
import { compareInspections, authorityInspections } from '../../../src/analytics';
import type { Dataset } from '../../../src/domain';
import { OFSTED_FILES, loadDefaultDatasetFromDisk, readData, splitCsvLine } from '../../helpers/realData';
import { renderWithProviders } from '../../helpers/renderWithProviders';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
});
afterEach(() => window.history.replaceState(null, '', '/'));

function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return renderWithProviders(<AuthorityView dataset={dataset} />);
}

/** Rows of a figure's table after choosing its Table tab: header cell then data cells, as text. */
async function tableOf(figureName: RegExp) {
  const figure = screen.getByRole('figure', { name: figureName });
  await userEvent.setup().click(within(figure).getByRole('tab', { name: 'Table' }));
  const table = within(figure).getByRole('table');
  return within(table).getAllByRole('row').slice(1).map(cellsOf);
}

function cellsOf(row: HTMLElement): string[] {
  return Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent ?? '');
}

/** The innermost element whose text starts with the message, however the text is split into elements. */
function startsWith(message: string) {
  return (_content: string, element: Element | null) =>
    (element?.textContent ?? '').startsWith(message) &&
    !Array.from(element?.children ?? []).some((child) => (child.textContent ?? '').startsWith(message));
}

/** Inspection/visit rows for one authority in Ofsted's in-year sheet (header on line 3), read without the importer. */
function inYearRows(code: string): string[][] {
  const lines = readData(OFSTED_FILES[2])
    .split('\n')
    .filter((line) => line.trim() !== '');
  return lines
    .slice(3)
    .map(splitCsvLine)
    .filter((cells) => cells[1] === code);
}

describe('AuthorityView on Walsall (the default)', () => {
  it('shows 2008, 2012, 2013, 2017 and 2021 as grade mixes, 2012’s table matching the scrutiny minutes’ counts', async () => {
    open('');
    expect(screen.getByRole('combobox', { name: /Authority/ })).toHaveValue('E08000030');
    const rows = await tableOf(/Walsall’s inspections, 2008 to 2021/);
    const counts2012 = splitCsvLine(readData('walsall/walsall-2012-inspection-counts.csv').split('\n')[1] ?? '');
    // outstanding,good,adequate,inadequate,total are columns 6 to 10 of the counts file.
    const [, good, adequate, inadequate, total] = counts2012.slice(6, 11);
    const row2012 = rows.find((row) => row[0]?.startsWith('June 2012'));
    expect(row2012?.slice(0, 6)).toEqual([
      'June 2012: Safeguarding & Looked After Children (SLAC) Inspection',
      total,
      good,
      adequate,
      '0',
      inadequate,
    ]);
    expect(rows.map((row) => row[0])).toEqual([
      '2008: Joint inspection',
      'June 2012: Safeguarding & Looked After Children (SLAC) Inspection',
      '2 August 2013: Child Protection Inspections (CPI)',
      "4 September 2017: Single Inspection of LA Children's Services (SIF) First SIF",
      '4 October 2021: ILACS Standard Inspection',
    ]);
    expect(
      screen.getByText(
        /Walsall’s inspection of June 2012 made 22 judgements: 8 inadequate \(36%\), 12 adequate and 2 good\./,
      ),
    ).toBeInTheDocument();
  });

  it('shows the latest inspection area by area, with the not-judged area’s reason', () => {
    open('');
    const figure = screen.getByRole('figure', { name: /Walsall’s latest inspection, 4 October 2021/ });
    const areas = within(figure).getByRole('list', { name: /grade for each judgement area/ });
    const items = within(areas)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Overall effectivenessGood',
      'The impact of leaders on social work practice with children and familiesGood',
      'The experiences and progress of children who need help and protectionRequires improvement to be good',
      'The experiences and progress of children in careGood',
      'The experiences and progress of care leaversNot judged (this area was only judged from 1 January 2023)',
    ]);
    expect(within(figure).getByText(/judged 3 of 4 areas good or better/)).toBeInTheDocument();
  });

  it('compares June 2012 with 2 August 2013 as counts when chosen, and the numbers equal compareInspections’ own', async () => {
    open('?before=2012-06.slac&after=2013-08-02.cpi');
    expect(screen.getByRole('combobox', { name: 'Earlier inspection' })).toHaveValue('2012-06.slac');
    expect(screen.getByRole('combobox', { name: 'Later inspection' })).toHaveValue('2013-08-02.cpi');
    const figure = screen.getByRole('figure', { name: /Walsall: what changed between June 2012 and 2 August 2013/ });
    // The change figure opens on its table.
    const rows = within(within(figure).getByRole('table')).getAllByRole('row').slice(1).map(cellsOf);
    const entries = authorityInspections(dataset, 'E08000030');
    const expected = compareInspections(entries[1]!.inspection, entries[2]!.inspection).counts ?? [];
    expect(rows.map((row) => [row[1], row[2]])).toEqual(expected.map((row) => [String(row.before), String(row.after)]));
    expect(within(figure).getByText(/different frameworks/)).toBeInTheDocument();
  });

  it('compares consecutive inspections by default (2017 then 2021), and says their frameworks differ', () => {
    open('');
    expect(screen.getByRole('combobox', { name: 'Earlier inspection' })).toHaveValue('2017-09-04.sif');
    expect(screen.getByRole('combobox', { name: 'Later inspection' })).toHaveValue('2021-10-04.ilacs');
    const figure = screen.getByRole('figure', {
      name: /Walsall: what changed between 4 September 2017 and 4 October 2021/,
    });
    expect(within(figure).getByText(/different frameworks/)).toBeInTheDocument();
  });

  it('refuses an earlier inspection that is after the later one, and keeps the choice in the address bar', async () => {
    const user = userEvent.setup();
    open('');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Earlier inspection' }), '2021-10-04.ilacs');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Later inspection' }), '2008.joint-inspection');
    expect(new URLSearchParams(window.location.search).get('before')).toBe('2021-10-04.ilacs');
    expect(new URLSearchParams(window.location.search).get('after')).toBe('2008.joint-inspection');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The earlier inspection (4 October 2021) is after the later one (2008)',
    );
    expect(screen.queryByRole('figure', { name: /what changed/ })).not.toBeInTheDocument();
  });

  it('shows the 94% felt-safe measure as a figure with a table', async () => {
    open('');
    const rows = await tableOf(/Walsall’s measures over time/);
    const measure = splitCsvLine(readData('walsall/walsall-measures.csv').split('\n')[1] ?? '');
    expect(rows).toEqual([[measure[3], 'June 2012', `${measure[4]}%`]]);
  });
});

describe('AuthorityView filters and edge states', () => {
  it('changes authority through the select, resets the pair, and lists visits as events without grades', async () => {
    const user = userEvent.setup();
    open('?before=2012-06.slac');
    await user.selectOptions(screen.getByRole('combobox', { name: /Authority/ }), 'E08000012');
    expect(window.location.search).toBe('?authority=E08000012');
    const visits = inYearRows('E08000012').filter((cells) => /visit/i.test(cells[6] ?? ''));
    expect(visits.length).toBeGreaterThan(0);
    const rows = await tableOf(/Liverpool’s inspections/);
    expect(rows.filter((row) => row[1]?.startsWith('No judgements (visit'))).toHaveLength(visits.length);
  });

  it.each([
    [
      'a type Walsall never had',
      '?type=LA+Monitoring+visit',
      'No inspections match these filters: widen the years or clear the type.',
    ],
    [
      'Cumbria',
      '?authority=E10000006',
      'No inspections for Cumbria after 2022: the authority no longer exists (it ceased on 1 April 2023).',
    ],
    [
      'Cumbria after it ceased',
      '?authority=E10000006&from=2024',
      'No inspections for Cumbria after 2022: the authority no longer exists',
    ],
  ])('says what happened for %s', (_name, search, message) => {
    open(search);
    expect(screen.getAllByText(startsWith(message)).length).toBeGreaterThan(0);
  });

  it('explains the change table needs two inspections for an authority with one', () => {
    // Cumberland began on 1 April 2023: its first inspection is its only one.
    open('?authority=E06000063');
    expect(
      screen.getByText(/A change table needs two judged inspections, and Cumberland has only one/),
    ).toBeInTheDocument();
  });

  it('falls back to Walsall and no filters when the address holds nonsense', () => {
    open('?authority=XYZ&type=nonsense&from=abcd&area=nowhere&before=x&after=y');
    expect(screen.getByRole('combobox', { name: /Authority/ })).toHaveValue('E08000030');
    expect(screen.getByRole('combobox', { name: 'Inspection type' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Earlier inspection' })).toHaveValue('2017-09-04.sif');
  });

  it('limits every figure to the chosen judgement area', async () => {
    const user = userEvent.setup();
    open('');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Judgement area' }), 'overall-effectiveness');
    expect(window.location.search).toBe('?area=overall-effectiveness');
    expect(
      screen.getByRole('figure', { name: /Walsall’s inspections, 2008 to 2021: overall effectiveness/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/judged overall effectiveness good\./)).toBeInTheDocument();
  });
});
