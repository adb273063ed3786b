// The authority view's state as read from the address bar: every unknown or malformed value falls back to its default.
import { chosenAuthority } from '../../components/filters/options';
import { readYearRange } from '../../components/filters/YearRangeField';
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
  const authority = chosenAuthority(dataset, params.get('authority') ?? '');
  if (authority === undefined) return undefined;

  const type = params.get('type') ?? '';
  const knownType = dataset.inspections.some((inspection) => inspection.type === type);
  const area = params.get('area') ?? '';
  const knownArea = dataset.inspections.some((inspection) =>
    inspection.judgements.some((judgement) => judgement.area.id === area),
  );
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
