// @vitest-environment jsdom
// Improvement journeys on the England view, on the real default data: the figures are complete, their tables add up,
// and the strand, years and region are held in the address.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain';
import EnglandView from '../../../src/features/england/EnglandView';
import { loadDefaultDatasetFromDisk } from '../../helpers/realData';
import { renderWithProviders } from '../../helpers/renderWithProviders';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
});
afterEach(() => window.history.replaceState(null, '', '/'));

function open(query: string) {
  window.history.replaceState(null, '', `/?view=england${query}`);
  return renderWithProviders(<EnglandView dataset={dataset} />);
}

async function tableOf(user: ReturnType<typeof userEvent.setup>, figure: HTMLElement): Promise<string[][]> {
  await user.click(within(figure).getByRole('tab', { name: 'Table' }));
  return within(within(figure).getByRole('table'))
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

const params = () => new URLSearchParams(window.location.search);

describe('Improvement journeys', () => {
  it('counts moves from grade to grade in a table whose rows add up to the total the sentence gives', async () => {
    const user = userEvent.setup();
    open('');
    const figure = await screen.findByRole('figure', { name: /^Moves from grade to grade .*Whole service, England/ });
    expect(within(figure).getByRole('img', { name: /^Chart: Moves from grade to grade/ })).toBeInTheDocument();
    const sentence = figure.querySelector('.app-figure__summary')!.textContent!;
    const [, total] = /, (\d+) inspections of \d+ local authorities/.exec(sentence)!;
    const [header, ...rows] = await tableOf(user, figure);
    expect(header).toEqual(['From', 'To Outstanding', 'To Good', 'To Requires improvement', 'To Inadequate', 'All']);
    for (const row of rows) {
      const cells = row.slice(1, -1).map(Number);
      expect(cells.reduce((sum, count) => sum + count, 0)).toBe(Number(row.at(-1)));
    }
    expect(rows.reduce((sum, row) => sum + Number(row.at(-1)), 0)).toBe(Number(total));
    expect(within(figure).getAllByRole('listitem').length).toBeGreaterThan(3);
    expect(within(figure).getByText(/^Source: /)).toBeInTheDocument();
  });

  it('holds the strand, the years and the region in the address, and narrows the counts', async () => {
    const user = userEvent.setup();
    open('');
    const heading = await screen.findByRole('heading', { name: 'Improvement journeys' });
    const section = heading.closest('section')!;
    const all = await tableOf(user, within(section).getByRole('figure', { name: /^Moves from grade/ }));
    const totalOf = (rows: string[][]) => rows.slice(1).reduce((sum, row) => sum + Number(row.at(-1)), 0);

    await user.selectOptions(within(section).getByRole('combobox', { name: 'Strand' }), 'Children in care');
    expect(params().get('strand')).toBe('children-in-care');
    await user.selectOptions(within(section).getByRole('combobox', { name: 'From year' }), '2020');
    await user.selectOptions(within(section).getByRole('combobox', { name: 'To year' }), '2024');
    expect([params().get('from'), params().get('to')]).toEqual(['2020', '2024']);
    const figure = within(section).getByRole('figure', {
      name: /^Moves from grade.*Children in care, England, 2020 to 2024$/,
    });
    const narrowed = await tableOf(user, figure);
    expect(totalOf(narrowed)).toBeGreaterThan(0);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'London');
    expect(params().get('region')).toBe('London');
    const london = await tableOf(
      user,
      within(section).getByRole('figure', { name: /^Moves from grade.*Children in care, London, 2020 to 2024$/ }),
    );
    expect(totalOf(london)).toBeLessThan(totalOf(narrowed));
    expect(totalOf(narrowed)).toBeLessThan(totalOf(all));
  });

  it('accounts for every Inadequate judgement and journey: the years taken and those not yet there add up to all', async () => {
    const user = userEvent.setup();
    open('');
    const figure = await screen.findByRole('figure', { name: /^After an Inadequate judgement/ });
    const sentence = figure.querySelector('.app-figure__summary')!.textContent!;
    expect(sentence).toMatch(/after a median of \d+ years?/);
    expect(within(figure).getByRole('img', { name: /to the next inspection/ })).toBeInTheDocument();
    expect(within(figure).getByRole('img', { name: /to Good or better/ })).toBeInTheDocument();
    const [, ...rows] = await tableOf(user, figure);
    const all = rows.find((row) => row[0] === 'All')!;
    const parts = rows.filter((row) => row[0] !== 'All');
    for (const column of [1, 2])
      expect(parts.reduce((sum, row) => sum + Number(row[column]), 0)).toBe(Number(all[column]));
    const [, judgements] = /^(\d+) Inadequate judgements/.exec(sentence)!;
    expect(Number(all[1])).toBe(Number(judgements));
    const notYet = rows.find((row) => row[0]!.startsWith('No later inspection by'))!;
    expect(sentence).toContain(`${notYet[1]} had no later inspection by`);
  });

  it('reports a strand it does not know and years that run backwards, and shows what it shows instead', async () => {
    open('&strand=biscuits&from=2022&to=2016');
    expect(await screen.findByText(/‘biscuits’ in the address is not a strand/)).toBeInTheDocument();
    expect(screen.getByText(/run backwards \(2022 to 2016\)/)).toBeInTheDocument();
    expect(
      await screen.findByRole('figure', { name: /^Moves from grade.*Whole service, England, 2016 to 2022$/ }),
    ).toBeInTheDocument();
  });
});
