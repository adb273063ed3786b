// The default dataset through react-query, so loading and failure are states, not effects.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dataset } from '../domain';
import type { ImportResult } from '../import';
import { combineDatasets } from './combine';
import { defaultImports } from './defaultImports';
import { queryKeys } from './queryKeys';

export interface DefaultData {
  /** Each default file's import result, in import order, as scripts/defaultDataPlugin.ts embedded them at build time. */
  readonly results: readonly ImportResult[];
  /** The default data alone, merged once here: what every view shows while the user holds no files of their own. */
  readonly dataset: Dataset;
}

export async function loadDefaultData(): Promise<DefaultData> {
  const results = await defaultImports();
  return { results, dataset: combineDatasets(results, [], 'all') };
}

/** One definition for the hook and for the page's entry, which starts the load before React first renders. */
export const defaultDatasetQuery = () =>
  queryOptions({
    queryKey: queryKeys.defaultDataset(),
    // Its own chunk, so the page shell does not wait for it; the entry asks for it at once, beside the first view's code.
    queryFn: loadDefaultData,
    staleTime: Infinity,
    gcTime: Infinity,
  });

export function useDefaultDataset() {
  return useQuery(defaultDatasetQuery());
}
