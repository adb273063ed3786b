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
  const results = defaults.data?.results;
  const dataset = useMemo(() => {
    if (!results || !userData) return undefined;
    return combineDatasets(results, userData.datasets, userData.settings.defaultHidden ? 'mine' : 'all');
  }, [results, userData]);
  if (defaults.isError) return { status: 'error', message: defaults.error.message };
  if (user.isError) return { status: 'error', message: user.error.message };
  if (!dataset || !userData) return { status: 'loading' };
  return { status: 'ready', dataset, defaultHidden: userData.settings.defaultHidden, userDatasets: userData.datasets.length };
}
