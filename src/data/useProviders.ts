// The providers the app holds (Ofsted's lists, matched by URN) and the national series, through react-query.
import { useQuery } from '@tanstack/react-query';
import {
  providersFrom,
  type Provider,
  asAtFromName,
  DEFAULT_PROVIDER_LIST,
  latestEventDate,
  type HeldProviderList,
} from '../domain';
import type { ProviderSeries } from '../import';
import type { DefaultProviders } from './defaultFiles';
import { defaultProviders } from './defaultProviders';
import { unpackProviders } from './providerPack';
import { queryKeys } from './queryKeys';

export interface ProviderData {
  /** Ofsted's built-in list (its list at 31 March and the year's inspections to that date, as one list). */
  readonly defaultList: HeldProviderList;
  /** Every provider of the built-in list, matched by URN. */
  readonly providers: readonly Provider[];
  readonly series: readonly ProviderSeries[];
  /** The files the providers came from, for the source line. */
  readonly files: readonly string[];
}

/** Ofsted's embedded lists as one held list: the list at 31 March and the year's inspections to that day. */
export function defaultProviderList(lists: DefaultProviders['lists']): HeldProviderList {
  const records = lists.flatMap((list) => unpackProviders(list.packed));
  const files = lists.map((list) => list.file);
  // The list "at 31 March" names its date; the year's list runs to the same day.
  const asAt = files.map(asAtFromName).find((date) => date !== undefined) ?? latestEventDate(records);
  if (!asAt) throw new Error('Ofsted’s provider list states no date and holds no inspection.');
  return { id: DEFAULT_PROVIDER_LIST, origin: 'default', asAt, files, records };
}

export async function loadProviders(): Promise<ProviderData> {
  const held = await defaultProviders();
  const defaultList = defaultProviderList(held.lists);
  const files = defaultList.files;
  return {
    defaultList,
    providers: providersFrom(defaultList.records),
    series: held.series,
    files: [...files, ...new Set(held.series.map((table) => table.source.file))],
  };
}

export function useProviders() {
  return useQuery({ queryKey: queryKeys.providers(), queryFn: loadProviders, staleTime: Infinity, gcTime: Infinity });
}
