// Which group Compare sets the authority against: DfE's statistical neighbours (May 2025 by default, or April 2021), or
// a group of the user's own (the `with` list), as read from the address, and the words each group is called by.
import { readList } from '../../components/url/urlParams';
import {
  DEFAULT_NEIGHBOUR_SET,
  neighbourSetId,
  statisticalNeighbours,
  type Dataset,
  type NeighbourSetId,
  type StatisticalNeighbour,
} from '../../domain';

export type CompareGroup = { readonly kind: 'neighbours'; readonly setId: NeighbourSetId } | { readonly kind: 'own' };

/** `group=own` keeps an empty own group empty; any `with` list is an own group; otherwise the set named, May 2025 by default. */
export function readCompareGroup(params: URLSearchParams): CompareGroup {
  const group = params.get('group');
  const setId = neighbourSetId(group);
  if (setId) return { kind: 'neighbours', setId };
  if (group === 'own' || readList(params, 'with').length > 0) return { kind: 'own' };
  return { kind: 'neighbours', setId: DEFAULT_NEIGHBOUR_SET };
}

/** What a group's members are called in titles and sentences. */
export interface ComparatorNoun {
  readonly one: string;
  readonly many: string;
  /** The group's name as a row of a table or a bar of a chart. */
  readonly label: string;
}

export const OWN_GROUP_NOUN: ComparatorNoun = {
  one: 'chosen comparator',
  many: 'chosen comparators',
  label: 'Comparators',
};
export const NEIGHBOURS_NOUN: ComparatorNoun = {
  one: 'statistical neighbour',
  many: 'statistical neighbours',
  label: 'Statistical neighbours',
};

export function nounOf(group: CompareGroup): ComparatorNoun {
  return group.kind === 'neighbours' ? NEIGHBOURS_NOUN : OWN_GROUP_NOUN;
}

/** One of DfE's neighbours with the key the dataset holds it under, when it holds it. */
export interface HeldNeighbour extends StatisticalNeighbour {
  readonly key: string | undefined;
}

/**
 * The authority's neighbours in the set, each under the dataset's key for it: the register knows every code an
 * authority has had, and the data may use any of them (North Yorkshire's E06000065 or E10000023).
 */
export function heldNeighbours(dataset: Dataset, setId: NeighbourSetId, authorityKey: string): HeldNeighbour[] {
  return statisticalNeighbours(setId, authorityKey).map((neighbour) => ({
    ...neighbour,
    key: neighbour.authority?.onsCodes.find((code) => dataset.authorities.has(code)),
  }));
}
