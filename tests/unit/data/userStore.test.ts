// The user's datasets in IndexedDB (fake-indexeddb in Node): order kept, all-or-nothing saves, upgrades from older versions,
// two tabs at once, and plain messages on failure.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { STORED_FORMAT_VERSION, type StoredDataset } from '../../../src/data/storedDataset';
import { DB_NAME, DB_VERSION, describeStoreError, memoryStore, openUserStore, type UserStore } from '../../../src/data/userStore';

function dataset(id: string, order: number): StoredDataset {
  return {
    id,
    name: `${id}.csv`,
    sourceFile: `${id}.csv`,
    fileSize: 100,
    contentHash: `hash-${id}`,
    importedAt: '2026-11-26T09:00:00.000Z',
    order,
    format: 'tidy',
    onDuplicate: 'replace',
    inspections: [],
    measures: [],
    formatVersion: STORED_FORMAT_VERSION,
  };
}

beforeEach(() => {
  // A fresh, empty browser database for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('openUserStore with IndexedDB', () => {
  it('keeps datasets across openings, listed in import order', async () => {
    const first = await openUserStore();
    expect(first.persistent).toBe(true);
    await first.add(dataset('later', 2));
    await first.add(dataset('earlier', 1));
    const again = await openUserStore();
    const listed = await again.list();
    expect(listed.ok && listed.value.map((stored) => stored.id)).toEqual(['earlier', 'later']);
  });

  it('removes one dataset and leaves the others', async () => {
    const store = await openUserStore();
    await store.add(dataset('a', 1));
    await store.add(dataset('b', 2));
    await store.remove('a');
    const listed = await store.list();
    expect(listed.ok && listed.value.map((stored) => stored.id)).toEqual(['b']);
  });

  it('refuses a save that would overwrite a held dataset, and changes nothing', async () => {
    const store = await openUserStore();
    await store.add({ ...dataset('a', 1), name: 'original' });
    const clash = await store.add({ ...dataset('a', 5), name: 'impostor' });
    expect(clash.ok).toBe(false);
    const listed = await store.list();
    expect(listed.ok && listed.value.map((stored) => stored.name)).toEqual(['original']);
  });

  it('remembers whether the default data is hidden', async () => {
    const store = await openUserStore();
    expect(await store.settings()).toEqual({ ok: true, value: { defaultHidden: false } });
    await store.saveSettings({ defaultHidden: true });
    expect(await (await openUserStore()).settings()).toEqual({ ok: true, value: { defaultHidden: true } });
  });
});

describe('when the browser refuses storage', () => {
  it('falls back to memory for the tab, with a warning to show', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const store = await openUserStore();
      expect(store.persistent).toBe(false);
      expect(store.warning).toMatch(/lasts only until you close this tab/);
      await store.add(dataset('a', 1));
      const listed = await store.list();
      expect(listed.ok && listed.value.map((stored) => stored.id)).toEqual(['a']);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('falls back to memory when opening the database throws at once, as a strict storage setting makes it', async () => {
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    const store = await openUserStore();
    expect(store.persistent).toBe(false);
    expect(store.warning).toMatch(/not letting the page keep data/);
  });

  it.each([
    ['QuotaExceededError', 'quota', /no room left/],
    ['InvalidStateError', 'unavailable', /not letting the page keep data/],
    ['SecurityError', 'unavailable', /not letting the page keep data/],
    ['AbortError', 'unknown', /could not save the data/],
  ])('describes %s as %s', (name, reason, message) => {
    const failure = describeStoreError(new DOMException('boom', name));
    expect(failure.reason).toBe(reason);
    expect(failure.message).toMatch(message);
  });

  it('the memory store keeps order and removes', async () => {
    const store = memoryStore();
    await store.add(dataset('b', 2));
    await store.add(dataset('a', 1));
    await store.remove('b');
    const listed = await store.list();
    expect(listed.ok && listed.value.map((stored) => stored.id)).toEqual(['a']);
  });
});

async function ids(store: UserStore): Promise<string[]> {
  const listed = await store.list();
  return listed.ok ? listed.value.map((stored) => stored.id) : [`list failed: ${listed.message}`];
}

/** The raw IndexedDB API, as an older version of the app (or another tab) uses it. */
function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens the database at `version` as the first release did: two stores, and no answer to a newer version's request. */
function openRaw(version: number, records: readonly unknown[] = []): Promise<IDBDatabase> {
  const opening = indexedDB.open(DB_NAME, version);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    const datasets = db.createObjectStore('datasets', { keyPath: 'id' });
    db.createObjectStore('settings');
    for (const record of records) datasets.add(record);
  };
  return request(opening);
}

