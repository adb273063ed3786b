// The user's stored datasets and settings through react-query, with mutations that refresh every view and every tab.
import { useEffect } from 'react';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { announceUserDataChanged, watchOtherTabs } from './otherTabs';
import { queryKeys } from './queryKeys';
import { replaceUserStore, userStore } from './openUserStore';
import { markStoreChanging, writeStoreFlag } from './storeFlag';
import type { StoredProviderList } from './storedProviderList';
import { byImportOrder, byImportTime, type StoredDataset, type UserSettings } from './storedDataset';
import { tabOnlyDatasets, tabOnlyProviderLists } from './tabOnly';
import type { StoreResult, UserStore } from './userStore';

export { userStore };

/** Tests replace the store (for example with one that refuses to save); each starts with nothing kept for the tab. */
export function setUserStoreForTests(store: Promise<UserStore> | undefined): void {
  replaceUserStore(store);
  tabOnlyDatasets.clear();
  tabOnlyProviderLists.clear();
}

export interface UserData {
  /** Saved datasets and those kept for this tab only, in import order. */
  readonly datasets: readonly StoredDataset[];
  readonly settings: UserSettings;
  /** The provider lists the user kept, each its own list beside Ofsted's. */
  readonly providerLists: readonly StoredProviderList[];
  readonly persistent: boolean;
  readonly warning?: string;
}

async function unwrap<T>(result: Promise<StoreResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.message);
  return settled.value;
}

const watching = new Map<QueryClient, { count: number; readonly stop: () => void }>();

/** Every component showing user data shares one watch per query client, so one change means one refetch. */
function useChangesInOtherTabs(client: QueryClient): void {
  useEffect(() => {
    const entry = watching.get(client) ?? {
      count: 0,
      stop: watchOtherTabs(() => void client.invalidateQueries({ queryKey: queryKeys.userData() })),
    };
    entry.count += 1;
    watching.set(client, entry);
    return () => {
      entry.count -= 1;
      if (entry.count > 0) return;
      entry.stop();
      watching.delete(client);
    };
  }, [client]);
}

/** One definition for the hook and for the page's entry, which starts reading the store before React first renders. */
export const userDataQuery = () =>
  queryOptions({
    queryKey: queryKeys.userData(),
    queryFn: async (): Promise<UserData> => {
      const store = await userStore();
      const [saved, settings, savedLists] = await Promise.all([
        unwrap(store.list()),
        unwrap(store.settings()),
        unwrap(store.providerLists()),
      ]);
      const datasets = [...saved, ...tabOnlyDatasets.list()].sort(byImportOrder);
      const providerLists = [...savedLists, ...tabOnlyProviderLists.list()].sort(byImportTime);
      // The next page load may show the built-in data before the store opens only when this says it may.
      if (store.persistent)
        writeStoreFlag({
          holdsData: saved.length > 0 || savedLists.length > 0,
          hidesDefault: settings.defaultHidden,
        });
      return {
        datasets,
        settings,
        providerLists,
        persistent: store.persistent,
        ...(store.warning ? { warning: store.warning } : {}),
      };
    },
    staleTime: Infinity,
  });

export function useUserData() {
  useChangesInOtherTabs(useQueryClient());
  return useQuery(userDataQuery());
}

function useStoreMutation<Input>(work: (store: UserStore, input: Input) => Promise<StoreResult<void>>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => {
      const store = await userStore();
      await unwrap(work(store, input));
      if (store.persistent) announceUserDataChanged();
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.userData() }),
  });
}

export const useAddDataset = () =>
  useStoreMutation<StoredDataset>((store, dataset) => {
    markStoreChanging({ holdsData: true });
    return store.add(dataset);
  });
export const useRemoveDataset = () =>
  useStoreMutation<string>((store, id) =>
    tabOnlyDatasets.remove(id) ? Promise.resolve({ ok: true, value: undefined }) : store.remove(id),
  );
export const useSetDuplicateChoice = () =>
  useStoreMutation<{ readonly id: string; readonly choice: StoredDataset['onDuplicate'] }>((store, { id, choice }) =>
    tabOnlyDatasets.choose(id, choice)
      ? Promise.resolve({ ok: true, value: undefined })
      : store.setDuplicateChoice(id, choice),
  );
export const useAddProviderList = () =>
  useStoreMutation<StoredProviderList>((store, list) => {
    markStoreChanging({ holdsData: true });
    return store.addProviderList(list);
  });
export const useRemoveProviderList = () =>
  useStoreMutation<string>((store, id) =>
    tabOnlyProviderLists.remove(id) ? Promise.resolve({ ok: true, value: undefined }) : store.removeProviderList(id),
  );
export const useSaveSettings = () =>
  useStoreMutation<UserSettings>((store, settings) => {
    if (settings.defaultHidden) markStoreChanging({ hidesDefault: true });
    return store.saveSettings(settings);
  });

/** After the browser refused to save: use the item in this tab until it closes. Resolves to it as listed. */
function useKeepInTab<Item>(keep: (item: Item) => Item) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (item: Item) => keep(item),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.userData() }),
  });
}

export const useKeepForTab = () => useKeepInTab<StoredDataset>(tabOnlyDatasets.keep);
export const useKeepListForTab = () => useKeepInTab<StoredProviderList>(tabOnlyProviderLists.keep);
