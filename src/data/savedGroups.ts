// The user's own comparator groups as kept in the browser: a name and the authorities' ONS codes, checked on every read
// because the store may hold what an older or newer version, or another tab, wrote.
import { registeredByCode } from '../domain';

export interface SavedGroup {
  readonly name: string;
  /** Each authority's current ONS code in the register, in the order the list gave them. */
  readonly codes: readonly string[];
  /** ISO time it was saved. */
  readonly savedAt: string;
}

export interface SavedGroups {
  readonly groups: readonly SavedGroup[];
  /** Entries kept in the store that could not be read: left there untouched, and counted so the page can say so. */
  readonly unreadable: number;
}

export const NO_SAVED_GROUPS: SavedGroups = { groups: [], unreadable: 0 };

/** The settings store's key for the groups: beside the settings, so no new object store (and no database upgrade) is needed. */
export const SAVED_GROUPS_KEY = 'comparatorGroups';

function readGroup(raw: unknown): SavedGroup | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { name, codes, savedAt } = raw as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '' || typeof savedAt !== 'string' || !Array.isArray(codes))
    return undefined;
  if (codes.length === 0 || !codes.every((code) => typeof code === 'string' && registeredByCode(code) !== undefined))
    return undefined;
  return { name, codes: codes as string[], savedAt };
}

/** What the store holds under the key, as groups; anything unreadable is counted, never guessed at. */
export function readSavedGroups(raw: unknown): SavedGroups {
  if (raw === undefined) return NO_SAVED_GROUPS;
  if (!Array.isArray(raw)) return { groups: [], unreadable: 1 };
  const groups = raw.map(readGroup);
  const readable = groups.filter((group): group is SavedGroup => group !== undefined);
  return { groups: readable, unreadable: groups.length - readable.length };
}

/** The groups after saving one: a group of the same name (any case) is replaced, as a file of the same name would be. */
export function withGroup(groups: readonly SavedGroup[], group: SavedGroup): SavedGroup[] {
  const key = group.name.trim().toLowerCase();
  return [...groups.filter((other) => other.name.trim().toLowerCase() !== key), group].sort((a, b) =>
    a.name.localeCompare(b.name, 'en-GB'),
  );
}
