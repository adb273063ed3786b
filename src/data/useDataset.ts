// The dataset the views show: default data and the user's, combined once per change, not per render.
import { useMemo } from 'react';
import type { Dataset } from '../domain';
import { combineDatasets } from './combine';
import { useDefaultDataset } from './useDefaultDataset';
import { useUserData } from './useUserData';

export type DatasetState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly dataset: Dataset; readonly defaultHidden: boolean; readonly userDatasets: number };

export function useDataset(): DatasetState {
  const defaults = useDefaultDataset();
  const user = useUserData();
  const userData = user.data;
  const defaultData = defaults.data;
  const dataset = useMemo(() => {
    if (!defaultData || !userData) return undefined;
    const source = userData.settings.defaultHidden ? 'mine' : 'all';
    // Already merged when it loaded: with none of the user's files beside it, combining again would give the same dataset.
    if (source === 'all' && userData.datasets.length === 0) return defaultData.dataset;
    return combineDatasets(defaultData.results, userData.datasets, source);
  }, [defaultData, userData]);
  if (defaults.isError) return { status: 'error', message: defaults.error.message };
  if (user.isError) return { status: 'error', message: user.error.message };
  if (!dataset || !userData) return { status: 'loading' };
  return { status: 'ready', dataset, defaultHidden: userData.settings.defaultHidden, userDatasets: userData.datasets.length };
}
