// The user's datasets in IndexedDB (fake-indexeddb in Node): kept packed and given back whole, order kept, all-or-nothing
// saves, two tabs at once, and plain messages on failure. Stores from older releases: userStoreUpgrade.test.ts.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, describeStoreError, memoryStore, openUserStore } from '../../../src/data/userStore';
import { INSPECTIONS_PER_SLICE, type PackedInspections } from '../../../src/import/inspectionCodec';
import { importText } from '../../../src/import';
import { storedDataset } from '../../helpers/storedDatasets';
import { HISTORY_FILE, importOfsted } from '../import/helpers';
import {
  columnRecords,
  dataset,
  historyDataset,
  ids,
  openRaw,
  rawJoined,
  rawRecords,
  request,
  unpacked,
} from './storeHelpers';

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

  it('keeps a body kept as its own marked so, across openings, so it never counts as a local authority after a reload', async () => {
    const kept = importText(
      'kept.csv',
      'authority_name,inspection_date,judgement_area,grade\nTestshire Academy,2024-01-10,Overall effectiveness,Good\nWalsall,2024-01-10,Overall effectiveness,Good\n',
      'utf-8',
      { keepUnknownAuthorities: true },
    );
    if (!kept.ok) throw new Error('did not import');
    await (await openUserStore()).add(storedDataset('kept', 1, { inspections: kept.inspections }));
    const listed = await (await openUserStore()).list();
    expect(listed.ok && listed.value[0]?.inspections.map((inspection) => inspection.authority)).toEqual([
      { name: 'Testshire Academy', kind: 'other' },
      { name: 'Walsall', onsCode: 'E08000030', laNumber: '335', region: 'West Midlands' },
    ]);
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

describe('what IndexedDB holds', () => {
  it('gives back a real dataset exactly as it was added', async () => {
    const history = historyDataset('history', 1);
    expect(history.inspections.length).toBeGreaterThan(250);
    await (await openUserStore()).add(history);
    const listed = await (await openUserStore()).list();
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.value).toStrictEqual([history]);
  });

  it('keeps the inspections packed: a table of values in the record, each integer column a record of its own, no inspection objects', async () => {
    const history = historyDataset('history', 1);
    await (await openUserStore()).add(history);
    const raw = await openRaw(DB_VERSION);
    const [envelope] = (await rawRecords(raw)) as Array<
      Record<string, unknown> & { packedInspections: Record<string, unknown> }
    >;
    const [record] = (await rawJoined(raw)) as Array<{ packedInspections: PackedInspections }>;
    raw.close();
    expect(envelope).not.toHaveProperty('inspections');
    expect(envelope?.formatVersion).toBe(3);
    // The record itself holds no column: each is written (and read) on its own, so no single copy is big.
    expect(Object.values(envelope!.packedInspections).some((value) => value instanceof Int32Array)).toBe(false);
    const packed = record!.packedInspections;
    expect(packed.count).toBe(history.inspections.length);
    for (const column of [
      packed.authority,
      packed.date,
      packed.judgementStart,
      packed.judgementOutcome,
      packed.sourceLine,
    ])
      expect(column).toBeInstanceOf(Int32Array);
    // Each distinct authority, date, area and grade once, not once per inspection.
    expect(packed.values.length).toBeLessThan(history.inspections.length * 2);
    expect(unpacked(record)).toEqual(history.inspections);
  });

  it('removes a dataset with its columns, and leaves the others', async () => {
    const store = await openUserStore();
    await store.add(historyDataset('history', 1));
    await store.add({ ...historyDataset('kept', 2), inspections: importOfsted(HISTORY_FILE).inspections.slice(0, 5) });
    expect((await store.remove('history')).ok).toBe(true);
    const raw = await openRaw(DB_VERSION);
    const keys = (await request(raw.transaction('columns').objectStore('columns').getAllKeys())) as Array<
      [string, string]
    >;
    raw.close();
    expect(new Set(keys.map(([id]) => id))).toEqual(new Set(['kept']));
    expect(await ids(await openUserStore())).toEqual(['kept']);
  });

  it('gives back a dataset packed and rebuilt over several slices, beside a small one', async () => {
    const sheet = importOfsted(HISTORY_FILE).inspections;
    // The sheet over and over, each copy from its own rows, to go past one slice.
    const copies = Math.ceil((INSPECTIONS_PER_SLICE * 2.5) / sheet.length);
    const many = Array.from({ length: copies }, (_, copy) =>
      sheet.map((inspection) => ({
        ...inspection,
        sources: inspection.sources.map((source) => ({ ...source, line: source.line + copy * 1000 })),
      })),
    ).flat();
    const big = historyDataset('big', 2, many);
    const small = { ...dataset('small', 1), inspections: sheet.slice(0, 3) };
    const store = await openUserStore();
    expect((await store.add(big)).ok).toBe(true);
    expect((await store.add(small)).ok).toBe(true);
    const listed = await (await openUserStore()).list();
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.value.map((stored) => stored.inspections.length)).toEqual([3, many.length]);
    expect(listed.value).toStrictEqual([small, big]);
  });

  it('does not list a packed record whose values are damaged, and lists the rest', async () => {
    await (await openUserStore()).add(historyDataset('history', 1));
    const raw = await openRaw(DB_VERSION);
    const [record] = (await rawRecords(raw)) as Array<{ packedInspections: PackedInspections }>;
    raw.close();
    const damaged = {
      ...record,
      id: 'damaged',
      packedInspections: {
        ...record!.packedInspections,
        values: record!.packedInspections.values.map(() => '{not json'),
      },
    };
    const writing = await openRaw(DB_VERSION);
    // Its columns are whole: only the values are wrong.
    const copying = writing.transaction(['datasets', 'columns'], 'readwrite');
    const columns = copying.objectStore('columns');
    for (const [key, column] of await columnRecords(columns, 'history')) columns.put(column, ['damaged', key[1]]);
    await request(copying.objectStore('datasets').add(damaged));
    writing.close();
    expect(await ids(await openUserStore())).toEqual(['history']);
  });
});

