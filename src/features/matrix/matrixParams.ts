// The matrix's page state read from the address bar: every unknown or malformed value falls back to its default.
import { defaultAsAt } from '../../analytics';
import { chosenAuthority, inspectionYears, regionOptions, areaOptions } from '../../components/filters/options';
import { readYearRange, type YearRange } from '../../components/filters/YearRangeField';
import { DEFAULT_AUTHORITY } from '../../components/viewProps';
import { FRAMEWORKS, parseIso, type Dataset, type PartialDate } from '../../domain';

export type MatrixRows = 'areas' | 'authorities';
export type MatrixSort = 'grade' | 'name';

/** The `region` value meaning every region: an absent `region` means the chosen authority's region instead. */
export const ALL_REGIONS = 'all';

export interface MatrixState {
  readonly rows: MatrixRows;
  /** An authority key the dataset knows. */
  readonly authority: string;
  /** An inspection type that makes judgements, or undefined for every type. */
  readonly type?: string;
  readonly years: YearRange;
  /** A judgement area id the dataset knows, or undefined for every area. */
  readonly area?: string;
  /** A region name, or undefined for England. */
  readonly region?: string;
  /** True when the region was not chosen but taken from the authority. */
  readonly regionFromAuthority: boolean;
  /** undefined only when the dataset holds no ILACS inspection at all. */
  readonly asAt?: PartialDate;
  readonly sort: MatrixSort;
}

/** Inspection types whose inspections make graded judgements: visits make none, so they are no columns. */
export function judgedInspectionTypes(dataset: Dataset): string[] {
  const types = new Set<string>();
  for (const inspection of dataset.inspections)
    if (FRAMEWORKS[inspection.framework].makesJudgements) types.add(inspection.type);
  return [...types].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

export function readMatrixState(params: URLSearchParams, dataset: Dataset): MatrixState {
  const rows: MatrixRows = params.get('rows') === 'authorities' ? 'authorities' : 'areas';
  const authority = chosenAuthority(dataset, params.get('authority') ?? '') ?? DEFAULT_AUTHORITY;

  const typeParam = params.get('type') ?? '';
  const type = judgedInspectionTypes(dataset).includes(typeParam) ? typeParam : undefined;

  const years = new Set(inspectionYears(dataset));
  const { from, to } = readYearRange(params);
  const yearRange: YearRange = {
    ...(from !== undefined && years.has(from) ? { from } : {}),
    ...(to !== undefined && years.has(to) ? { to } : {}),
  };

  const areaParam = params.get('area') ?? '';
  const area = areaOptions(dataset).some((option) => option.value === areaParam) ? areaParam : undefined;

  const regionParam = params.get('region') ?? '';
  const knownRegion = regionOptions(dataset).some((option) => option.value === regionParam);
  const ownRegion = dataset.authorities.get(authority)?.region?.trim() || undefined;
  const region = regionParam === ALL_REGIONS ? undefined : knownRegion ? regionParam : ownRegion;
  const regionFromAuthority = regionParam !== ALL_REGIONS && !knownRegion && ownRegion !== undefined;

  const asAtParam = parseIso(params.get('asAt') ?? '');
  const asAt = asAtParam?.precision === 'day' ? asAtParam : defaultAsAt(dataset);

  const sort: MatrixSort = params.get('sort') === 'name' ? 'name' : 'grade';

  return {
    rows,
    authority,
    ...(type !== undefined ? { type } : {}),
    years: yearRange,
    ...(area !== undefined ? { area } : {}),
    ...(region !== undefined ? { region } : {}),
    regionFromAuthority,
    ...(asAt !== undefined ? { asAt } : {}),
    sort,
  };
}
