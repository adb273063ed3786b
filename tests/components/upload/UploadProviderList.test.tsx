// @vitest-environment jsdom
// A provider list chosen on "Your data": the preview says the date it will be kept as at and that Ofsted's list never
// changes; keeping it stores it as a provider list (no dataset), lists it with its date, and Remove asks first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { setUserStoreForTests } from '../../../src/data/useUserData';
import { memoryStore } from '../../../src/data/userStore';
import { bodyRows, FIXTURES, fixtureFile, heldNames, openYourData, previewOf } from './uploadHelpers';

const OLDER = 'providers_at_31_Mar_2022_older_headings.csv';

afterEach(() => {
  setUserStoreForTests(undefined);
  window.history.replaceState(null, '', '/');
});

/** The fixture's providers, counted here with papaparse: rows under the header row (the one starting "URN"). */
function providersInFixture(): number {
  const rows = Papa.parse<string[]>(readFileSync(join(FIXTURES, 'upload', OLDER), 'utf8'), {
    skipEmptyLines: true,
  }).data;
  return rows.length - rows.findIndex((row) => row[0] === 'URN') - 1;
}

describe('a provider list on Your data', () => {
  it('is kept as its own list as at the date its name gives, listed with that date, and removed only when confirmed', async () => {
    const { user, store, choose } = await openYourData();
    await choose(fixtureFile(`upload/${OLDER}`));
    const preview = await previewOf(OLDER, 10_000);
    expect(preview.textContent).toContain('as at 31 March 2022 (the date its file’s name gives)');
    expect(preview.textContent).toContain('Ofsted’s list built into the app is never changed by it.');
    await user.click(within(preview).getByRole('button', { name: 'Keep this provider list' }));

    expect(
      await screen.findByText(`Kept “${OLDER}”: ${providersInFixture()} provider rows, as at 31 March 2022.`, {
        exact: false,
      }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Provider lists held in this browser' });
    expect(bodyRows(table).map((cells) => cells.slice(0, 3))).toEqual([
      [OLDER, '31 March 2022', String(providersInFixture())],
    ]);
    // A provider list is not an inspection dataset: nothing was added to those.
    expect(await heldNames(store)).toEqual([]);
    const kept = await store.providerLists();
    expect(kept.ok && kept.value.map((list) => [list.sourceFile, list.asAtFrom, list.records.length])).toEqual([
      [OLDER, 'file-name', providersInFixture()],
    ]);

    // Choosing the same file again is recognised, and offers nothing to keep.
    await choose(fixtureFile(`upload/${OLDER}`));
    const again = await previewOf(OLDER, 10_000);
    expect(again.textContent).toContain(`You already imported this file as “${OLDER}”`);
    // Said of a list as of a dataset: it is removed from what is held below.
    expect(again.textContent).toContain('to replace it, remove it below first');
    expect(within(again).queryByRole('button', { name: 'Keep this provider list' })).toBeNull();
    await user.click(within(again).getByRole('button', { name: 'Close' }));

    await user.click(within(table).getByRole('button', { name: /^Remove/ }));
    await user.click(within(table).getByRole('button', { name: 'Keep it' }));
    expect((await store.providerLists()).ok && bodyRows(table)).toHaveLength(1);
    await user.click(within(table).getByRole('button', { name: /^Remove/ }));
    await user.click(within(table).getByRole('button', { name: 'Yes, remove it' }));
    await waitFor(() =>
      expect(screen.queryByRole('table', { name: 'Provider lists held in this browser' })).toBeNull(),
    );
    expect(await store.providerLists()).toEqual({ ok: true, value: [] });
  }, 60_000);

  it('refused by a full browser, can still be used in this tab, and removed, without anything being saved', async () => {
    const store = memoryStore();
    const full = {
      ...store,
      addProviderList: async () =>
        ({ ok: false, reason: 'quota', message: 'Your browser has no room left to keep this data.' }) as const,
    };
    const { user, choose } = await openYourData(full);
    await choose(fixtureFile(`upload/${OLDER}`));
    const preview = await previewOf(OLDER, 10_000);
    await user.click(within(preview).getByRole('button', { name: 'Keep this provider list' }));
    expect(await within(preview).findByRole('alert')).toHaveTextContent('Your browser has no room left');

    expect(screen.getByText(/the Providers view will offer it, and nothing is saved/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: new RegExp(`^Use it in this tab only ?for ${OLDER}`) }));
    expect(
      await screen.findByText(
        `“${OLDER} (this tab only)” is kept until you close or reload this tab: ${providersInFixture()} provider rows, as at 31 March 2022.`,
        { exact: false },
      ),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Provider lists held in this browser' });
    expect(bodyRows(table).map((cells) => cells.slice(0, 3))).toEqual([
      [`${OLDER} (this tab only)`, '31 March 2022', String(providersInFixture())],
    ]);
    const saved = await store.providerLists();
    expect(saved.ok && saved.value).toEqual([]);

    await user.click(within(table).getByRole('button', { name: /^Remove/ }));
    const confirm = await screen.findByRole('button', { name: /^Yes, remove/ });
    await user.click(confirm);
    await waitFor(() =>
      expect(screen.queryByRole('table', { name: 'Provider lists held in this browser' })).toBeNull(),
    );
  });
});