async function rawRecords(db: IDBDatabase): Promise<unknown[]> {
  return request(db.transaction('datasets').objectStore('datasets').getAll());
}

const v0Fixture = (): Record<string, unknown> => JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'stored', 'v0-dataset.json'), 'utf8'));

describe('a store saved by an older version of the app', () => {
  it('is upgraded on opening: the format 0 dataset is listed, and rewritten in the current format', async () => {
    const old = await openRaw(1, [v0Fixture()]);
    old.close();
    const store = await openUserStore();
    expect(store.persistent).toBe(true);
    const listed = await store.list();
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.value.map((stored) => [stored.name, stored.inspections.length, stored.onDuplicate, stored.formatVersion])).toEqual([
      ['tidy-own-format.csv', 2, 'replace', STORED_FORMAT_VERSION],
    ]);
    const raw = await openRaw(DB_VERSION);
    expect(raw.version).toBe(DB_VERSION);
    expect(await rawRecords(raw)).toEqual([{ ...v0Fixture(), onDuplicate: 'replace', contentHash: '', formatVersion: STORED_FORMAT_VERSION }]);
    raw.close();
  });

  it('keeps a record it cannot read untouched, and lists the rest', async () => {
    const unreadable = { id: 'from-the-future', formatVersion: STORED_FORMAT_VERSION + 5, shape: 'unknown' };
    (await openRaw(1, [v0Fixture(), unreadable])).close();
    const store = await openUserStore();
    expect(await ids(store)).toEqual([v0Fixture().id]);
    const raw = await openRaw(DB_VERSION);
    expect(await rawRecords(raw)).toContainEqual(unreadable);
    raw.close();
  });

  it('while an older tab holds the database open, says so and works in memory; the upgrade runs once that tab closes', async () => {
    const olderTab = await openRaw(1, [v0Fixture()]);
    const blocked = await openUserStore();
    expect(blocked.persistent).toBe(false);
    expect(blocked.warning).toMatch(/open in another tab of this browser in an older version/);
    olderTab.close();
    // The held-back open finishes in the background; a reload then finds the upgraded data.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const reloaded = await openUserStore();
    expect(reloaded.persistent).toBe(true);
    expect(await ids(reloaded)).toEqual([v0Fixture().id]);
  });

  it('data from a newer version is left alone, with a warning', async () => {
    (await openRaw(DB_VERSION + 1, [{ ...v0Fixture(), formatVersion: STORED_FORMAT_VERSION + 1 }])).close();
    const store = await openUserStore();
    expect(store.persistent).toBe(false);
    expect(store.warning).toMatch(/saved by a newer version of Scrutiny Lens/);
    const raw = await openRaw(DB_VERSION + 1);
    expect(await rawRecords(raw)).toHaveLength(1);
    raw.close();
  });

  it('lets a newer version opened in another tab upgrade at once, and then asks for a reload', async () => {
    const store = await openUserStore();
    await store.add(dataset('kept', 1));
    const newer = indexedDB.open(DB_NAME, DB_VERSION + 1);
    let wasBlocked = false;
    newer.onblocked = () => {
      wasBlocked = true;
    };
    (await request(newer)).close();
    expect(wasBlocked).toBe(false);
    const after = await store.list();
    expect(!after.ok && after.message).toMatch(/updated in another tab of this browser\. Reload this page/);
  });
});

describe('two tabs at once', () => {
  it('a stale tab never brings back a dataset another tab removed', async () => {
    const first = await openUserStore();
    const second = await openUserStore();
    await first.add(dataset('shared', 1));
    // The second tab read its list before the removal and has not heard of it since.
    expect(await ids(second)).toEqual(['shared']);
    await first.remove('shared');
    // Everything the second tab might still do with its stale list in memory:
    expect((await second.add(dataset('second-tab-import', 2))).ok).toBe(true);
    expect((await second.saveSettings({ defaultHidden: true })).ok).toBe(true);
    expect((await second.remove('shared')).ok).toBe(true);
    expect(await ids(first)).toEqual(['second-tab-import']);
    expect(await ids(await openUserStore())).toEqual(['second-tab-import']);
  });

  it('both see each other’s imports on their next read', async () => {
    const first = await openUserStore();
    const second = await openUserStore();
    await first.add(dataset('from-first', 1));
    await second.add(dataset('from-second', 1));
    expect(await ids(first)).toEqual(await ids(second));
    expect(await ids(first)).toHaveLength(2);
  });
});
