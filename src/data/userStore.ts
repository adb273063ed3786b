// The user's datasets in this browser's IndexedDB, or in memory for the tab when the browser refuses storage.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DEFAULT_SETTINGS, STORED_FORMAT_VERSION, type StoredDataset, type UserSettings } from './storedDataset';

const DB_NAME = 'scrutiny-lens';
const DB_VERSION = 1;

interface Schema extends DBSchema {
  datasets: { key: string; value: StoredDataset };
  settings: { key: string; value: UserSettings };
}

export type StoreFailure = { readonly ok: false; readonly reason: 'quota' | 'unavailable' | 'unknown'; readonly message: string };
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
  settings(): Promise<StoreResult<UserSettings>>;
  saveSettings(settings: UserSettings): Promise<StoreResult<void>>;
}

const SETTINGS_KEY = 'settings';

export function describeStoreError(error: unknown): StoreFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return { ok: false, reason: 'quota', message: 'Your browser has no room left to keep this data. Remove a dataset you no longer need, or free space in the browser, and try again.' };
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return { ok: false, reason: 'unavailable', message: 'This browser is not letting the page keep data (private browsing or a storage setting).' };
  }
  return { ok: false, reason: 'unknown', message: `The browser could not save the data (${error instanceof Error ? error.message : String(error)}).` };
}

async function attempt<T>(work: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return describeStoreError(error);
  }
}

/** Stored records from an older version of the app, brought up to the current shape. */
export function migrate(dataset: StoredDataset): StoredDataset {
  // Version 1 is the first stored shape; later versions add their steps here, oldest first.
  return dataset.formatVersion === STORED_FORMAT_VERSION ? dataset : { ...dataset, formatVersion: STORED_FORMAT_VERSION };
}

const byOrder = (a: StoredDataset, b: StoredDataset) => a.order - b.order;

function indexedDbStore(db: IDBPDatabase<Schema>): UserStore {
  return {
    persistent: true,
    list: () => attempt(async () => (await db.getAll('datasets')).map(migrate).sort(byOrder)),
    add: (dataset) =>
      attempt(async () => {
        const transaction = db.transaction('datasets', 'readwrite');
        // Awaited together: a failed add aborts the transaction, and both rejections must be handled.
        await Promise.all([transaction.store.add(dataset), transaction.done]);
      }),
    remove: (id) => attempt(() => db.delete('datasets', id)),
    settings: () => attempt(async () => ({ ...DEFAULT_SETTINGS, ...(await db.get('settings', SETTINGS_KEY)) })),
    saveSettings: (settings) => attempt(async () => void (await db.put('settings', settings, SETTINGS_KEY))),
  };
}

/** Same behaviour without persistence, so the app works when IndexedDB is missing or refused. */
export function memoryStore(warning?: string): UserStore {
  const datasets = new Map<string, StoredDataset>();
  let settings = DEFAULT_SETTINGS;
  return {
    persistent: false,
    ...(warning ? { warning } : {}),
    list: async () => ({ ok: true, value: [...datasets.values()].sort(byOrder) }),
    add: async (dataset) => {
      datasets.set(dataset.id, dataset);
      return { ok: true, value: undefined };
    },
    remove: async (id) => {
      datasets.delete(id);
      return { ok: true, value: undefined };
    },
    settings: async () => ({ ok: true, value: settings }),
    saveSettings: async (next) => {
      settings = next;
      return { ok: true, value: undefined };
    },
  };
}

/** Opens IndexedDB, falling back to memory with a warning the page shows. */
export async function openUserStore(): Promise<UserStore> {
  const unavailable = 'This browser is not letting the page keep data (private browsing or a storage setting), so what you import lasts only until you close this tab.';
  if (typeof indexedDB === 'undefined') return memoryStore(unavailable);
  try {
    const db = await openDB<Schema>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('datasets', { keyPath: 'id' });
        database.createObjectStore('settings');
      },
    });
    return indexedDbStore(db);
  } catch {
    return memoryStore(unavailable);
  }
}
