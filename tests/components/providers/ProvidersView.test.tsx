// @vitest-environment jsdom
// The Providers view with a provider list the user kept: the "as at" choice offers it beside Ofsted's list, in the
// address; the area's figures follow the chosen list's date; the history counts each list; sources name every list used.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StoredProviderList } from '../../../src/data/storedProviderList';
import { setUserStoreForTests } from '../../../src/data/useUserData';
import { memoryStore } from '../../../src/data/userStore';
import { importText } from '../../../src/import';
import ProvidersView from '../../../src/features/providers/ProvidersView';
import type { Dataset } from '../../../src/domain';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const OLDER = 'providers_at_31_Mar_2022_older_headings.csv';
const PATH = join(__dirname, '..', '..', 'fixtures', 'upload', OLDER);

function kept(): StoredProviderList {
  const result = importText(OLDER, readFileSync(PATH, 'utf8'));
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return {
    id: 'older-list',
    name: OLDER,
    sourceFile: OLDER,
    fileSize: 1,
    contentHash: 'x',
    importedAt: '2026-12-01T10:00:00.000Z',
    asAt: { precision: 'day', year: 2022, month: 3, day: 31 },
    asAtFrom: 'file-name',
    records: result.providers ?? [],
  };
}

/** Walsall's rows of the fixture, counted here with papaparse: [Good or Outstanding, all]. */
function walsallInFixture(): [number, number] {
  const rows = Papa.parse<string[]>(readFileSync(PATH, 'utf8'), { skipEmptyLines: true }).data;
  const header = rows.findIndex((cells) => cells[0] === 'URN');
  const at = (heading: string) => rows[header]!.indexOf(heading);
  const walsall = rows.slice(header + 1).filter((cells) => cells[at('Local authority')] === 'Walsall');
  const good = walsall.filter((cells) => ['Good', 'Outstanding'].includes(cells[at('Overall effectiveness')]!));
  return [good.length, walsall.length];
}

beforeAll(() => {
  // jsdom has no layout: recharts' container measures nothing, which is fine for the tables read here.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  setUserStoreForTests(undefined);
  window.history.replaceState(null, '', '/');
});

