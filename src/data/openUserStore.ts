// The user's store, opened once per page: small on purpose, so the page's first script can start opening it early.
import type { UserStore } from './userStore';

let storePromise: Promise<UserStore> | undefined;

/**
 * One store per page: IndexedDB connections are long-lived and shared. Its code (IndexedDB, the stored formats and
 * their upgrades) is a chunk of its own, fetched when the store is first opened rather than with the first chart.
 */
export function userStore(): Promise<UserStore> {
  storePromise ??= import('./userStore').then((module) => module.openUserStore());
  return storePromise;
}

/** Tests replace the store (for example with one that refuses to save). */
export function replaceUserStore(store: Promise<UserStore> | undefined): void {
  storePromise = store;
}
