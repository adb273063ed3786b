// The user's datasets in this browser's IndexedDB, or in memory for the tab when the browser refuses storage.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Inspection } from '../domain';
import { packInspectionsInSlices, unpackInspectionsInSlices } from '../import';
import { migrate } from './migrateStored';
import { DB_NAME } from './storeAbsent';
import {
  columnsApart,
  joinRecord,
  packedFromStored,
  splitRecord,
  storedFromPacked,
  type ColumnKey,
  type ColumnName,
} from './storedColumns';
import { readSavedGroups, SAVED_GROUPS_KEY, type SavedGroup, type SavedGroups } from './savedGroups';
import { fromStoredProviderList, toStoredProviderList, type StoredProviderList } from './storedProviderList';
import {
  byImportOrder,
  byImportTime,
  DEFAULT_SETTINGS,
  STORED_FORMAT_VERSION,
  type DuplicateChoice,
  type StoredDataset,
  type StoredRecord,
  type UserSettings,
} from './storedDataset';

export { DB_NAME };
/**
 * 1: the first release, holding format 0 records (see migrateStored.ts). 2: every held dataset rewritten to the current
 * stored format in the upgrade itself, so the upgrade is one transaction: it completes, or the old data stays as it was.
 * 3: the same for format 2 (inspections packed, their columns kept as records of their own in a 'columns' store).
 * 4: the same for format 3 (a dataset saved with 'replace' as the default now keeps held records, and says so). A later
 * change of the stored format raises this again and rewrites in the same way. An older version of the app, asking for
 * a lower number, is refused by the browser and leaves the data be. 5: a 'providerLists' store for the provider lists
 * the user keeps (storedProviderList.ts), in a shape and version of their own; the datasets are not touched.
 */
export const DB_VERSION = 5;

interface Schema extends DBSchema {
  // Read as unknown: a record may come from an older version of the app, and migrate() checks it before use.
  datasets: { key: string; value: unknown };
  // The settings, and from this version the user's saved comparator groups under their own key (see savedGroups.ts):
  // read as unknown and checked, as datasets are.
  settings: { key: string; value: unknown };
  /** From version 3: each packed dataset's integer columns, one record each (see storedColumns.ts). */
  columns: { key: ColumnKey; value: unknown };
  /** From version 5: the user's provider lists, read as unknown and checked (see storedProviderList.ts). */
  providerLists: { key: string; value: unknown };
}

export type StoreFailure = {
  readonly ok: false;
  readonly reason: 'quota' | 'unavailable' | 'unknown';
  readonly message: string;
};
export type StoreResult<T> = { readonly ok: true; readonly value: T } | StoreFailure;

export interface UserStore {
  /** False when the browser refused storage: the data lasts until the tab closes. */
  readonly persistent: boolean;
  /** Why storage is not persistent, in words for the user. */
  readonly warning?: string;
  list(): Promise<StoreResult<StoredDataset[]>>;
  /** Saves the whole dataset in one transaction: afterwards the store holds all of it or none of it. */
  add(dataset: StoredDataset): Promise<StoreResult<void>>;
  remove(id: string): Promise<StoreResult<void>>;
  /** The user's choice for a held dataset's clashes with what was held before it; an earlier version's mark is cleared. */
  setDuplicateChoice(id: string, choice: DuplicateChoice): Promise<StoreResult<void>>;
  settings(): Promise<StoreResult<UserSettings>>;
  saveSettings(settings: UserSettings): Promise<StoreResult<void>>;
  /** The user's own comparator groups, checked on read. */
  groups(): Promise<StoreResult<SavedGroups>>;
  /** Replaces the list of groups in one step. */
  saveGroups(groups: readonly SavedGroup[]): Promise<StoreResult<void>>;
  /** The provider lists the user kept, oldest import first; a record this version cannot read is left, not listed. */
  providerLists(): Promise<StoreResult<StoredProviderList[]>>;
  addProviderList(list: StoredProviderList): Promise<StoreResult<void>>;
  removeProviderList(id: string): Promise<StoreResult<void>>;
}

const SETTINGS_KEY = 'settings';

export function describeStoreError(error: unknown): StoreFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return {
      ok: false,
      reason: 'quota',
      message:
        'Your browser has no room left to keep this data. Remove a file you hold and no longer need, or free space in the browser, and try again.',
    };
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return {
      ok: false,
      reason: 'unavailable',
      message: 'This browser is not letting the page keep data (private browsing or a storage setting).',
    };
  }
  return {
    ok: false,
    reason: 'unknown',
    message: `The browser could not save the data (${error instanceof Error ? error.message : String(error)}).`,
  };
}

