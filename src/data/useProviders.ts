// The providers the app holds (Ofsted's lists, matched by URN) and the national series, through react-query.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  byDate,
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
import { heldFromStored, type StoredProviderList } from './storedProviderList';
import { useUserData } from './useUserData';

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

/**
 * The provider lists the views show, oldest first: Ofsted's built-in list and the user's kept ones; with "Your data
 * only" chosen, the user's alone, which may be none (and need no built-in list to have loaded).
 */
export function shownProviderLists(
  defaultList: HeldProviderList | undefined,
  kept: readonly StoredProviderList[],
  defaultHidden: boolean,
): HeldProviderList[] {
  const own = kept.map(heldFromStored);
  if (defaultHidden) return byDate(own);
  return defaultList ? byDate([defaultList, ...own]) : [];
}

/**
 * The list a view opens at: the one the address names, else Ofsted's built-in list, else (with it hidden) the latest
 * the user keeps; undefined when no list is shown.
 */
export function openingList(lists: readonly HeldProviderList[], id?: string): HeldProviderList | undefined {
  return (
    lists.find((list) => list.id === id) ??
    lists.find((list) => list.id === DEFAULT_PROVIDER_LIST) ??
    lists[lists.length - 1]
  );
}

const NO_LISTS: readonly StoredProviderList[] = [];

/**
 * Ofsted's providers and series, with the lists shown as the user's "Data shown" choice says (shownProviderLists).
 * `waiting` and `failed` are about what the shown lists need: with Ofsted's data hidden, the built-in list is not waited for.
 */
export function useShownProviders() {
  const query = useProviders();
  const user = useUserData();
  const kept = user.data?.providerLists ?? NO_LISTS;
  const defaultHidden = user.data?.settings.defaultHidden ?? false;
  const lists = useMemo(
    () => shownProviderLists(query.data?.defaultList, kept, defaultHidden),
    [query.data, kept, defaultHidden],
  );
  return {
    query,
    lists,
    defaultHidden,
    waiting: !defaultHidden && query.isPending,
    failed: defaultHidden ? undefined : (query.error ?? undefined),
  };
}
