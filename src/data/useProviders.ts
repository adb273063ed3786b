// The providers the app holds (Ofsted's lists, matched by URN) and the national series, through react-query.
import { useQuery } from '@tanstack/react-query';
import { providersFrom, type Provider } from '../domain';
import type { ProviderSeries } from '../import';
import { defaultProviders } from './defaultProviders';
import { unpackProviders } from './providerPack';
import { queryKeys } from './queryKeys';

export interface ProviderData {
  readonly providers: readonly Provider[];
  readonly series: readonly ProviderSeries[];
  /** The files the providers came from, for the source line. */
  readonly files: readonly string[];
}

export async function loadProviders(): Promise<ProviderData> {
  const held = await defaultProviders();
  return {
    providers: providersFrom(held.lists.flatMap((list) => unpackProviders(list.packed))),
    series: held.series,
    files: [...held.lists.map((list) => list.file), ...new Set(held.series.map((table) => table.source.file))],
  };
}

export function useProviders() {
  return useQuery({ queryKey: queryKeys.providers(), queryFn: loadProviders, staleTime: Infinity, gcTime: Infinity });
}
