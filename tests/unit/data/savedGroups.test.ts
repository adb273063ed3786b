// Saved comparator groups: kept beside the settings in the current database (no new version), checked on every read,
// and the datasets already held untouched.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSavedGroups, SAVED_GROUPS_KEY, withGroup } from '../../../src/data/savedGroups';
import { DB_NAME, DB_VERSION, memoryStore, openUserStore } from '../../../src/data/userStore';
import { dataset, ids, request } from './storeHelpers';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const group = (name: string, codes: string[] = ['E08000031', 'E08000028']) => ({
  name,
  codes,
  savedAt: '2026-01-01T00:00:00.000Z',
});

describe('readSavedGroups', () => {
  it.each([
    ['nothing kept', undefined, [], 0],
    ['a good list', [group('Black Country')], ['Black Country'], 0],
    ['not a list', { name: 'x' }, [], 1],
    [
      'an entry with an unknown code, one with no name and one with no codes',
      [group('Good'), group('Bad code', ['E99999999']), group(' '), group('Empty', [])],
      ['Good'],
      3,
    ],
  ])('%s', (_name, raw, names, unreadable) => {
    const read = readSavedGroups(raw);
    expect(read.groups.map((saved) => saved.name)).toEqual(names);
    expect(read.unreadable).toBe(unreadable);
  });

  it('replaces a group of the same name, whatever its case, and sorts by name', () => {
    expect(
      withGroup([group('Zeta'), group('black country')], group('Black Country', ['E08000030'])).map((saved) => [
        saved.name,
        saved.codes,
      ]),
    ).toEqual([
      ['Black Country', ['E08000030']],
      ['Zeta', ['E08000031', 'E08000028']],
    ]);
  });
});

describe('the store', () => {
  it('keeps groups across openings beside the settings and the datasets, with no new database version', async () => {
    const store = await openUserStore();
    await store.add(dataset('held', 1));
    await store.saveSettings({ defaultHidden: true });
    expect(await store.saveGroups([group('Black Country')])).toEqual({ ok: true, value: undefined });
    const again = await openUserStore();
    expect(await again.groups()).toEqual({ ok: true, value: { groups: [group('Black Country')], unreadable: 0 } });
    expect(await again.settings()).toEqual({ ok: true, value: { defaultHidden: true } });
    expect(await ids(again)).toEqual(['held']);
    // Groups needed no version of their own; version 5 added the store of provider lists.
    expect(DB_VERSION).toBe(5);
  });

  it('reads a database of today’s version that has never held groups as holding none, and leaves an unreadable entry as it was', async () => {
    const store = await openUserStore();
    await store.add(dataset('held', 1));
    const raw = await request(indexedDB.open(DB_NAME, DB_VERSION));
    const transaction = raw.transaction('settings', 'readwrite');
    expect(await request(transaction.objectStore('settings').get(SAVED_GROUPS_KEY))).toBeUndefined();
    transaction.objectStore('settings').put([group('Fine'), { name: 42 }], SAVED_GROUPS_KEY);
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    raw.close();
    const read = await (await openUserStore()).groups();
    expect(read.ok && read.value).toEqual({ groups: [group('Fine')], unreadable: 1 });
    expect(await ids(await openUserStore())).toEqual(['held']);
  });

  it('keeps groups in memory when the browser keeps nothing', async () => {
    const store = memoryStore();
    await store.saveGroups([group('Tab only')]);
    expect(await store.groups()).toEqual({ ok: true, value: { groups: [group('Tab only')], unreadable: 0 } });
  });
});
