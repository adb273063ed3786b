// The default dataset through react-query, so loading and failure are states, not effects.
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';
import { loadDefaultFiles } from './defaultFiles';
import { loadDataset } from './loadDataset';

export function useDefaultDataset() {
  return useQuery({
    queryKey: queryKeys.defaultDataset(),
    queryFn: async () => loadDataset(await loadDefaultFiles()),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
