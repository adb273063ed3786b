// The user's stored datasets and settings through react-query, with mutations that refresh every view.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';
import type { StoredDataset, UserSettings } from './storedDataset';
import { openUserStore, type StoreResult, type UserStore } from './userStore';

let storePromise: Promise<UserStore> | undefined;

/** One store per page: IndexedDB connections are long-lived and shared. */
export function userStore(): Promise<UserStore> {
  storePromise ??= openUserStore();
  return storePromise;
}

/** Tests replace the store (for example with one that refuses to save). */
export function setUserStoreForTests(store: Promise<UserStore> | undefined): void {
  storePromise = store;
}

export interface UserData {
  readonly datasets: readonly StoredDataset[];
  readonly settings: UserSettings;
  readonly persistent: boolean;
  readonly warning?: string;
}

async function unwrap<T>(result: Promise<StoreResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.message);
  return settled.value;
}

export function useUserData() {
  return useQuery({
    queryKey: queryKeys.userData(),
    queryFn: async (): Promise<UserData> => {
      const store = await userStore();
      const [datasets, settings] = await Promise.all([unwrap(store.list()), unwrap(store.settings())]);
      return { datasets, settings, persistent: store.persistent, ...(store.warning ? { warning: store.warning } : {}) };
    },
    staleTime: Infinity,
  });
}

function useStoreMutation<Input>(work: (store: UserStore, input: Input) => Promise<StoreResult<void>>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(work(await userStore(), input)),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.userData() }),
  });
}

export const useAddDataset = () => useStoreMutation<StoredDataset>((store, dataset) => store.add(dataset));
export const useRemoveDataset = () => useStoreMutation<string>((store, id) => store.remove(id));
export const useSaveSettings = () => useStoreMutation<UserSettings>((store, settings) => store.saveSettings(settings));