describe('ProvidersView with a kept provider list', () => {
  it('offers the list in the as-at choice, follows it in the address, and shows the area across both lists', async () => {
    const store = memoryStore();
    await store.addProviderList(kept());
    setUserStoreForTests(Promise.resolve(store));
    window.history.replaceState(null, '', '/?view=providers&authority=E08000030');
    renderWithProviders(<ProvidersView dataset={{} as Dataset} />);

    const asAt = (await screen.findByLabelText('As at', {}, { timeout: 30_000 })) as HTMLSelectElement;
    expect([...asAt.options].map((option) => option.textContent)).toEqual([
      `31 March 2022: your file “${OLDER}”`,
      '31 March 2023: Ofsted’s list',
    ]);
    expect(asAt.value).toBe('default');
    expect(screen.getByRole('heading', { name: 'Providers located in Walsall, as at 31 March 2023' })).toBeTruthy();

    await userEvent.setup().selectOptions(asAt, 'older-list');
    expect(new URLSearchParams(window.location.search).get('asat')).toBe('older-list');
    expect(screen.getByRole('heading', { name: 'Providers located in Walsall, as at 31 March 2022' })).toBeTruthy();
    const [good, all] = walsallInFixture();
    const area = screen.getByRole('figure', {
      name: /located in Walsall, by latest grade, against .* as at 31 March 2022/,
    });
    expect(area.textContent).toContain(`${good} of the ${all} providers located in Walsall`);
    // A user's list may cover part of England only: its totals are called the whole list's, never England's.
    expect(area.textContent).toContain('in the whole list (your list may not cover all of England)');
    // Both lists are named: the user's for its providers, Ofsted's for the same inspections it records with more grades.
    expect(area.textContent).toContain(`Source: Your file “${OLDER}” (as at 31 March 2022); Ofsted, Children’s social`);

    // The history: one row per list, the user's file named in its source.
    const history = screen.getByRole('figure', { name: /located in Walsall, by latest grade at each list’s date/ });
    await userEvent.setup().click(within(history).getByRole('tab', { name: 'Table' }));
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.firstElementChild?.textContent)).toEqual(['31 March 2022', '31 March 2023']);
    // 2022's row: Good and Outstanding together, and all graded, as the fixture's rows give them.
    const cells2022 = [...rows[0]!.children].map((cell) => cell.textContent);
    expect(Number(cells2022[2]) + Number(cells2022[3])).toBe(good);
    expect(Number(cells2022[6])).toBe(all);
    expect(history.textContent).toContain(`Source: Your file “${OLDER}” (as at 31 March 2022)`);
    expect(history.textContent).toContain('Ofsted, Children’s social care data in England 2023 (official statistics)');
  }, 60_000);

  it('with Ofsted’s list alone, offers one date and no history', async () => {
    setUserStoreForTests(Promise.resolve(memoryStore()));
    window.history.replaceState(null, '', '/?view=providers&authority=E08000030&asat=gone');
    renderWithProviders(<ProvidersView dataset={{} as Dataset} />);
    const asAt = (await screen.findByLabelText('As at', {}, { timeout: 30_000 })) as HTMLSelectElement;
    expect([...asAt.options].map((option) => option.textContent)).toEqual(['31 March 2023: Ofsted’s list']);
    expect(screen.queryByRole('heading', { name: /across the lists held/ })).toBeNull();
    // Ofsted's national series: its two figures, which "Your data only" leaves out.
    expect(screen.getAllByRole('figure', { name: /England$/ })).toHaveLength(2);
  }, 60_000);

  it('with “Your data only”, offers only the user’s list, cites only it, and leaves out Ofsted’s national series', async () => {
    const store = memoryStore();
    await store.addProviderList(kept());
    await store.saveSettings({ defaultHidden: true });
    setUserStoreForTests(Promise.resolve(store));
    window.history.replaceState(null, '', '/?view=providers&authority=E08000030');
    renderWithProviders(<ProvidersView dataset={{} as Dataset} />);

    const asAt = (await screen.findByLabelText('As at', {}, { timeout: 30_000 })) as HTMLSelectElement;
    expect([...asAt.options].map((option) => option.textContent)).toEqual([`31 March 2022: your file “${OLDER}”`]);
    expect(screen.getByRole('heading', { name: 'Providers located in Walsall, as at 31 March 2022' })).toBeTruthy();
    const [good, all] = walsallInFixture();
    const area = screen.getByRole('figure', { name: /located in Walsall, by latest grade/ });
    expect(area.textContent).toContain(`${good} of the ${all} providers located in Walsall`);
    expect(area.textContent).toContain(`Source: Your file “${OLDER}” (as at 31 March 2022)`);
    expect(area.textContent).not.toContain('Ofsted, Children’s social care data');
    expect(screen.queryByRole('figure', { name: /England$/ })).toBeNull();
    expect(screen.getByText(/They are not shown while “Your data only” is chosen/)).toBeTruthy();
  }, 60_000);

  it('with “Your data only” and no list of the user’s, says there is nothing to show and how to change that', async () => {
    const store = memoryStore();
    await store.saveSettings({ defaultHidden: true });
    setUserStoreForTests(Promise.resolve(store));
    window.history.replaceState(null, '', '/?view=providers&authority=E08000030');
    renderWithProviders(<ProvidersView dataset={{} as Dataset} />);
    expect(await screen.findByText(/you hold no list of providers of your own/, {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Your data' }).getAttribute('href')).toContain('view=data');
    expect(screen.queryByLabelText('As at')).toBeNull();
    expect(screen.queryByRole('figure')).toBeNull();
  }, 60_000);
});
