// The Compare view's state as read from the address bar: authority, as-at date, judgement area and comparators.
import { defaultAsAt, quickPickYears } from '../../analytics';
import { chosenAuthority } from '../../components/filters/options';
import { readList } from '../../components/url/urlParams';
import { DEFAULT_AUTHORITY } from '../../components/viewProps';
import { DEFAULT_NEIGHBOUR_SET, parseIso, type Dataset, type NeighbourSetId, type PartialDate } from '../../domain';
import { heldNeighbours, readCompareGroup, type CompareGroup, type HeldNeighbour } from './compareGroup';

export interface CompareState {
  readonly authorityKey: string;
  readonly asAt: PartialDate;
  /** undefined: every area side by side. */
  readonly areaId: string | undefined;
  /** DfE's neighbours, or the user's own group. */
  readonly group: CompareGroup;
  /** The neighbours of the set chosen (May 2025 for an own group): "who to learn from" reads them in either case. */
  readonly neighbourSetId: NeighbourSetId;
  readonly neighbours: readonly HeldNeighbour[];
  /** Known authorities other than the chosen one, each once: the neighbours held in SN order, or the own group as given. */
  readonly comparatorKeys: readonly string[];
  /** Codes in `with` the dataset does not know: ignored, and said so. */
  readonly unknownKeys: readonly string[];
  /** True when `with` named the chosen authority itself, which is left out of its own comparators. */
  readonly withSelf: boolean;
}

/** The date of Ofsted's publication (as at 31 March 2025): the view always compares at some date, even with no ILACS data. */
const PUBLICATION_AS_AT: PartialDate = { precision: 'day', year: 2025, month: 3, day: 31 };

/** The default date every view uses, or Ofsted's publication date when no ILACS inspection is held: there is nothing later to show. */
export function compareAsAt(dataset: Dataset): PartialDate {
  return defaultAsAt(dataset) ?? PUBLICATION_AS_AT;
}

/** The quick picks every view offers, or just the publication year when no ILACS inspection is held. */
export function compareQuickPicks(dataset: Dataset): number[] {
  const years = quickPickYears(dataset);
  return years.length > 0 ? years : [PUBLICATION_AS_AT.year];
}

export function readCompareState(
  params: URLSearchParams,
  dataset: Dataset,
  knownAreaIds: readonly string[],
): CompareState {
  // With no authority held at all there is nothing to compare; Walsall's code still makes a readable state.
  const authorityKey = chosenAuthority(dataset, params.get('authority') ?? '') ?? DEFAULT_AUTHORITY;

  const parsed = parseIso(params.get('asAt') ?? '');
  const asAt = parsed?.precision === 'day' ? parsed : compareAsAt(dataset);

  const area = params.get('area') ?? '';
  const areaId = knownAreaIds.includes(area) ? area : undefined;

  const group = readCompareGroup(params);
  const neighbourSetId = group.kind === 'neighbours' ? group.setId : DEFAULT_NEIGHBOUR_SET;
  const neighbours = heldNeighbours(dataset, neighbourSetId, authorityKey);
  if (group.kind === 'neighbours') {
    const comparatorKeys = [
      ...new Set(
        neighbours.flatMap((neighbour) => (neighbour.key && neighbour.key !== authorityKey ? [neighbour.key] : [])),
      ),
    ];
    return {
      authorityKey,
      asAt,
      areaId,
      group,
      neighbourSetId,
      neighbours,
      comparatorKeys,
      unknownKeys: [],
      withSelf: false,
    };
  }

  const comparatorKeys: string[] = [];
  const unknownKeys: string[] = [];
  let withSelf = false;
  for (const key of new Set(readList(params, 'with'))) {
    if (key === authorityKey) withSelf = true;
    else if (dataset.authorities.has(key)) comparatorKeys.push(key);
    else unknownKeys.push(key);
  }
  return { authorityKey, asAt, areaId, group, neighbourSetId, neighbours, comparatorKeys, unknownKeys, withSelf };
}
