// @vitest-environment jsdom
// The summary card view: the authority comes from the address, the card is drawn inline, and choosing another authority redraws it.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/domain';
import CardView from '../../../src/features/card/CardView';
import { loadDefaultDatasetFromDisk } from '../../helpers/realData';
import { renderWithProviders } from '../../helpers/renderWithProviders';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
  // jsdom has no canvas: the card then wraps text by its width estimate, as it does outside a browser.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => window.history.replaceState(null, '', '/'));

describe('CardView', () => {
  it('draws the card for the authority in the address, with its exports and print', async () => {
    window.history.replaceState(null, '', '/?view=card&authority=E08000025');
    renderWithProviders(<CardView dataset={dataset} />);
    const card = screen.getByRole('figure', { name: 'Birmingham: children’s services inspections at a glance' });
    expect(card.querySelector('svg text')?.textContent).toBe('Birmingham');
    expect(card.textContent).toContain('Improved (was Requires');
    for (const name of ['Download card as PNG', 'Download card as SVG', 'Print card'])
      expect(screen.getByRole('button', { name })).toBeTruthy();

    await userEvent.setup().selectOptions(screen.getByLabelText('Authority'), 'E08000030');
    expect(window.location.search).toContain('authority=E08000030');
    expect(screen.getByRole('figure', { name: 'Walsall: children’s services inspections at a glance' })).toBeTruthy();
  });
});
