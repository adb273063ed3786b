// @vitest-environment jsdom
// The first screen and the store flag: the built-in data is shown before IndexedDB answers only when the flag kept in
// localStorage says the store holds nothing that would change it, or the browser says this site has no database of
// ours at all; otherwise the views wait for the store, as before.
import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeQueryClient } from '../../../src/app/AppProviders';
import { defaultDatasetQuery } from '../../../src/data/useDefaultDataset';
import { DEFAULT_SETTINGS, type StoredDataset, type UserSettings } from '../../../src/data/storedDataset';
import { forgetStoreAbsentForTests, storeAbsent } from '../../../src/data/storeAbsent';
import { markStoreChanging, readStoreFlag, storeHoldsNothing, writeStoreFlag } from '../../../src/data/storeFlag';
import { useDataset } from '../../../src/data/useDataset';
import { setUserStoreForTests, useUserData } from '../../../src/data/useUserData';
import type { UserStore } from '../../../src/data/userStore';

afterEach(() => {
  localStorage.clear();
  setUserStoreForTests(undefined);
  forgetStoreAbsentForTests();
  vi.unstubAllGlobals();
});

/** A store that has not answered yet (IndexedDB still opening), or one that answers with what it is given. */
const neverOpens = () => new Promise<UserStore>(() => undefined);
function storeHolding(
  datasets: readonly StoredDataset[],
  settings: UserSettings = DEFAULT_SETTINGS,
  providerLists: readonly unknown[] = [],
): UserStore {
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  return {
    persistent: true,
    list: () => ok(datasets),
    settings: () => ok(settings),
    providerLists: () => ok(providerLists),
  } as unknown as UserStore;
}

async function renderWithDefaultsLoaded<T>(hook: () => T) {
  const client = makeQueryClient();
  await client.fetchQuery(defaultDatasetQuery());
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, ...renderHook(hook, { wrapper }) };
}

describe('the store flag', () => {
  it('lets the built-in data show at once when it says the store holds nothing', async () => {
    writeStoreFlag({ holdsData: false, hidesDefault: false });
    setUserStoreForTests(neverOpens());
    const { result, client } = await renderWithDefaultsLoaded(useDataset);
    expect(result.current.status).toBe('ready');
    const state = result.current as Extract<typeof result.current, { status: 'ready' }>;
    expect(state.dataset).toBe(client.getQueryData(defaultDatasetQuery().queryKey)?.dataset);
    expect(state.userFiles).toEqual({ datasets: 0, providerLists: 0 });
    expect(state.defaultHidden).toBe(false);
  });

  it.each([
    ['absent', undefined],
    ['saying the store holds data', { holdsData: true, hidesDefault: false }],
    ['saying the built-in data is hidden', { holdsData: false, hidesDefault: true }],
  ])('makes the views wait for the store when it is %s', async (_, flag) => {
    if (flag) writeStoreFlag(flag);
    setUserStoreForTests(neverOpens());
    const { result } = await renderWithDefaultsLoaded(useDataset);
    // The default data is loaded, so only the store is being waited for.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.status).toBe('loading');
  });

  it('is written from what the store holds each time it is read', async () => {
    setUserStoreForTests(Promise.resolve(storeHolding([{ id: 'a' } as StoredDataset])));
    const first = await renderWithDefaultsLoaded(useUserData);
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true));
    expect(readStoreFlag()).toEqual({ holdsData: true, hidesDefault: false });

    setUserStoreForTests(Promise.resolve(storeHolding([], { defaultHidden: true })));
    const second = await renderWithDefaultsLoaded(useUserData);
    await waitFor(() => expect(second.result.current.isSuccess).toBe(true));
    expect(readStoreFlag()).toEqual({ holdsData: false, hidesDefault: true });
    expect(storeHoldsNothing()).toBe(false);
  });

  it('says "wait" before a change is saved, and takes what it does not know as "wait"', () => {
    writeStoreFlag({ holdsData: false, hidesDefault: false });
    expect(storeHoldsNothing()).toBe(true);
    markStoreChanging({ holdsData: true });
    expect(readStoreFlag()).toEqual({ holdsData: true, hidesDefault: false });
    localStorage.clear();
    markStoreChanging({ hidesDefault: true });
    expect(readStoreFlag()).toEqual({ holdsData: true, hidesDefault: true });
  });

  it('holds two facts and nothing else, and a malformed value counts as absent', () => {
    writeStoreFlag({ holdsData: true, hidesDefault: false, name: 'walsall.csv' } as never);
    expect(JSON.parse(localStorage.getItem('scrutiny-lens:store-holds') ?? '')).toEqual({
      holdsData: true,
      hidesDefault: false,
    });
    localStorage.setItem('scrutiny-lens:store-holds', '{"holdsData":"no"}');
    expect(readStoreFlag()).toBeUndefined();
    expect(storeHoldsNothing()).toBe(false);
  });
});

