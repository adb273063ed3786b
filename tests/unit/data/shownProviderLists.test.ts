// Which provider lists the views show, and which they open at: Ofsted's built-in list beside the user's, or, with
// "Your data only", the user's alone, with or without the built-in list loaded.
import { describe, expect, it } from 'vitest';
import type { StoredProviderList } from '../../../src/data/storedProviderList';
import { openingList, shownProviderLists } from '../../../src/data/useProviders';
import { DEFAULT_PROVIDER_LIST, type HeldProviderList, type PartialDate } from '../../../src/domain';

const day = (year: number): PartialDate => ({ precision: 'day', year, month: 3, day: 31 });
const builtIn: HeldProviderList = {
  id: DEFAULT_PROVIDER_LIST,
  origin: 'default',
  asAt: day(2023),
  files: ['ofsted.csv'],
  records: [],
};
const kept = (id: string, year: number, name = `${id}.csv`): StoredProviderList => ({
  id,
  name,
  sourceFile: `${id}.csv`,
  fileSize: 1,
  contentHash: id,
  importedAt: `${year}-05-01T00:00:00.000Z`,
  asAt: day(year),
  asAtFrom: 'file-name',
  records: [],
});

describe('shownProviderLists', () => {
  it('puts Ofsted’s list among the user’s by date', () => {
    const lists = shownProviderLists(builtIn, [kept('later', 2024), kept('earlier', 2022)], false);
    expect(lists.map((list) => list.id)).toEqual(['earlier', DEFAULT_PROVIDER_LIST, 'later']);
  });

  it('with the built-in data hidden, gives the user’s lists alone, whether or not Ofsted’s has loaded', () => {
    const mine = [kept('later', 2024), kept('earlier', 2022)];
    expect(shownProviderLists(builtIn, mine, true).map((list) => list.id)).toEqual(['earlier', 'later']);
    expect(shownProviderLists(undefined, mine, true).map((list) => list.id)).toEqual(['earlier', 'later']);
    expect(shownProviderLists(builtIn, [], true)).toEqual([]);
  });

  it('shows nothing while Ofsted’s list is not there and is not hidden', () => {
    expect(shownProviderLists(undefined, [kept('mine', 2022)], false)).toEqual([]);
  });

  it('names a list kept for this tab only as Your data does', () => {
    const [list] = shownProviderLists(undefined, [kept('mine', 2022, 'mine.csv (this tab only)')], true);
    expect(list).toMatchObject({ name: 'mine.csv (this tab only)', files: ['mine.csv'], origin: 'user' });
  });
});

describe('openingList', () => {
  const lists = shownProviderLists(builtIn, [kept('later', 2024), kept('earlier', 2022)], false);
  it('opens at the list the address names, else Ofsted’s, else the latest', () => {
    expect(openingList(lists, 'earlier')?.id).toBe('earlier');
    expect(openingList(lists, 'gone')?.id).toBe(DEFAULT_PROVIDER_LIST);
    expect(openingList(lists)?.id).toBe(DEFAULT_PROVIDER_LIST);
    expect(openingList(shownProviderLists(builtIn, [kept('later', 2024), kept('earlier', 2022)], true))?.id).toBe(
      'later',
    );
    expect(openingList([])).toBeUndefined();
  });
});
