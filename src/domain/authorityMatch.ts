// Which registered authority a file's name and code mean, or why neither can be trusted; and the names closest to a
// name we do not know, to offer instead.
import { normaliseAuthorityName } from './authority';
import { AUTHORITY_REGISTER, registeredByCode, registeredByName, type RegisteredAuthority } from './authorityRegister';

export type AuthorityMatch =
  /** `nameUnknown`: the code was known and the name is none we know for any authority (a warning, not an error). */
  | { readonly kind: 'known'; readonly authority: RegisteredAuthority; readonly nameUnknown?: boolean }
  /** Neither the name nor the code is one we know. */
  | { readonly kind: 'unknown'; readonly suggestions: readonly string[] }
  /** The name is an authority's and the code another's, or a code we do not know. */
  | {
      readonly kind: 'disagree';
      readonly byName: RegisteredAuthority;
      readonly byCode: RegisteredAuthority | undefined;
    };

/** `code` is an ONS code or DfE LA number already checked for shape, or ''. */
export function matchAuthority(name: string, code: string): AuthorityMatch {
  const byName = name === '' ? undefined : registeredByName(name);
  const byCode = code === '' ? undefined : registeredByCode(code);
  if (byName && code !== '' && byName !== byCode) return { kind: 'disagree', byName, byCode };
  const authority = byName ?? byCode;
  if (authority)
    return name !== '' && !byName ? { kind: 'known', authority, nameUnknown: true } : { kind: 'known', authority };
  return { kind: 'unknown', suggestions: name === '' ? [] : closestAuthorityNames(name) };
}

interface Candidate {
  readonly key: string;
  readonly authority: RegisteredAuthority;
}

const CANDIDATES: readonly Candidate[] = AUTHORITY_REGISTER.flatMap((authority) =>
  [...new Set(authority.names.map(normaliseAuthorityName))].map((key) => ({ key, authority })),
);

/** Names longer than this are no authority's misspelling: we do not look for one. */
const LONGEST_NAME = 60;

/**
 * Up to `count` registered names nearest to `name` by edit distance between normalised names (at most a third of the
 * name's letters apart, and at least two), nearest first; an authority is offered once, by its own name. A name that
 * holds a registered name whole ("Walsall Children's Services") is offered that authority too. Fast enough for once per
 * distinct cell: names differing in length by more than the limit are never compared, and each comparison stops as soon
 * as it cannot come within the limit.
 */
export function closestAuthorityNames(name: string, count = 3): string[] {
  const key = normaliseAuthorityName(name);
  if (key === '' || key.length > LONGEST_NAME) return [];
  const limit = Math.max(2, Math.floor(key.length / 3));
  const scored = new Map<RegisteredAuthority, number>();
  for (const candidate of CANDIDATES) {
    const distance =
      key.includes(candidate.key) && candidate.key.length >= 4 ? 0.5 : editDistanceWithin(key, candidate.key, limit);
    if (distance === undefined) continue;
    const best = scored.get(candidate.authority);
    if (best === undefined || distance < best) scored.set(candidate.authority, distance);
  }
  return [...scored]
    .sort(([a, da], [b, db]) => da - db || a.name.localeCompare(b.name, 'en-GB'))
    .slice(0, count)
    .map(([authority]) => authority.name);
}

/** Levenshtein distance between a and b if it is at most `limit`, else undefined. */
export function editDistanceWithin(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return undefined;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length]!;
  return distance <= limit ? distance : undefined;
}
