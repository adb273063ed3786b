// Two facts about the user's store, kept where the page can read them at once (localStorage), so the first screen
// need not wait for IndexedDB when the store holds nothing to show: whether it holds any saved dataset, and whether
// the built-in data is hidden. It holds no data. Absent or unreadable means "wait for the store", and a change is
// marked before it is saved, so a flag that is wrong errs towards waiting, never towards a screen without the user's
// files.

const KEY = 'scrutiny-lens:store-holds';

export interface StoreFlag {
  readonly holdsData: boolean;
  readonly hidesDefault: boolean;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Some browsers refuse localStorage itself when site data is blocked.
    return undefined;
  }
}

export function readStoreFlag(): StoreFlag | undefined {
  try {
    const text = storage()?.getItem(KEY);
    if (!text) return undefined;
    const flag = JSON.parse(text) as Partial<StoreFlag>;
    return typeof flag.holdsData === 'boolean' && typeof flag.hidesDefault === 'boolean'
      ? { holdsData: flag.holdsData, hidesDefault: flag.hidesDefault }
      : undefined;
  } catch {
    return undefined;
  }
}

/** What the store holds, as just read from it. */
export function writeStoreFlag(flag: StoreFlag): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ holdsData: flag.holdsData, hidesDefault: flag.hidesDefault }));
  } catch {
    // No room, or storage refused: the flag is then absent or old, and a change below marks it before saving.
  }
}

/**
 * Before a change that may make the store hold data or hide the built-in data: the flag says so first. A fact not
 * known is taken as true, which means wait.
 */
export function markStoreChanging(change: Partial<StoreFlag>): void {
  const known = readStoreFlag();
  writeStoreFlag({
    holdsData: change.holdsData ?? known?.holdsData ?? true,
    hidesDefault: change.hidesDefault ?? known?.hidesDefault ?? true,
  });
}

/** The store is known to hold nothing that would change the first screen: the built-in data can be shown at once. */
export function storeHoldsNothing(): boolean {
  const flag = readStoreFlag();
  return flag !== undefined && !flag.holdsData && !flag.hidesDefault;
}
