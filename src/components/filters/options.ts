// The choices filters offer, drawn from the dataset so they never list what is not there.
import { authorityKey, type Dataset } from '../../domain';
import { DEFAULT_AUTHORITY } from '../viewProps';
import type { Option, OptionGroup } from './SelectField';

// One collator for every comparison: localeCompare with a locale looks one up on each call, which for the authority
// list cost tens of milliseconds of the first screen. The order is the same (the same locale, the same defaults).
const collator = new Intl.Collator('en-GB');
const byLabel = (a: Option, b: Option) => collator.compare(a.label, b.label);

/** Current authorities first; those that no longer exist in their own group, so history stays reachable. */
export function authorityOptions(dataset: Dataset): OptionGroup[] {
  const current: Option[] = [];
  const former: Option[] = [];
  for (const [key, authority] of dataset.authorities) {
    (authority.noLongerExists ? former : current).push({ value: key, label: authority.name });
  }
  const groups = [{ label: 'Local authorities', options: current.sort(byLabel) }];
  if (former.length > 0) groups.push({ label: 'No longer exist', options: former.sort(byLabel) });
  return groups;
}

export function regionOptions(dataset: Dataset): Option[] {
  const regions = new Set<string>();
  for (const authority of dataset.authorities.values()) if (authority.region) regions.add(authority.region);
  return [...regions].map((region) => ({ value: region, label: region })).sort(byLabel);
}

/** Judgement areas in the order they first appear, so Ofsted's order is kept. */
export function areaOptions(dataset: Dataset): Option[] {
  const areas = new Map<string, string>();
  for (const inspection of dataset.inspections) {
    for (const judgement of inspection.judgements)
      if (!areas.has(judgement.area.id)) areas.set(judgement.area.id, judgement.area.label);
  }
  return [...areas].map(([value, label]) => ({ value, label }));
}

/** Every year from the earliest inspection held to the latest, oldest first, so a gap year can still bound a year range. */
export function inspectionYears(dataset: Dataset): number[] {
  if (dataset.inspections.length === 0) return [];
  const years = dataset.inspections.map((inspection) => inspection.date.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function inspectionTypeOptions(dataset: Dataset): Option[] {
  const types = new Set(dataset.inspections.map((inspection) => inspection.type));
  return [...types].map((type) => ({ value: type, label: type })).sort(byLabel);
}

export function hasAuthority(dataset: Dataset, key: string): boolean {
  return (
    dataset.authorities.has(key) || dataset.inspections.some((inspection) => authorityKey(inspection.authority) === key)
  );
}

/**
 * The authority a view shows: the one the address names if the data holds it, else Walsall, else the first held
 * (a user's own file may hold neither). undefined only when no authority is held at all.
 */
export function chosenAuthority(dataset: Dataset, requested: string): string | undefined {
  if (requested !== '' && hasAuthority(dataset, requested)) return requested;
  if (hasAuthority(dataset, DEFAULT_AUTHORITY)) return DEFAULT_AUTHORITY;
  return dataset.authorities.keys().next().value;
}
