// The provider lists the app holds, each with its own "as at" date: Ofsted's built-in list, and lists the user loaded.
// A list "at 31 March" gives each provider's latest grades on that date; the same provider in two lists is one URN.
import { compareDates, formatLong, type PartialDate } from './partialDate';
import { providersFrom, urnKey, type Provider, type ProviderRecord } from './provider';

/** Ofsted's statistics the built-in list comes from, named in every source line that uses it. */
export const OFSTED_PROVIDER_PUBLICATION = 'Ofsted, Children’s social care data in England 2023 (official statistics)';

export interface HeldProviderList {
  /** "default" for Ofsted's built-in list; the stored id for a user's. */
  readonly id: string;
  readonly origin: 'default' | 'user';
  /** The date the list describes: its providers as registered then, each with its latest grades by then. */
  readonly asAt: PartialDate;
  /** The files it was read from: Ofsted's for the built-in list, the user's own file for an upload. */
  readonly files: readonly string[];
  /** What the user calls a list of theirs, as Your data lists it (marked there when it is kept for this tab only). */
  readonly name?: string;
  readonly records: readonly ProviderRecord[];
}

/** What a list's providers are compared with: Ofsted's built-in list covers England; a user's list only what it holds. */
export function wholeOfList(list: Pick<HeldProviderList, 'origin'>): 'England' | 'the whole list' {
  return list.origin === 'default' ? 'England' : 'the whole list';
}

export const DEFAULT_PROVIDER_LIST = 'default';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The "as at" date a list's file name states: "…at_31_Mar_2023", "providers at 31 March 2019", "…_31-03-2019".
 * Undefined when the name states none.
 */
export function asAtFromName(name: string): PartialDate | undefined {
  const words = name.toLowerCase().replace(/[_.]+/g, ' ');
  const named = /\b(\d{1,2}) ?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* ?(\d{4})\b/.exec(words);
  if (named) return dayOf(Number(named[3]), MONTHS.indexOf(named[2]!) + 1, Number(named[1]));
  const numeric = /\b(\d{1,2})[-/](\d{1,2})[-/](\d{4})\b/.exec(words) ?? null;
  if (numeric) return dayOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(words);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

function dayOf(year: number, month: number, day: number): PartialDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return undefined;
  return { precision: 'day', year, month, day };
}

/** The latest event date in the records: the "as at" of a list whose name states none. */
export function latestEventDate(records: readonly ProviderRecord[]): PartialDate | undefined {
  let latest: PartialDate | undefined;
  for (const record of records)
    for (const event of record.events) if (!latest || compareDates(event.date, latest) > 0) latest = event.date;
  return latest;
}

/** The lists oldest first (ties: Ofsted's before the user's), as a history reads. */
export function byDate(lists: readonly HeldProviderList[]): HeldProviderList[] {
  return [...lists].sort(
    (a, b) => compareDates(a.asAt, b.asAt) || Number(a.origin === 'user') - Number(b.origin === 'user'),
  );
}

/**
 * The providers of one list, as that list describes them (where located, registered or not), each with its events from
 * every list held, matched by URN: so a grade another list knows of, given by the list's date, counts. Grades after the
 * list's date are kept on the provider but never counted as at it (see standingOn).
 */
export function providersOfList(lists: readonly HeldProviderList[], listId: string): Provider[] {
  const chosen = lists.find((list) => list.id === listId);
  if (!chosen) return [];
  const inList = new Set(chosen.records.map((record) => urnKey(record.urn)));
  // The chosen list read first, so of one inspection in two lists its own record is kept (providersFrom keeps the first
  // of equals), and again last, so its facts are the ones kept (providersFrom keeps the facts of the list read last).
  const others = lists.filter((list) => list !== chosen).flatMap((list) => list.records);
  return providersFrom([
    ...chosen.records,
    ...others.filter((record) => inList.has(urnKey(record.urn))),
    ...chosen.records,
  ]);
}

/** What a source line says of one list: Ofsted's publication for the built-in list, the user's file by name. */
export function providerListCitation(list: HeldProviderList): string {
  if (list.origin === 'default')
    return `${OFSTED_PROVIDER_PUBLICATION}: ${list.files.map(ofstedTableName).join(' and ')}`;
  return `your file ${list.files.map((file) => `“${file}”`).join(', ')} (as at ${formatLong(list.asAt)})`;
}

/** "csc_in_england_2023__Provider_level_at_31_Mar_2023.csv" → "provider level at 31 Mar 2023": the sheet's own name. */
const ofstedTableName = (file: string) =>
  file
    .replace(/^.*__/, '')
    .replace(/\.csv$/i, '')
    .replace(/_/g, ' ')
    .replace(/^./, (first) => first.toLowerCase());
