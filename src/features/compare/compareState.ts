// The Compare view's state as read from the address bar: authority, as-at date, judgement area and comparators.
import { defaultAsAt, quickPickYears } from '../../analytics';
import { chosenAuthority } from '../../components/filters/options';
import { readList } from '../../components/url/urlParams';
import { DEFAULT_AUTHORITY } from '../../components/viewProps';
import { parseIso, type Dataset, type PartialDate } from '../../domain';

export interface CompareState {
  readonly authorityKey: string;
  readonly asAt: PartialDate;
  /** undefined: every area side by side. */
  readonly areaId: string | undefined;
  /** Known authorities other than the chosen one, each once, in the order given. */
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

export function readCompareState(params: URLSearchParams, dataset: Dataset, knownAreaIds: readonly string[]): CompareState {
  // With no authority held at all there is nothing to compare; Walsall's code still makes a readable state.
  const authorityKey = chosenAuthority(dataset, params.get('authority') ?? '') ?? DEFAULT_AUTHORITY;

  const parsed = parseIso(params.get('asAt') ?? '');
  const asAt = parsed?.precision === 'day' ? parsed : compareAsAt(dataset);

  const area = params.get('area') ?? '';
  const areaId = knownAreaIds.includes(area) ? area : undefined;

  const comparatorKeys: string[] = [];
  const unknownKeys: string[] = [];
  let withSelf = false;
  for (const key of new Set(readList(params, 'with'))) {
    if (key === authorityKey) withSelf = true;
    else if (dataset.authorities.has(key)) comparatorKeys.push(key);
    else unknownKeys.push(key);
  }
  return { authorityKey, asAt, areaId, comparatorKeys, unknownKeys, withSelf };
}