describe('a site with no database of ours', () => {
  /** The browser's list of this site's databases, as indexedDB.databases() gives it (jsdom has no IndexedDB). */
  const databasesListed = (databases: () => Promise<IDBDatabaseInfo[]>) =>
    vi.stubGlobal('indexedDB', { databases } as unknown as IDBFactory);

  it('lets the built-in data show before the store opens, on a first visit with no flag', async () => {
    databasesListed(async () => [{ name: 'another-app', version: 1 }]);
    setUserStoreForTests(neverOpens());
    const { result, client } = await renderWithDefaultsLoaded(useDataset);
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const state = result.current as Extract<typeof result.current, { status: 'ready' }>;
    expect(state.dataset).toBe(client.getQueryData(defaultDatasetQuery().queryKey)?.dataset);
    expect(state.userFiles).toEqual({ datasets: 0, providerLists: 0 });
  });

  it('has the answer at its first render when the browser gave it before (firstScreen.ts asks early)', async () => {
    databasesListed(async () => []);
    await storeAbsent();
    setUserStoreForTests(neverOpens());
    const { result } = await renderWithDefaultsLoaded(useDataset);
    expect(result.current.status).toBe('ready');
  });

  it.each<[string, () => Promise<IDBDatabaseInfo[]>]>([
    ['lists ours', async () => [{ name: 'scrutiny-lens', version: 5 }]],
    ['cannot say', () => Promise.reject(new Error('refused'))],
  ])('makes the views wait for the store when the browser %s', async (_, databases) => {
    databasesListed(databases);
    setUserStoreForTests(neverOpens());
    const { result } = await renderWithDefaultsLoaded(useDataset);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.status).toBe('loading');
  });

  it('shows the user’s files once the store answers, even after showing the built-in data alone', async () => {
    databasesListed(async () => []);
    let open: (store: UserStore) => void = () => undefined;
    setUserStoreForTests(new Promise<UserStore>((resolve) => (open = resolve)));
    const { result } = await renderWithDefaultsLoaded(useDataset);
    await waitFor(() => expect(result.current.status).toBe('ready'));
    open(storeHolding([], { defaultHidden: true }));
    await waitFor(() => expect(result.current.status === 'ready' && result.current.defaultHidden).toBe(true));
  });
});

describe('the files the user keeps', () => {
  it('count provider lists as well as inspection datasets, so a list alone is not called “no data”', async () => {
    const list = { id: 'kept-list', records: [] };
    setUserStoreForTests(Promise.resolve(storeHolding([], { defaultHidden: true }, [list])));
    const { result } = await renderWithDefaultsLoaded(useDataset);
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const state = result.current as Extract<typeof result.current, { status: 'ready' }>;
    expect(state.defaultHidden).toBe(true);
    expect(state.userFiles).toEqual({ datasets: 0, providerLists: 1 });
  });
});