async function attempt<T>(work: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return describeStoreError(error);
  }
}

/** The dataset as IndexedDB keeps it, packed a slice at a time so the page keeps answering while a big one is packed. */
async function toRecord(dataset: StoredDataset): Promise<StoredRecord> {
  const { inspections, ...rest } = dataset;
  return {
    ...rest,
    formatVersion: STORED_FORMAT_VERSION,
    packedInspections: storedFromPacked(await packInspectionsInSlices(inspections)),
  };
}

/**
 * The inspections of each dataset this tab has saved or read, by its id. A dataset's columns never change once written
 * (a choice about clashes rewrites its envelope alone, and ids are never reused), so a dataset listed again, as every
 * change to the store makes it, is not rebuilt from its columns: after an import of a quarter of a million inspections,
 * that rebuilding was the page's longest stall, and it held a second copy of every record.
 */
type Unpacked = Map<string, readonly Inspection[]>;

async function toDataset(record: StoredRecord, unpacked: Unpacked): Promise<StoredDataset> {
  const { packedInspections, ...rest } = record;
  const known = unpacked.get(record.id);
  if (known && known.length === packedInspections.count) return { ...rest, inspections: known };
  const inspections = await unpackInspectionsInSlices(packedFromStored(packedInspections));
  unpacked.set(record.id, inspections);
  return { ...rest, inspections };
}

/** Every dataset record, each with its columns put back, read one value at a time (see storedColumns.ts for why). */
async function readRecords(db: IDBPDatabase<Schema>): Promise<unknown[]> {
  const transaction = db.transaction(['datasets', 'columns'], 'readonly');
  const records: unknown[] = [];
  for (const raw of await transaction.objectStore('datasets').getAll()) {
    const names = columnsApart(raw);
    if (!names || typeof raw !== 'object' || raw === null) {
      records.push(raw);
      continue;
    }
    const id = (raw as { id?: unknown }).id;
    const columns = new Map<ColumnName, unknown>();
    for (const name of names)
      columns.set(name, typeof id === 'string' ? await transaction.objectStore('columns').get([id, name]) : undefined);
    records.push(joinRecord(raw, columns));
  }
  await transaction.done;
  return records;
}

/** The columns of dataset `id`, whatever they are called. */
const columnsOf = (id: string) => IDBKeyRange.bound([id], [id, []]);

/** The stored records this version can read, in import order. One it cannot is left untouched in storage, only not listed. */
async function readable(records: readonly unknown[], unpacked: Unpacked): Promise<StoredDataset[]> {
  const current = records.flatMap((record) => {
    const migrated = migrate(record);
    return migrated.ok ? [migrated.record] : [];
  });
  // Datasets no longer held (removed in another tab, say) are forgotten here too.
  const held = new Set(current.map((record) => record.id));
  for (const id of unpacked.keys()) if (!held.has(id)) unpacked.delete(id);
  const datasets: StoredDataset[] = [];
  for (const record of current.sort(byImportOrder)) {
    try {
      datasets.push(await toDataset(record, unpacked));
    } catch {
      // Values that do not parse: a damaged record, not listed, like one that cannot be read at all.
    }
  }
  return datasets;
}

/** Whether this tab closed its connection so that a newer version of the app, opened in another tab, could upgrade. */
interface Connection {
  replaced: boolean;
}

const REPLACED: StoreFailure = {
  ok: false,
  reason: 'unavailable',
  message:
    'Scrutiny Lens was updated in another tab of this browser. Reload this page to carry on with the data you saved.',
};

/**
 * Every write is one record: a dataset added whole, or one removed by its id. No write ever puts back a list the tab
 * holds in memory, so a tab that has not yet heard of a removal elsewhere can never bring the removed dataset back.
 */
