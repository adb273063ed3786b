// Whether this site has no database of ours at all, asked of the browser without opening one: then the store holds nothing.

/** The name of the user's store in IndexedDB (userStore.ts opens it). */
export const DB_NAME = 'scrutiny-lens';

let asked: Promise<boolean> | undefined;
let answer: boolean | undefined;

/**
 * True only when the browser lists this site's IndexedDB databases and ours is not among them: nothing has ever been
 * saved here, so the first screen can show the built-in data without waiting for the store to open (on a first visit,
 * when the store flag of storeFlag.ts is not yet written). Any doubt (no such API, an error) is false, which means
 * wait. Asked once per page, first by firstScreen.ts; the store, once open, creates the database and answers itself.
 */
export function storeAbsent(): Promise<boolean> {
  asked ??= databaseListed().then(
    (listed) => (answer = !listed),
    () => (answer = false),
  );
  return asked;
}

/** The answer, if the browser has given it already: so the page's first render need not wait a turn for it. */
export function storeAbsentSoFar(): boolean | undefined {
  return answer;
}

async function databaseListed(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  const databases = await indexedDB.databases();
  return databases.some((database) => database.name === DB_NAME);
}

/** Tests ask again with another browser state. */
export function forgetStoreAbsentForTests(): void {
  asked = undefined;
  answer = undefined;
}
