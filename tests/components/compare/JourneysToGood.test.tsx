// @vitest-environment jsdom
// "Who to learn from" across England on the Compare view: every authority that went from Inadequate to Good or
// better, linked to its own view, with a successor authority's dates checked against Ofsted's ILACS sheet.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatLong, parseIso, type Dataset } from '../../../src/domain';
import CompareView from '../../../src/features/compare/CompareView';
import { loadDefaultDatasetFromDisk, OFSTED_FILES, readData } from '../../helpers/realData';
import { renderWithProviders } from '../../helpers/renderWithProviders';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
});
afterEach(() => window.history.replaceState(null, '', '/'));

const open = (query = '') => {
  window.history.replaceState(null, '', `/?view=compare${query}`);
  return renderWithProviders(<CompareView dataset={dataset} />);
};

/** Bournemouth, Christchurch and Poole's ILACS inspections as Ofsted's sheet gives them: publication date and overall grade. */
function bcpFromSheet(): Array<{ published: string; overall: string }> {
  const rows = Papa.parse<string[]>(readData(OFSTED_FILES[0])).data;
  const header = rows.find((row) => row[0] === 'Web link')!;
  const at = (name: string) => header.indexOf(name);
  return rows
    .filter((row) => row[at('Local authority area code')] === 'E06000058')
    .map((row) => ({
      published: row[at('Publication date')]!.split('/').reverse().join('-'),
      overall: row[at('Overall effectiveness')]!,
    }))
    .sort((a, b) => a.published.localeCompare(b.published));
}

describe('Who to learn from across England', () => {
  it('lists every journey from Inadequate to Good, each authority linked to its own view', async () => {
    const user = userEvent.setup();
    open();
    const figure = await screen.findByRole('figure', { name: /^Who to learn from across England/ });
    const sentence = figure.querySelector('.app-figure__summary')!.textContent!;
    const [, reached] = /, (\d+) \(by \d+ authorities\) reached Good or better/.exec(sentence)!;
    const table = within(figure).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(Number(reached));
    for (const row of rows) {
      const link = within(row).getByRole('link');
      const target = new URLSearchParams(link.getAttribute('href')!.replace(/^[^?]*/, ''));
      expect(target.get('view')).toBe('authority');
      expect(dataset.authorities.get(target.get('authority')!)?.name).toBe(link.textContent);
    }
    // Walsall's statistical neighbours among them are marked as such.
    expect(rows.some((row) => /SN\d+, /.test(row.textContent ?? ''))).toBe(true);
    await user.click(within(figure).getByRole('tab', { name: 'Chart' }));
    expect(within(figure).getByRole('img', { name: /^Chart: Who to learn from across England/ })).toBeInTheDocument();
    expect(within(figure).getByText(/^Source: /)).toBeInTheDocument();
  });

  it('shows a successor authority’s journey from its own first inspection, with the dates Ofsted’s sheet gives', async () => {
    open();
    const figure = await screen.findByRole('figure', { name: /^Who to learn from across England/ });
    const sheet = bcpFromSheet();
    expect(sheet[0]!.overall).toBe('Inadequate');
    const good = sheet.find((row) => row.overall === 'Good' || row.overall === 'Outstanding')!;
    const row = within(figure).getByRole('link', { name: 'Bournemouth, Christchurch & Poole' }).closest('tr')!;
    const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
    const headings = [...row.closest('table')!.querySelectorAll('thead th')].map((cell) => cell.textContent);
    expect(cells[headings.indexOf('Inadequate')]).toBe(formatLong(parseIso(sheet[0]!.published)!));
    expect(cells[headings.indexOf('Good or better')]).toContain(formatLong(parseIso(good.published)!));
    // No inspection came between them in the sheet, so none is listed on the way.
    expect(sheet.indexOf(good)).toBe(1);
    expect(cells[headings.indexOf('Inspections on the way')]).toBe('None');
  });

  it('changes strand through the address', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Strand of the journeys from Inadequate' }),
      'Help and protection',
    );
    expect(new URLSearchParams(window.location.search).get('strand')).toBe('help-and-protection');
    expect(
      screen.getByRole('figure', { name: /^Who to learn from across England.*help and protection$/ }),
    ).toBeInTheDocument();
  });
});
