// @vitest-environment jsdom
// The summary card view: the authority comes from the address, the card is drawn inline, and choosing another authority redraws it.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/domain';
import { setUserStoreForTests } from '../../../src/data/useUserData';
import { memoryStore } from '../../../src/data/userStore';
import CardView from '../../../src/features/card/CardView';
import { loadDefaultDatasetFromDisk } from '../../helpers/realData';
import { renderWithProviders } from '../../helpers/renderWithProviders';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
  // jsdom has no canvas: the card then wraps text by its width estimate, as it does outside a browser.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  setUserStoreForTests(undefined);
  window.history.replaceState(null, '', '/');
});

describe('CardView', () => {
  it('draws the card for the authority in the address, with its exports and print', async () => {
    window.history.replaceState(null, '', '/?view=card&authority=E08000025');
    renderWithProviders(<CardView dataset={dataset} />);
    // The card waits for Ofsted's provider list (its own chunk), so the drawing shown is the one downloaded.
    const card = await screen.findByRole(
      'figure',
      { name: 'Birmingham: children’s services inspections at a glance' },
      { timeout: 30_000 },
    );
    expect(card.querySelector('svg text')?.textContent).toBe('Birmingham');
    expect(card.textContent).toContain('Improved (was Requires');
    for (const name of ['Download card as PNG', 'Download card as SVG', 'Print card'])
      expect(screen.getByRole('button', { name })).toBeTruthy();

    await userEvent.setup().selectOptions(screen.getByLabelText('Authority'), 'E08000030');
    expect(window.location.search).toContain('authority=E08000030');
    expect(screen.getByRole('figure', { name: 'Walsall: children’s services inspections at a glance' })).toBeTruthy();
  }, 60_000);

  it('offers the card as text, for phones and screen readers, with the same facts as the drawing', async () => {
    window.history.replaceState(null, '', '/?view=card&authority=E08000030');
    renderWithProviders(<CardView dataset={dataset} />);
    const card = await screen.findByRole(
      'figure',
      { name: 'Walsall: children’s services inspections at a glance' },
      { timeout: 30_000 },
    );
    const drawn = [...card.querySelectorAll('text')].map((node) => node.textContent).join(' ');
    const details = screen.getByText('Text version of the card').closest('details')!;
    expect(details.open).toBe(false);
    await userEvent.setup().click(screen.getByText('Text version of the card'));
    expect(details.open).toBe(true);
    // The homes sentence is drawn wrapped across lines: compare its words.
    const homes = within(details).getByText(/children’s homes were located in Walsall/).textContent!;
    expect(drawn.replace(/\s+/g, ' ')).toContain(homes.split(' ').slice(0, 8).join(' '));
    expect(within(details).getByRole('heading', { name: 'Children’s homes located in Walsall' })).toBeTruthy();
    expect(within(details).getByText(/not the council that places children there/)).toBeTruthy();
    expect(within(details).getByText(/^Sources: .*provider level at 31 Mar 2023/)).toBeTruthy();
    const overall = within(details)
      .getAllByRole('term')
      .find((term) => term.textContent === 'Overall effectiveness')!;
    expect(overall.nextElementSibling?.textContent).toBe(
      'Good. Change since the previous inspection: Improved (was Requires improvement)',
    );
  }, 60_000);

  it('with “Your data only” and no list of providers held, has no line on homes, and says why', async () => {
    const store = memoryStore();
    await store.saveSettings({ defaultHidden: true });
    setUserStoreForTests(Promise.resolve(store));
    window.history.replaceState(null, '', '/?view=card&authority=E08000030');
    renderWithProviders(<CardView dataset={dataset} />);
    // The store's answer first, so the card checked is the one drawn with it.
    expect(
      await screen.findByText(/“Your data only” is chosen and you hold no list of providers/, {}, { timeout: 30_000 }),
    ).toBeTruthy();
    const card = screen.getByRole('figure', { name: 'Walsall: children’s services inspections at a glance' });
    expect(card.textContent).not.toContain('Children’s homes located in Walsall');
    expect(card.textContent).not.toContain('provider level');
  }, 60_000);
});
