// The user's provider lists in IndexedDB (fake-indexeddb in Node): kept in their own store and shape, read back exactly,
// removed alone, a record this version cannot read left as it was, and the upgrade from the database before them.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  fromStoredProviderList,
  STORED_PROVIDER_LIST_VERSION,
  toStoredProviderList,
  type StoredProviderList,
} from '../../../src/data/storedProviderList';
import { DB_NAME, DB_VERSION, memoryStore, openUserStore } from '../../../src/data/userStore';
import { asAtFromName } from '../../../src/domain/providerLists';
import { importText } from '../../../src/import';
import { openRaw, openRawSplit, request, v3Fixtures } from './storeHelpers';

const OLDER = 'providers_at_31_Mar_2022_older_headings.csv';
const REAL_LIST = 'csc_in_england_2023__Provider_level_in_year_2022-23.csv';

function keptList(id: string, dir: string[], name: string, importedAt: string): StoredProviderList {
  const result = importText(name, readFileSync(join(__dirname, '..', '..', 'fixtures', ...dir, name), 'utf8'));
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return {
    id,
    name,
    sourceFile: name,
    fileSize: 1234,
    contentHash: `hash-${id}`,
    importedAt,
    asAt: asAtFromName(name) ?? { precision: 'day', year: 2023, month: 3, day: 31 },
    asAtFrom: asAtFromName(name) ? 'file-name' : 'latest-event',
    records: result.providers ?? [],
  };
}

const older = () => keptList('older', ['upload'], OLDER, '2026-12-01T10:00:00.000Z');
// Ofsted's real year's list: 3,767 rows, monitoring visits, redacted names, sectors, places and publication dates.
const year = () => keptList('year', ['real', 'ofsted', 'csc-in-england-2023'], REAL_LIST, '2026-12-02T10:00:00.000Z');

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('a kept provider list', () => {
  it('comes back exactly as it was kept, after the page is opened again, oldest import first', async () => {
    const store = await openUserStore();
    expect(store.persistent).toBe(true);
    expect(await store.addProviderList(year())).toEqual({ ok: true, value: undefined });
    expect(await store.addProviderList(older())).toEqual({ ok: true, value: undefined });
    const again = await (await openUserStore()).providerLists();
    if (!again.ok) throw new Error(again.message);
    expect(again.value).toEqual([older(), year()]);
    expect(again.value[1]!.records.length).toBeGreaterThan(3000);
  });

  it('is kept in its own store, in its own versioned shape, beside the datasets and apart from them', async () => {
    const store = await openUserStore();
    await store.addProviderList(older());
    expect(await store.list()).toEqual({ ok: true, value: [] });
    const raw = await request(indexedDB.open(DB_NAME, DB_VERSION));
    const [record] = await request(raw.transaction('providerLists').objectStore('providerLists').getAll());
    raw.close();
    expect(record).toMatchObject({
      formatVersion: STORED_PROVIDER_LIST_VERSION,
      asAt: '2022-03-31',
      sourceFile: OLDER,
    });
    expect(record.providers[0]).toEqual(toStoredProviderList(older()).providers[0]);
    // Plain words and ISO dates: no domain objects, so the stored shape changes only with its own version.
    expect(typeof record.providers[0].provisionType).toBe('string');
    expect(typeof record.providers[0].events[0].date).toBe('string');
  });

  it('is removed alone', async () => {
    const store = await openUserStore();
    await store.addProviderList(older());
    await store.addProviderList(year());
    expect(await store.removeProviderList('older')).toEqual({ ok: true, value: undefined });
    const left = await store.providerLists();
    expect(left.ok && left.value.map((list) => list.id)).toEqual(['year']);
  });

  it('of a shape this version cannot read is left in storage untouched, and not listed', async () => {
    const store = await openUserStore();
    await store.addProviderList(older());
    const future = { ...toStoredProviderList(older()), id: 'future', formatVersion: STORED_PROVIDER_LIST_VERSION + 1 };
    const broken = { ...toStoredProviderList(older()), id: 'broken', providers: [{ urn: 42 }] };
    const raw = await request(indexedDB.open(DB_NAME, DB_VERSION));
    const writing = raw.transaction('providerLists', 'readwrite');
    writing.objectStore('providerLists').put(future);
    writing.objectStore('providerLists').put(broken);
    await new Promise((resolve) => (writing.oncomplete = resolve));
    raw.close();
    const listed = await (await openUserStore()).providerLists();
    expect(listed.ok && listed.value.map((list) => list.id)).toEqual(['older']);
    expect(fromStoredProviderList(future)).toEqual({ ok: false, problem: 'unknown provider list format 2' });
    expect(fromStoredProviderList(broken)).toEqual({ ok: false, problem: 'provider 1 is malformed' });
    const reread = await request(indexedDB.open(DB_NAME, DB_VERSION));
    const all = await request(reread.transaction('providerLists').objectStore('providerLists').getAll());
    reread.close();
    expect(all).toContainEqual(future);
    expect(all).toContainEqual(broken);
  });

  it('is held for the tab when the browser keeps nothing', async () => {
    const store = memoryStore('no storage');
    await store.addProviderList(older());
    expect(await store.providerLists()).toEqual({ ok: true, value: [older()] });
    await store.removeProviderList('older');
    expect(await store.providerLists()).toEqual({ ok: true, value: [] });
  });
});

describe('the database before provider lists (version 4)', () => {
  it('upgrades to version 5: its datasets listed exactly as before, untouched, and an empty store for provider lists', async () => {
    const fixtures = v3Fixtures();
    (await openRawSplit(4, fixtures)).close();
    const store = await openUserStore();
    expect(store.persistent).toBe(true);
    const listed = await store.list();
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.value.map(({ inspections, ...envelope }) => ({ envelope, inspections }))).toEqual(
      fixtures.map(({ envelope: { packedInspections: _packed, ...envelope }, inspections }) => ({
        envelope,
        inspections,
      })),
    );
    expect(await store.providerLists()).toEqual({ ok: true, value: [] });
    expect(await store.addProviderList(older())).toEqual({ ok: true, value: undefined });

    const raw = await openRaw(DB_VERSION);
    expect(raw.version).toBe(5);
    expect([...raw.objectStoreNames].sort()).toEqual(['columns', 'datasets', 'providerLists', 'settings']);
    raw.close();
  });
});
