// Stores saved by older releases of the app (fake-indexeddb in Node): upgraded on opening, unreadable records left as
// they were, an older tab holding the database open, and data from a newer release left alone.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { STORED_FORMAT_VERSION } from '../../../src/data/storedDataset';
import { DB_NAME, DB_VERSION, openUserStore } from '../../../src/data/userStore';
import {
  dataset,
  ids,
  openRaw,
  openRawSplit,
  openRawV3,
  rawJoined,
  rawRecords,
  request,
  unpacked,
  v0Fixture,
  v1Fixture,
  v2Fixture,
  v3Fixtures,
} from './storeHelpers';

beforeEach(() => {
  // A fresh, empty browser database for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('a store saved by an older version of the app', () => {
  // What each older release listed from its own record: format 0 gained a duplicate choice and an empty hash on reading;
  // it always let the later file win, so it is now marked to ask the user again, with held records winning meanwhile.
  it.each([
    [
      'the first release (database 1, format 0)',
      1,
      v0Fixture,
      { onDuplicate: 'skip', upgradedFromReplace: true, contentHash: '' },
    ],
    ['the release before packing (database 2, format 1)', 2, v1Fixture, {}],
  ])(
    'from %s is upgraded on opening: listed as before, and rewritten packed',
    async (_release, version, fixture, added) => {
      (await openRaw(version, [fixture()])).close();
      const store = await openUserStore();
      expect(store.persistent).toBe(true);
      const listed = await store.list();
      if (!listed.ok) throw new Error(listed.message);
      expect(listed.value).toStrictEqual([{ ...fixture(), ...added, formatVersion: 3 }]);

      const raw = await openRaw(DB_VERSION);
      expect(raw.version).toBe(5);
      const records = await rawJoined(raw);
      raw.close();
      const { inspections, ...envelope } = fixture();
      expect(records).toEqual([
        {
          ...envelope,
          ...added,
          formatVersion: 3,
          packedInspections: expect.objectContaining({ authority: expect.any(Int32Array) }),
        },
      ]);
      expect(unpacked(records[0])).toEqual(inspections);
    },
  );

  it("from the release before this one (database 3, format 2), saved with 'replace': keeps held records again, says so, and rewrites only that", async () => {
    const fixture = v2Fixture();
    expect(fixture.envelope.onDuplicate).toBe('replace');
    (await openRawV3(fixture)).close();
    const store = await openUserStore();
    const listed = await store.list();
    if (!listed.ok) throw new Error(listed.message);
    expect(
      listed.value.map(({ id, onDuplicate, upgradedFromReplace, formatVersion }) => ({
        id,
        onDuplicate,
        upgradedFromReplace,
        formatVersion,
      })),
    ).toEqual([{ id: fixture.envelope.id, onDuplicate: 'skip', upgradedFromReplace: true, formatVersion: 3 }]);
    expect(
      listed.value[0]!.inspections.map(
        (inspection) => `${inspection.authority.onsCode} ${inspection.judgements.length}`,
      ),
    ).toEqual(['E08000030 1']);

    // Rewritten in the upgrade itself: the envelope upgraded, the columns exactly as they were.
    const raw = await openRaw(DB_VERSION);
    expect(raw.version).toBe(5);
    const [record] = (await rawJoined(raw)) as Array<
      Record<string, unknown> & { packedInspections: Record<string, unknown> }
    >;
    raw.close();
    const { packedInspections: _packed, ...envelope } = fixture.envelope;
    const { packedInspections, ...rest } = record!;
    expect(rest).toEqual({ ...envelope, onDuplicate: 'skip', upgradedFromReplace: true, formatVersion: 3 });
    for (const [name, values] of Object.entries(fixture.columns))
      expect(packedInspections[name], name).toEqual(Int32Array.from(values));
  });

  it('of the release before provider lists (database 4, format 3) opens with every dataset listed as it was saved, and nothing rewritten', async () => {
    const fixtures = v3Fixtures();
    (await openRawSplit(4, fixtures)).close();
    const store = await openUserStore();
    const listed = await store.list();
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.value.map(({ inspections, ...envelope }) => ({ envelope, inspections }))).toEqual(
      fixtures.map(({ envelope: { packedInspections: _packed, ...envelope }, inspections }) => ({
        envelope,
        inspections,
      })),
    );

    const raw = await openRaw(DB_VERSION);
    const records = (await rawJoined(raw)) as Array<{ id: string; packedInspections: Record<string, unknown> }>;
    raw.close();
    for (const fixture of fixtures) {
      const record = records.find((candidate) => candidate.id === fixture.envelope.id)!;
      for (const [name, values] of Object.entries(fixture.columns))
        expect(record.packedInspections[name], name).toEqual(Int32Array.from(values));
    }
  });

  it('once the user chooses again, keeps that choice after a reload and drops the mark', async () => {
    const fixture = v2Fixture();
    (await openRawV3(fixture)).close();
    const store = await openUserStore();
    expect((await store.setDuplicateChoice(fixture.envelope.id, 'replace')).ok).toBe(true);
    const reopened = await openUserStore();
    const listed = await reopened.list();
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.value[0]!.onDuplicate).toBe('replace');
    expect(listed.value[0]).not.toHaveProperty('upgradedFromReplace');
    expect(listed.value[0]!.inspections).toHaveLength(1);
  });

  it('keeps a record it cannot read untouched, and lists the rest', async () => {
    const unreadable = { id: 'from-the-future', formatVersion: STORED_FORMAT_VERSION + 5, shape: 'unknown' };
    // Format 1 whose inspections the app never wrote: packing it fails, which must not stop the upgrade.
    const damaged = { ...v1Fixture(), id: 'damaged', inspections: [{ authority: 'Walsall' }] };
    (await openRaw(2, [v1Fixture(), unreadable, damaged])).close();
    const store = await openUserStore();
    expect(await ids(store)).toEqual([v1Fixture().id]);
    const raw = await openRaw(DB_VERSION);
    const records = await rawRecords(raw);
    raw.close();
    expect(records).toContainEqual(unreadable);
    expect(records).toContainEqual(damaged);
    expect(records).toHaveLength(3);
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
