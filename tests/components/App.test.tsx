// @vitest-environment jsdom
// The page shell: loads the default data, offers every view, keeps the view in the address bar, credits Ofsted.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { renderWithProviders } from '../helpers/renderWithProviders';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('App', () => {
  it('opens on an authority over time, and offers every view as a link', async () => {
    renderWithProviders(<App />);
    const nav = screen.getByRole('navigation', { name: 'Views' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'An authority over time',
      'England at a date',
      'Compare',
      'Judgement matrix',
      'Providers',
      'Summary card',
      'Your data',
    ]);
    expect(within(nav).getByRole('link', { name: 'An authority over time' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('An authority over time');
  });

  it('moves between views through the address bar, and Back returns', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await user.click(screen.getByRole('link', { name: 'England at a date' }));
    expect(window.location.search).toBe('?view=england');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('England at a date');
    window.history.back();
    await screen.findByRole('heading', { level: 1, name: 'An authority over time' });
    expect(window.location.search).toBe('');
  });

  it('credits Ofsted’s data under the Open Government Licence', async () => {
    renderWithProviders(<App />);
    expect(
      await screen.findByText(/Contains Ofsted data licensed under the Open Government Licence v3\.0/),
    ).toBeInTheDocument();
  });
});