function indexedDbStore(db: IDBPDatabase<Schema>, connection: Connection): UserStore {
  const guarded = async <T>(work: () => Promise<T>): Promise<StoreResult<T>> => {
    if (connection.replaced) return REPLACED;
    const result = await attempt(work);
    // Packing and unpacking take a while: a newer tab may have taken the database meanwhile, and that is why this failed.
    return !result.ok && connection.replaced ? REPLACED : result;
  };
  const unpacked: Unpacked = new Map();
  return {
    persistent: true,
    list: () => guarded(async () => readable(await readRecords(db), unpacked)),
    add: (dataset) =>
      guarded(async () => {
        // Packed before the transaction opens: a transaction left waiting while the page pauses would commit early.
        const { envelope, columns } = splitRecord(await toRecord(dataset));
        const transaction = db.transaction(['datasets', 'columns'], 'readwrite');
        const done = transaction.done;
        // Awaited below; observed here too, so a failure before that point is never left unhandled.
        done.catch(() => undefined);
        try {
          await transaction.objectStore('datasets').add(envelope);
          // One column per write, each when the one before has been taken: one transaction, so all or nothing.
          for (const [name, column] of columns)
            await transaction.objectStore('columns').put(column, [dataset.id, name]);
          await done;
        } catch (error) {
          // A refused write aborts the transaction; its own error says why (no room left, say) better than the request's.
          throw transaction.error ?? error;
        }
        // Saved whole: what the columns now hold is exactly these records.
        unpacked.set(dataset.id, dataset.inspections);
      }),
    remove: (id) =>
      guarded(async () => {
        const transaction = db.transaction(['datasets', 'columns'], 'readwrite');
        await Promise.all([
          transaction.objectStore('datasets').delete(id),
          transaction.objectStore('columns').delete(columnsOf(id)),
          transaction.done,
        ]);
        unpacked.delete(id);
      }),
    setDuplicateChoice: (id, choice) =>
      guarded(async () => {
        // The envelope alone changes: the columns, the bulk of a big dataset, are not read or written again.
        const transaction = db.transaction('datasets', 'readwrite');
        const envelope = await transaction.store.get(id);
        if (typeof envelope !== 'object' || envelope === null)
          throw new Error('This dataset is no longer held in this browser (it may have been removed in another tab).');
        await transaction.store.put(withChoice(envelope, choice));
        await transaction.done;
      }),
    settings: () =>
      guarded(async () => ({
        ...DEFAULT_SETTINGS,
        ...((await db.get('settings', SETTINGS_KEY)) as Partial<UserSettings> | undefined),
      })),
    saveSettings: (settings) => guarded(async () => void (await db.put('settings', settings, SETTINGS_KEY))),
    groups: () => guarded(async () => readSavedGroups(await db.get('settings', SAVED_GROUPS_KEY))),
    saveGroups: (groups) => guarded(async () => void (await db.put('settings', [...groups], SAVED_GROUPS_KEY))),
    providerLists: () => guarded(async () => readableLists(await db.getAll('providerLists'))),
    addProviderList: (list) => guarded(async () => void (await db.add('providerLists', toStoredProviderList(list)))),
    removeProviderList: (id) => guarded(async () => void (await db.delete('providerLists', id))),
  };
}

function readableLists(records: readonly unknown[]): StoredProviderList[] {
  return records
    .flatMap((record) => {
      const read = fromStoredProviderList(record);
      return read.ok ? [read.list] : [];
    })
    .sort(byImportTime);
}

/** A dataset (or its envelope) with the user's choice for clashes, and no earlier version's mark. */
function withChoice<T extends object>(record: T, choice: DuplicateChoice): T {
  const { upgradedFromReplace: _asked, ...rest } = record as T & { upgradedFromReplace?: unknown };
  return { ...rest, onDuplicate: choice } as T;
}

/** Brings every held dataset to the current format, inside the upgrade's own transaction. */
async function rewriteDatasets(
  transaction: IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>,
): Promise<void> {
  let cursor = await transaction.objectStore('datasets').openCursor();
  while (cursor) {
    // A record of database 3 keeps its columns apart: put back before it is checked and upgraded.
    const names = columnsApart(cursor.value);
    let raw: unknown = cursor.value;
    if (names && typeof raw === 'object' && raw !== null) {
      const id = (raw as { id?: unknown }).id;
      const columns = new Map<ColumnName, unknown>();
      for (const name of names)
        columns.set(
          name,
          typeof id === 'string' ? await transaction.objectStore('columns').get([id, name]) : undefined,
        );
      raw = joinRecord(raw, columns);
    }
    // Packing here is done at once, not in slices: the upgrade's transaction would commit during a pause.
    const migrated = migrate(raw);
    // A record that cannot be read is kept exactly as it was: never lost, only not shown.
    if (migrated.ok && migrated.changed) {
      const { envelope, columns } = splitRecord(migrated.record);
      await cursor.update(envelope);
      for (const [name, column] of columns)
        await transaction.objectStore('columns').put(column, [migrated.record.id, name]);
    }
    cursor = await cursor.continue();
  }
}

