// Which authorities the comparator picker offers, how a search narrows them, and the region quick pick.
import { normaliseAuthorityName, type Dataset } from '../../domain';

export interface ComparatorChoice {
  readonly key: string;
  readonly name: string;
  readonly region: string | undefined;
  readonly noLongerExists: boolean;
}

/** Every authority but the chosen one, by name; former authorities stay choosable for past dates. */
export function comparatorChoices(dataset: Dataset, authorityKey: string): ComparatorChoice[] {
  const choices: ComparatorChoice[] = [];
  for (const [key, authority] of dataset.authorities) {
    if (key === authorityKey) continue;
    choices.push({
      key,
      name: authority.name,
      region: authority.region?.trim() || undefined,
      noLongerExists: authority.noLongerExists === true,
    });
  }
  return choices.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/**
 * Each word typed must start a word of the name or region, or match the code, so "west mid" finds the
 * West Midlands and "tel" finds Telford & Wrekin; "&" and "and" are the same.
 */
export function searchChoices(choices: readonly ComparatorChoice[], query: string): ComparatorChoice[] {
  const words = normaliseAuthorityName(query)
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0) return [...choices];
  return choices.filter((choice) => {
    const haystack = normaliseAuthorityName(`${choice.name} ${choice.region ?? ''}`).split(' ');
    return words.every((word) => haystack.some((part) => part.startsWith(word)) || choice.key.toLowerCase() === word);
  });
}

/** The current authorities of a region, not already chosen: what "Add all in <region>" adds. */
export function regionAdditions(
  choices: readonly ComparatorChoice[],
  region: string | undefined,
  chosen: readonly string[],
): string[] {
  if (!region) return [];
  const already = new Set(chosen);
  return choices
    .filter((choice) => choice.region === region && !choice.noLongerExists && !already.has(choice.key))
    .map((choice) => choice.key);
}

/** "12 authorities match “west”." for the live region under the search box. */
export function matchMessage(matches: number, query: string): string {
  const noun = matches === 1 ? 'authority matches' : 'authorities match';
  if (query.trim() === '') return `${matches} authorities to choose from.`;
  if (matches === 0) return `No authorities match “${query.trim()}”. Try fewer letters.`;
  return `${matches} ${noun} “${query.trim()}”.`;
}