describe('records already in the tab', () => {
  it('lists a dataset saved in this tab with the records it saved, not a copy rebuilt from its columns', async () => {
    const history = historyDataset('history', 1);
    const store = await openUserStore();
    await store.add(history);
    const listed = await store.list();
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.value[0]!.inspections).toBe(history.inspections);
    // Another tab has only the columns: it rebuilds the same records.
    const elsewhere = await (await openUserStore()).list();
    if (!elsewhere.ok) throw new Error(elsewhere.message);
    expect(elsewhere.value[0]!.inspections).not.toBe(history.inspections);
    expect(elsewhere.value[0]!.inspections).toStrictEqual(history.inspections);
  });

  it('rebuilds a dataset saved in another tab once, and reuses it on the next listing', async () => {
    await (await openUserStore()).add(historyDataset('history', 1));
    const store = await openUserStore();
    const first = await store.list();
    const second = await store.list();
    if (!first.ok || !second.ok) throw new Error('not listed');
    expect(second.value[0]!.inspections).toBe(first.value[0]!.inspections);
  });

  it('keeps a choice about clashes made in another tab, with the records it already has', async () => {
    const history = historyDataset('history', 1);
    const store = await openUserStore();
    await store.add(history);
    await (await openUserStore()).setDuplicateChoice('history', 'skip');
    const listed = await store.list();
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.value[0]!.onDuplicate).toBe('skip');
    expect(listed.value[0]!.inspections).toBe(history.inspections);
  });

  it('no longer lists a dataset another tab removed', async () => {
    const store = await openUserStore();
    await store.add(historyDataset('history', 1));
    await store.add(dataset('kept', 2));
    await (await openUserStore()).remove('history');
    expect(await ids(store)).toEqual(['kept']);
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
