// The Compare view's state as read from the address bar: authority, as-at date, judgement area and comparators.
import { readList } from '../../components/url/urlParams';
import { DEFAULT_AUTHORITY } from '../../components/viewProps';
import { FRAMEWORKS, compareDates, parseIso, type Dataset, type PartialDate } from '../../domain';

export const OVERALL_EFFECTIVENESS = 'overall-effectiveness';

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

const march31 = (year: number): PartialDate => ({ precision: 'day', year, month: 3, day: 31 });

/** The first 31 March on or after the date: Ofsted reports positions "as at 31 March". */
export function marchOnOrAfter(date: PartialDate): PartialDate {
  if (date.precision === 'year') return march31(date.year + 1);
  const pastMarch = date.month > 3;
  return march31(pastMarch ? date.year + 1 : date.year);
}

function judgedInspectionDates(dataset: Dataset): PartialDate[] {
  return dataset.inspections
    .filter((inspection) => inspection.framework === 'ilacs' && FRAMEWORKS[inspection.framework].makesJudgements)
    .map((inspection) => inspection.date)
    .sort(compareDates);
}

/**
 * The first 31 March on or after the latest ILACS inspection held (31 March 2025 on the default data).
 * Without any ILACS inspection, the date of Ofsted's publication: there is nothing later to show.
 */
export function defaultAsAt(dataset: Dataset): PartialDate {
  const dates = judgedInspectionDates(dataset);
  const latest = dates[dates.length - 1];
  return latest ? marchOnOrAfter(latest) : march31(2025);
}

/** 31 March quick picks, from the first with an ILACS inspection behind it to the default date. */
export function marchYears(dataset: Dataset): number[] {
  const dates = judgedInspectionDates(dataset);
  const first = dates[0];
  const last = defaultAsAt(dataset).year;
  const from = first ? marchOnOrAfter(first).year : last;
  const years: number[] = [];
  for (let year = from; year <= last; year += 1) years.push(year);
  return years;
}

export function readCompareState(params: URLSearchParams, dataset: Dataset, knownAreaIds: readonly string[]): CompareState {
  const requested = params.get('authority') ?? '';
  const fallback = dataset.authorities.has(DEFAULT_AUTHORITY) ? DEFAULT_AUTHORITY : (dataset.authorities.keys().next().value ?? DEFAULT_AUTHORITY);
  const authorityKey = dataset.authorities.has(requested) ? requested : fallback;

  const parsed = parseIso(params.get('asAt') ?? '');
  const asAt = parsed?.precision === 'day' ? parsed : defaultAsAt(dataset);

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

