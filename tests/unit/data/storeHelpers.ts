// What the store tests share: small datasets, and the raw IndexedDB API as an older release (or another tab) uses it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredDataset } from '../../../src/data/storedDataset';
import { DB_NAME, type UserStore } from '../../../src/data/userStore';
import type { Inspection } from '../../../src/domain';
import { inspectionDecoder, type PackedInspections } from '../../../src/import/inspectionCodec';
import { storedDataset } from '../../helpers/storedDatasets';
import { HISTORY_FILE, importOfsted } from '../import/helpers';

export const dataset = (id: string, order: number): StoredDataset => storedDataset(id, order);

/** Ofsted's real history sheet as a dataset the user imported. */
export function historyDataset(
  id: string,
  order: number,
  inspections: readonly Inspection[] = importOfsted(HISTORY_FILE).inspections,
): StoredDataset {
  return {
    ...dataset(id, order),
    name: HISTORY_FILE,
    sourceFile: HISTORY_FILE,
    format: 'ofsted-wide',
    onDuplicate: 'skip',
    inspections,
  };
}

/** A stored record's inspections, rebuilt here rather than by the store. */
export const unpacked = (record: unknown): Inspection[] => {
  const packed = (record as { packedInspections: PackedInspections }).packedInspections;
  return inspectionDecoder(packed)(0, packed.count);
};

export async function ids(store: UserStore): Promise<string[]> {
  const listed = await store.list();
  return listed.ok ? listed.value.map((stored) => stored.id) : [`list failed: ${listed.message}`];
}

/** The raw IndexedDB API, as an older version of the app (or another tab) uses it. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens the database at `version` as the first release did: two stores, and no answer to a newer version's request. */
export function openRaw(version: number, records: readonly unknown[] = []): Promise<IDBDatabase> {
  const opening = indexedDB.open(DB_NAME, version);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    const datasets = db.createObjectStore('datasets', { keyPath: 'id' });
    db.createObjectStore('settings');
    for (const record of records) datasets.add(record);
  };
  return request(opening);
}

/** A dataset as a release with a 'columns' store wrote it: the envelope, and each column as a list of numbers. */
export interface SplitFixture {
  readonly envelope: { readonly id: string; readonly packedInspections: Record<string, unknown> } & Record<
    string,
    unknown
  >;
  readonly columns: Record<string, number[]>;
}

/**
 * Opens the database at `version` (3 or later) as a release of that version left it: a 'columns' store beside the
 * first two, and each record's envelope and columns written apart, as that release wrote them.
 */
export function openRawSplit(version: number, stored: readonly SplitFixture[]): Promise<IDBDatabase> {
  const opening = indexedDB.open(DB_NAME, version);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    const datasets = db.createObjectStore('datasets', { keyPath: 'id' });
    db.createObjectStore('settings');
    const columns = db.createObjectStore('columns');
    for (const { envelope, columns: written } of stored) {
      datasets.add(envelope);
      for (const [name, values] of Object.entries(written)) columns.put(Int32Array.from(values), [envelope.id, name]);
    }
  };
  return request(opening);
}

/** Opens database 3 as the release before packed columns got their own codec left it, holding one dataset. */
export const openRawV3 = (stored: SplitFixture): Promise<IDBDatabase> => openRawSplit(3, [stored]);

export async function rawRecords(db: IDBDatabase): Promise<unknown[]> {
  return request(db.transaction('datasets').objectStore('datasets').getAll());
}

/** Dataset `id`'s column records as stored: [key, column] pairs. */
export async function columnRecords(store: IDBObjectStore, id: string): Promise<Array<[[string, string], unknown]>> {
  const range = IDBKeyRange.bound([id], [id, []]);
  const [keys, values] = await Promise.all([request(store.getAllKeys(range)), request(store.getAll(range))]);
  return (keys as Array<[string, string]>).map((key, i) => [key, values[i]]);
}

/** The dataset records with the columns kept apart put back in, joined here rather than by the store. */
export async function rawJoined(db: IDBDatabase): Promise<unknown[]> {
  const records = (await rawRecords(db)) as Array<{ id: string; packedInspections?: Record<string, unknown> }>;
  const joined: unknown[] = [];
  for (const record of records) {
    const columns = await columnRecords(db.transaction('columns').objectStore('columns'), record.id);
    const { columnsApart: _names, ...packed } = record.packedInspections ?? {};
    joined.push({
      ...record,
      packedInspections: { ...packed, ...Object.fromEntries(columns.map(([key, column]) => [key[1], column])) },
    });
  }
  return joined;
}

const storedFixture = (name: string) => (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'stored', name), 'utf8'));
export const v0Fixture = storedFixture('v0-dataset.json');
export const v1Fixture = storedFixture('v1-dataset.json');
export const v2Fixture = storedFixture('v2-dataset.json') as unknown as () => SplitFixture;
/** Format 3 as database 4 keeps it, with the inspections the importer gave when each was saved. */
export const v3Fixtures = (): Array<SplitFixture & { readonly inspections: unknown[] }> =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'stored', 'v3-datasets.json'), 'utf8'));
