// Which of an authority's inspections and visits the filters keep, and what to say when they keep none.
import { authorityInspections, type TimelineEntry } from '../../analytics';
import { AUTHORITY_ENDINGS, formatLong, type Authority, type Dataset } from '../../domain';
import type { AuthorityParams } from './authorityParams';

export interface CeasedNotice {
  readonly message: string;
  readonly replacedBy?: string;
}

export interface AuthoritySelection {
  readonly key: string;
  readonly authority: Authority;
  /** Every inspection and visit of the authority, oldest first. */
  readonly all: readonly TimelineEntry[];
  /** Those the type and year filters keep, oldest first. */
  readonly entries: readonly TimelineEntry[];
  readonly ceased?: CeasedNotice;
  /** Set when `entries` is empty: what happened and what to do. */
  readonly empty?: string;
}

export function selectInspections(dataset: Dataset, params: AuthorityParams): AuthoritySelection | undefined {
  const authority = dataset.authorities.get(params.authority);
  if (!authority) return undefined;
  const all = authorityInspections(dataset, params.authority);
  const entries = all.filter(({ inspection }) => {
    const year = inspection.date.year;
    if (params.type !== undefined && inspection.type !== params.type) return false;
    if (params.from !== undefined && year < params.from) return false;
    if (params.to !== undefined && year > params.to) return false;
    return true;
  });
  const ceased = ceasedNotice(authority, all);
  const selection = { key: params.authority, authority, all, entries, ...(ceased ? { ceased } : {}) };
  if (entries.length > 0) return selection;
  return { ...selection, empty: emptyMessage(authority, all, params, ceased) };
}

function ceasedNotice(authority: Authority, all: readonly TimelineEntry[]): CeasedNotice | undefined {
  if (!authority.ceasedOn && !authority.noLongerExists) return undefined;
  const lastYear = all[all.length - 1]?.inspection.date.year;
  const since = lastYear === undefined ? '' : ` after ${lastYear}`;
  const when = authority.ceasedOn ? ` (it ceased on ${formatLong(authority.ceasedOn)})` : '';
  const ending = AUTHORITY_ENDINGS.find((candidate) => candidate.onsCode === authority.onsCode);
  return {
    message: `No inspections for ${authority.name}${since}: the authority no longer exists${when}.`,
    ...(ending ? { replacedBy: ending.replacedBy } : {}),
  };
}

function emptyMessage(
  authority: Authority,
  all: readonly TimelineEntry[],
  params: AuthorityParams,
  ceased: CeasedNotice | undefined,
): string {
  if (all.length === 0)
    return `No inspections are held for ${authority.name}. Choose another authority, or load a file with its inspections.`;
  const { from, to } = params;
  if (from !== undefined && to !== undefined && from > to) {
    return `The years run backwards: From ${from} is after To ${to}. Choose a From year on or before the To year.`;
  }
  const lastYear = all[all.length - 1]?.inspection.date.year ?? 0;
  if (ceased && params.from !== undefined && params.from > lastYear) return ceased.message;
  const began = authority.startedOn;
  if (began && to !== undefined && to < began.year) {
    return `${authority.name} did not exist before ${formatLong(began)}: it was made when the authorities before it were reorganised. Choose years from ${began.year}.`;
  }
  return 'No inspections match these filters: widen the years or clear the type.';
}