/** Same behaviour without persistence, so the app works when IndexedDB is missing or refused. */
export function memoryStore(warning?: string): UserStore {
  const datasets = new Map<string, StoredDataset>();
  let settings = DEFAULT_SETTINGS;
  let groups: readonly SavedGroup[] = [];
  const lists = new Map<string, StoredProviderList>();
  return {
    persistent: false,
    ...(warning ? { warning } : {}),
    list: async () => ({ ok: true, value: [...datasets.values()].sort(byImportOrder) }),
    add: async (dataset) => {
      datasets.set(dataset.id, dataset);
      return { ok: true, value: undefined };
    },
    remove: async (id) => {
      datasets.delete(id);
      return { ok: true, value: undefined };
    },
    setDuplicateChoice: async (id, choice) => {
      const dataset = datasets.get(id);
      if (dataset) datasets.set(id, withChoice(dataset, choice));
      return { ok: true, value: undefined };
    },
    settings: async () => ({ ok: true, value: settings }),
    saveSettings: async (next) => {
      settings = next;
      return { ok: true, value: undefined };
    },
    groups: async () => ({ ok: true, value: { groups, unreadable: 0 } }),
    saveGroups: async (next) => {
      groups = [...next];
      return { ok: true, value: undefined };
    },
    providerLists: async () => ({ ok: true, value: [...lists.values()].sort(byImportTime) }),
    addProviderList: async (list) => {
      lists.set(list.id, list);
      return { ok: true, value: undefined };
    },
    removeProviderList: async (id) => {
      lists.delete(id);
      return { ok: true, value: undefined };
    },
  };
}

const UNAVAILABLE =
  'This browser is not letting the page keep data (private browsing or a storage setting), so what you import lasts only until you close this tab.';
const OLDER_TAB =
  'Scrutiny Lens is open in another tab of this browser in an older version, which holds the saved data. Close that tab and reload this page to see your saved data; until then, what you import here lasts only until you close this tab.';
const NEWER_DATA =
  'The data kept in this browser was saved by a newer version of Scrutiny Lens, so this page leaves it as it is. What you import here lasts only until you close this tab.';

/** The open request as a promise, rejected (not thrown) when a browser refuses storage by throwing at once. */
async function requestDatabase(connection: Connection, onBlocked: () => void): Promise<IDBPDatabase<Schema>> {
  const db = await openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        database.createObjectStore('datasets', { keyPath: 'id' });
        database.createObjectStore('settings');
      }
      if (oldVersion < 3) database.createObjectStore('columns');
      if (oldVersion < 5) database.createObjectStore('providerLists', { keyPath: 'id' });
      // Any older database: its records brought to the current format. A failed rewrite aborts the upgrade's
      // transaction: the open fails and the old data stays as it was.
      if (oldVersion >= 1) rewriteDatasets(transaction).catch(() => undefined);
    },
    // An older tab that does not let go of the database (versions before 2 did not) holds the upgrade back.
    blocked: onBlocked,
    // A newer version opened in another tab: let it upgrade at once (synchronously, or it counts as blocked).
    blocking() {
      connection.replaced = true;
      db.close();
    },
  });
  return db;
}

/** Opens IndexedDB (upgrading what an older version kept), falling back to memory with a warning the page shows. */
export async function openUserStore(): Promise<UserStore> {
  if (typeof indexedDB === 'undefined') return memoryStore(UNAVAILABLE);
  const connection: Connection = { replaced: false };
  let reportBlocked = () => {};
  const blocked = new Promise<'blocked'>((resolve) => {
    reportBlocked = () => resolve('blocked');
  });
  const opening = requestDatabase(connection, () => reportBlocked());
  try {
    const db = await Promise.race([opening, blocked]);
    if (db === 'blocked') {
      // The open finishes, and upgrades, once the older tab closes; this page has moved on without it.
      opening.then(
        (late) => late.close(),
        () => undefined,
      );
      return memoryStore(OLDER_TAB);
    }
    return indexedDbStore(db, connection);
  } catch (error) {
    return memoryStore(error instanceof DOMException && error.name === 'VersionError' ? NEWER_DATA : UNAVAILABLE);
  }
}
