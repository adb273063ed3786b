// The dataset the views show: default data and the user's, combined once per change, not per render.
import { useRef, useState } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dataset } from '../domain';
import { useCombinedDataset } from './useCombinedDataset';
import { useDefaultDataset } from './useDefaultDataset';
import { queryKeys } from './queryKeys';
import { storeAbsent, storeAbsentSoFar } from './storeAbsent';
import { storeHoldsNothing } from './storeFlag';
import { DEFAULT_SETTINGS } from './storedDataset';
import { useUserData, type UserData } from './useUserData';

/** What the store holds when its flag says it holds nothing (see storeFlag.ts), until the store itself answers. */
const NOTHING_HELD: UserData = { datasets: [], settings: DEFAULT_SETTINGS, providerLists: [], persistent: true };

export type DatasetState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly dataset: Dataset;
      readonly defaultHidden: boolean;
      /** The files the user keeps: inspection datasets, and provider lists (which the inspection views do not show). */
      readonly userFiles: { readonly datasets: number; readonly providerLists: number };
      /** True while a change (a big file added or removed) is still being combined: `dataset` is the one shown before it. */
      readonly updating: boolean;
    };

const storeAbsentQuery = () =>
  queryOptions({
    queryKey: queryKeys.storeAbsent(),
    queryFn: storeAbsent,
    // Usually answered while the main bundle loads (firstScreen.ts asks): then the first render has it.
    initialData: storeAbsentSoFar,
    staleTime: Infinity,
    gcTime: Infinity,
  });

export function useDataset(): DatasetState {
  const defaults = useDefaultDataset();
  const user = useUserData();
  // Read once, on the first render: the built-in data is shown without waiting for IndexedDB only when the flag,
  // written whenever the store is read or about to change, says the store holds nothing that would change it, or when
  // the browser says this site has no database of ours at all (a first visit, before the flag is ever written).
  const [holdsNothing] = useState(storeHoldsNothing);
  const absent = useQuery(storeAbsentQuery()).data === true;
  const userData = user.data ?? (user.isPending && (holdsNothing || absent) ? NOTHING_HELD : undefined);
  const defaultData = defaults.data;
  const source = userData?.settings.defaultHidden ? 'mine' : 'all';
  // Already merged when it loaded: with none of the user's files beside it, combining again would give the same dataset.
  const defaultsAlone = source === 'all' && userData?.datasets.length === 0;
  // A big file of the user's is combined in slices. Meanwhile the views keep what they showed (the page, and an import
  // in progress on it, stay as they are) and are told it is updating.
  const combined = useCombinedDataset(defaultData?.results, defaultsAlone ? undefined : userData?.datasets, source);
  const current = defaultsAlone ? defaultData?.dataset : combined;
  const shown = useRef<Dataset | undefined>(undefined);
  if (current) shown.current = current;
  const dataset = current ?? shown.current;
  if (defaults.isError) return { status: 'error', message: defaults.error.message };
  if (user.isError) return { status: 'error', message: user.error.message };
  if (!dataset || !userData) return { status: 'loading' };
  return {
    status: 'ready',
    dataset,
    defaultHidden: userData.settings.defaultHidden,
    userFiles: { datasets: userData.datasets.length, providerLists: userData.providerLists.length },
    updating: current === undefined,
  };
}
