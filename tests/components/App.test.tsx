// @vitest-environment jsdom
// The first view on the real default dataset: the tables carry the published figures and the analytics' numbers.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { tallyLatestColumn } from '../helpers/realData';
import { renderWithProviders } from '../helpers/renderWithProviders';

function tableRows(caption: RegExp): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('App on the default dataset', () => {
  it('shows England’s overall effectiveness as Ofsted published it as at 31 March 2025', async () => {
    renderWithProviders(<App />);
    await screen.findByRole('table', { name: /Overall effectiveness grade, as at 31 March 2025/ });
    const published = tallyLatestColumn('Overall effectiveness');
    const rows = tableRows(/Overall effectiveness grade/);
    expect(rows.map((row) => row[0])).toEqual(['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate']);
    for (const [grade, count] of rows.map((row) => [row[0]!, row[1]!] as const)) {
      expect(Number(count), grade).toBe(published.get(grade));
    }
    // The hand check, so a wrong oracle cannot hide a wrong answer.
    expect(rows.map((row) => Number(row[1]))).toEqual([36, 67, 31, 19]);
    expect(screen.getByText(/103 of 153 local authorities \(67%\) were judged good or outstanding/)).toBeInTheDocument();
  });

  it('shows Walsall from the 2008 joint inspection to its 2021 ILACS inspection', async () => {
    renderWithProviders(<App />);
    await screen.findByRole('table', { name: /Walsall’s inspections/ });
    const rows = tableRows(/Walsall’s inspections/);
    expect(rows.map((row) => row[0])).toEqual([
      '2008: Joint inspection',
      'June 2012: Inspection of safeguarding and looked after children services',
      '4 October 2021: ILACS Standard Inspection',
    ]);
    const headers = within(screen.getByRole('table', { name: /Walsall’s inspections/ }))
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    const column = (name: string) => headers.indexOf(name);
    const june2012 = rows[1]!;
    expect(june2012[column('Judgements')]).toBe('22');
    expect(june2012[column('Inadequate')]).toBe('8');
    expect(june2012[column('Adequate')]).toBe('12');
    expect(june2012[column('Good')]).toBe('2');
    const october2021 = rows[2]!;
    expect(october2021[column('Good')]).toBe('3');
    expect(october2021[column('Requires improvement')]).toBe('1');
    expect(october2021[column('Not judged')]).toBe('1');
    expect(screen.getByText(/made 22 judgements: 8 inadequate \(36%\), 12 adequate and 2 good\./)).toBeInTheDocument();
    expect(screen.getByText(/said they felt safe, 94%/)).toBeInTheDocument();
  });

  it('credits Ofsted’s data under the Open Government Licence', async () => {
    renderWithProviders(<App />);
    await screen.findByRole('table', { name: /Walsall’s inspections/ });
    expect(screen.getAllByText(/Contains Ofsted data licensed under the Open Government Licence v3\.0/).length).toBeGreaterThanOrEqual(3);
  });
});
