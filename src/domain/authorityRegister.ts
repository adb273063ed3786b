// The English local authorities we know, past and present: every name, ONS code and DfE LA number a file may use for
// one, so an import can tell a council from a typo, a school or a formula. Built from DfE's la_codes.csv (generated into
// laCodes.generated.ts) and what that file lacks, each addition checked against the real files in tests/fixtures/real.
import { AUTHORITY_ENDINGS, startOfAuthority } from './authorityChanges';
import { LA_CODES, type LaCodeRow } from './laCodes.generated';
import { normaliseAuthorityName } from './authority';
import type { PartialDate } from './partialDate';

export interface RegisteredAuthority {
  /** The name as Ofsted's tables give it ("Durham", "Bristol", "Hammersmith & Fulham"): what the app shows. */
  readonly name: string;
  /** Every name a file may use for it, `name` first. */
  readonly names: readonly string[];
  /** ONS area codes, the one Ofsted's and DfE's current tables use first. */
  readonly onsCodes: readonly string[];
  /** DfE three-digit LA numbers, the current one first. */
  readonly laNumbers: readonly string[];
  /** Ofsted's region ("London", "North East, Yorkshire and the Humber"), from DfE's region. */
  readonly region: string;
  /** The first day it existed, for an authority made by a reorganisation. */
  readonly startedOn?: PartialDate;
  /** The first day it no longer existed. */
  readonly ceasedOn?: PartialDate;
}

/**
 * What la_codes.csv does not say, by the ONS code the authority is known by now. Each entry is seen in the files named:
 * a test reads every authority in tests/fixtures/real and fails if one does not resolve.
 */
interface Supplement {
  /** Ofsted's name where it differs from DfE's (Ofsted's 2025 tables). */
  readonly name?: string;
  /** Other names files use. */
  readonly aliases?: readonly string[];
  /** Codes la_codes.csv lacks, kept after its own. */
  readonly onsCodes?: readonly string[];
}

const SUPPLEMENTS: Readonly<Record<string, Supplement>> = {
  // Ofsted's names (2025 tables; the 2023 tables and the provider lists use them too).
  E06000010: { name: 'Kingston upon Hull' },
  E06000019: { name: 'Herefordshire' },
  E06000020: { name: 'Telford & Wrekin' },
  E06000023: { name: 'Bristol' },
  E06000047: { name: 'Durham' },
  E06000058: { name: 'Bournemouth, Christchurch & Poole' },
  E08000013: { name: 'St Helens' },
  E09000013: { name: 'Hammersmith & Fulham' },
  // Ofsted's 2009–2023 history and DfE's statistical neighbours.
  E06000055: { aliases: ['Bedford Borough'] },
  // data-to-insight's table.
  E09000001: { aliases: ['London Corporation'] },
  // Codes after the 2021 boundary change between the two, used by data-to-insight; Ofsted and DfE still use the older ones.
  E08000016: { onsCodes: ['E08000038'] },
  E08000019: { onsCodes: ['E08000039'] },
  // DfE's statistical neighbours list the authorities before the 2019 Dorset reorganisation as "(Pre LG)".
  E06000028: { aliases: ['Bournemouth (Pre LG)'] },
  E06000029: { aliases: ['Poole (Pre LG)'] },
  E06000059: { aliases: ['Dorset (Pre LG)'] },
};

/**
 * LA numbers that are one authority's children's services under two numbers. Dorset County Council (835, E10000009)
 * became Dorset Council (838, E06000059) in 2019 for the same children's services, as Buckinghamshire, North Yorkshire
 * and Somerset changed code under one number; so its history is one history. (Ofsted's 2009–2023 table lists the county
 * apart, among "authorities that existed before the restructure"; Christchurch went to Bournemouth, Christchurch & Poole.)
 */
const SAME_AUTHORITY: ReadonlyArray<readonly [current: string, former: string]> = [['838', '835']];

const OFSTED_REGIONS: Readonly<Record<string, string>> = {
  'Inner London': 'London',
  'Outer London': 'London',
  'North East': 'North East, Yorkshire and the Humber',
  'Yorkshire and The Humber': 'North East, Yorkshire and the Humber',
};

function buildRegister(rows: readonly LaCodeRow[]): RegisteredAuthority[] {
  const byNumber = new Map<string, LaCodeRow[]>();
  for (const row of rows) byNumber.set(row[0], [...(byNumber.get(row[0]) ?? []), row]);
  for (const [current, former] of SAME_AUTHORITY) {
    byNumber.set(current, [...(byNumber.get(current) ?? []), ...(byNumber.get(former) ?? [])]);
    byNumber.delete(former);
  }
  return [...byNumber.values()].map((group) => {
    // The pair used most recently first: North Yorkshire's E06000065 before E10000023.
    const pairs = [...group].sort((a, b) => b[6] - a[6] || b[5] - a[5]);
    const latest = pairs[0]!;
    const onsCode = latest[1];
    const supplement = SUPPLEMENTS[onsCode] ?? {};
    const name = supplement.name ?? latest[2];
    const unique = (values: readonly string[]) => [...new Set(values)];
    const ending = AUTHORITY_ENDINGS.find((candidate) => candidate.onsCode === onsCode);
    const startedOn = startOfAuthority(onsCode);
    return {
      name,
      names: unique([name, ...pairs.map((pair) => pair[2]), ...(supplement.aliases ?? [])]),
      onsCodes: unique([...pairs.map((pair) => pair[1]), ...(supplement.onsCodes ?? [])]),
      laNumbers: unique(pairs.map((pair) => pair[0])),
      region: OFSTED_REGIONS[latest[4]] ?? latest[4],
      ...(startedOn ? { startedOn } : {}),
      ...(ending ? { ceasedOn: ending.ceasedOn } : {}),
    };
  });
}

export const AUTHORITY_REGISTER: readonly RegisteredAuthority[] = buildRegister(LA_CODES);

const byCode = new Map<string, RegisteredAuthority>();
const byName = new Map<string, RegisteredAuthority>();
for (const authority of AUTHORITY_REGISTER) {
  for (const code of [...authority.onsCodes, ...authority.laNumbers]) byCode.set(code, authority);
  for (const name of authority.names) byName.set(normaliseAuthorityName(name), authority);
}

/** The authority with this ONS code (any case) or DfE LA number, current or former. */
export function registeredByCode(code: string): RegisteredAuthority | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/** The authority with this name or one of its variants, ignoring case, punctuation, "&" and "Council". */
export function registeredByName(name: string): RegisteredAuthority | undefined {
  return byName.get(normaliseAuthorityName(name));
}
