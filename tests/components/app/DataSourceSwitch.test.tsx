// @vitest-environment jsdom
// The "Data shown" switch: its first choice names the user's files when there are any, and with the built-in data
// hidden it says why the inspection views may be empty: no files at all, or provider lists only.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataSourceSwitch } from '../../../src/app/DataSourceSwitch';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const hint = () => screen.queryByText(/or show Ofsted’s data again/);

describe('DataSourceSwitch', () => {
  it('with nothing kept and the built-in data hidden, says nothing was imported', () => {
    renderWithProviders(<DataSourceSwitch defaultHidden userFiles={{ datasets: 0, providerLists: 0 }} />);
    expect(screen.getByRole('radio', { name: 'Ofsted’s data' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Your data only' })).toBeChecked();
    expect(hint()).toHaveTextContent(
      'You have not imported any data yet: bring in a file or show Ofsted’s data again.',
    );
  });

  it('with provider lists but no inspections, says the lists are on Providers and that no inspections are held', () => {
    renderWithProviders(<DataSourceSwitch defaultHidden userFiles={{ datasets: 0, providerLists: 1 }} />);
    expect(screen.getByRole('radio', { name: 'Ofsted’s data and yours' })).toBeTruthy();
    expect(hint()).toHaveTextContent(
      'You hold lists of providers (the Providers view shows them) but no inspections: bring in a file of inspections or show Ofsted’s data again.',
    );
    expect(screen.getByRole('link', { name: 'bring in a file of inspections' }).getAttribute('href')).toContain(
      'view=data',
    );
  });

  it('says nothing more when inspections are held, or when Ofsted’s data is shown', () => {
    renderWithProviders(<DataSourceSwitch defaultHidden userFiles={{ datasets: 1, providerLists: 0 }} />);
    expect(hint()).toBeNull();
    renderWithProviders(<DataSourceSwitch defaultHidden={false} userFiles={{ datasets: 0, providerLists: 0 }} />);
    expect(hint()).toBeNull();
  });
});
