// @vitest-environment jsdom
// The shell loads each view's code itself: a view that cannot be loaded says so, and the rest of the app still works.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { renderWithProviders } from '../../helpers/renderWithProviders';

// As a browser reports a chunk it could not fetch (for example offline before the worker had cached it).
vi.mock('../../../src/features/matrix/MatrixView', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

afterEach(() => window.history.replaceState(null, '', '/'));

describe('loading a view’s code', () => {
  it('shows the view with the data once both are in, with no message left over', async () => {
    renderWithProviders(<App />);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Inspections over time' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Opening the view…')).not.toBeInTheDocument();
    expect(screen.queryByText('Loading the inspection data…')).not.toBeInTheDocument();
  });

  it('says when a view could not be opened, and another view still opens', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?view=matrix');
    renderWithProviders(<App />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This view could not be opened' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Reload the page to try again.');
    await user.click(screen.getByRole('link', { name: 'England at a date' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('England at a date');
    expect((await screen.findAllByRole('figure', {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
