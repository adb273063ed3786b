// The user's datasets in IndexedDB (fake-indexeddb in Node): order kept, all-or-nothing saves, plain messages on failure.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { STORED_FORMAT_VERSION, type StoredDataset } from '../../../src/data/storedDataset';
import { describeStoreError, memoryStore, migrate, openUserStore } from '../../../src/data/userStore';

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

describe('migrate', () => {
  it('brings an older stored shape up to the current version and keeps its records', () => {
    const old = { ...dataset('old', 1), formatVersion: 0 };
    const migrated = migrate(old);
    expect(migrated.formatVersion).toBe(STORED_FORMAT_VERSION);
    expect(migrated.id).toBe('old');
  });
});
