// The authority view's state as read from the address bar: every unknown or malformed value falls back to its default.
import { readYearRange } from '../../components/filters/YearRangeField';
import { DEFAULT_AUTHORITY } from '../../components/viewProps';
import type { Dataset } from '../../domain';

export interface AuthorityParams {
  /** An `authorityKey` the dataset holds. */
  readonly authority: string;
  readonly type?: string;
  readonly from?: number;
  readonly to?: number;
  /** A judgement area id some inspection in the dataset has. */
  readonly area?: string;
  /** `inspectionRef`s for the change table; checked against the authority's inspections by its model. */
  readonly before?: string;
  readonly after?: string;
}

/** undefined only when the dataset holds no authority at all. */
export function readAuthorityParams(params: URLSearchParams, dataset: Dataset): AuthorityParams | undefined {
  const requested = params.get('authority') ?? '';
  const authority = dataset.authorities.has(requested)
    ? requested
    : dataset.authorities.has(DEFAULT_AUTHORITY)
      ? DEFAULT_AUTHORITY
      : dataset.authorities.keys().next().value;
  if (authority === undefined) return undefined;

  const type = params.get('type') ?? '';
  const knownType = dataset.inspections.some((inspection) => inspection.type === type);
  const area = params.get('area') ?? '';
  const knownArea = dataset.inspections.some((inspection) => inspection.judgements.some((judgement) => judgement.area.id === area));
  const before = params.get('before') ?? '';
  const after = params.get('after') ?? '';
  return {
    authority,
    ...(knownType ? { type } : {}),
    ...readYearRange(params),
    ...(knownArea ? { area } : {}),
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
  };
}

/** The years the dataset's inspections span, oldest first, for the year filters. */
export function inspectionYears(dataset: Dataset): number[] {
  const years = dataset.inspections.map((inspection) => inspection.date.year);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
