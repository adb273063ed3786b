// DfE's children's services statistical neighbours (May 2025, and April 2021 for earlier years): each authority's ten
// nearest, SN1 first, with DfE's closeness band, each named as the register names today's authority for DfE's number.
import { registeredByCode, type RegisteredAuthority } from './authorityRegister';
import type { Closeness } from './closeness';
import { SN_APRIL_2021, SN_MAY_2025, type NeighbourRow } from './statisticalNeighbours.generated';

export type NeighbourSetId = 'sn2025' | 'sn2021';

export interface NeighbourSet {
  readonly id: NeighbourSetId;
  /** "May 2025": the words a chooser and a title use. */
  readonly label: string;
  /** The Source line's words for figures that use it. */
  readonly source: string;
}

export const NEIGHBOUR_SETS: readonly NeighbourSet[] = [
  {
    id: 'sn2025',
    label: 'May 2025',
    source: 'Department for Education, children’s services statistical neighbour benchmarking, May 2025',
  },
  {
    id: 'sn2021',
    label: 'April 2021',
    source: 'Department for Education, children’s services statistical neighbour benchmarking, April 2021',
  },
];

export const DEFAULT_NEIGHBOUR_SET: NeighbourSetId = 'sn2025';

export const DFE_OGL_ATTRIBUTION =
  'Contains Department for Education data licensed under the Open Government Licence v3.0.';

export interface StatisticalNeighbour {
  /** 1 (SN1, the closest) to 10. */
  readonly rank: number;
  readonly laNumber: string;
  /** The register's authority for DfE's number; undefined only if the register lacks the number (a test says it never does). */
  readonly authority: RegisteredAuthority | undefined;
  /** The register's name, or DfE's number when the register lacks it. */
  readonly name: string;
  readonly closeness: Closeness;
}

const ROWS: Readonly<Record<NeighbourSetId, readonly NeighbourRow[]>> = { sn2025: SN_MAY_2025, sn2021: SN_APRIL_2021 };

export function neighbourSet(id: NeighbourSetId): NeighbourSet {
  return NEIGHBOUR_SETS.find((set) => set.id === id) ?? NEIGHBOUR_SETS[0]!;
}

/** The set an address names ("sn2021"), or undefined. */
export function neighbourSetId(text: string | null | undefined): NeighbourSetId | undefined {
  return NEIGHBOUR_SETS.find((set) => set.id === text)?.id;
}

/**
 * DfE's row for an authority given by any ONS code or LA number the register knows. An authority with rows under two
 * numbers (Dorset: 838, and 835 in DfE's "Old SNs" part) takes the row of its current number, outside that part.
 */
function rowFor(setId: NeighbourSetId, code: string): NeighbourRow | undefined {
  const authority = registeredByCode(code);
  if (!authority) return undefined;
  const rows = ROWS[setId].filter((row) => authority.laNumbers.includes(row[0]));
  const order = (row: NeighbourRow) => (row[2] ? 1 : 0) * 100 + authority.laNumbers.indexOf(row[0]);
  return [...rows].sort((a, b) => order(a) - order(b))[0];
}

/** The authority's ten neighbours in DfE's order, or an empty list when DfE gives none (or the code is unknown). */
export function statisticalNeighbours(setId: NeighbourSetId, code: string): StatisticalNeighbour[] {
  const row = rowFor(setId, code);
  if (!row) return [];
  return row[3].map(([laNumber, closeness], index) => {
    const authority = registeredByCode(laNumber);
    return { rank: index + 1, laNumber, authority, name: authority?.name ?? `LA ${laNumber}`, closeness };
  });
}
