// Providers counted by their latest full-inspection grade: for an area, a region or England, by provision type and sector.
import { type GradeId, headlineGrade, standingOn, type Provider, type PartialDate } from '../domain';

/** The grades a provider's headline can take, best first (providers are never graded Adequate since 2015). */
export const PROVIDER_GRADES: readonly GradeId[] = ['outstanding', 'good', 'requires-improvement', 'inadequate'];

export interface ProviderGradeCount {
  readonly grades: Readonly<Record<GradeId, number>>;
  /** Providers with a full-inspection grade: the base of every share. */
  readonly graded: number;
  /** Providers with no full-inspection grade in the lists held (new, or only visited). */
  readonly notGraded: number;
  /** Of the graded, those whose latest event was a monitoring or interim visit after the full inspection. */
  readonly laterVisit: number;
}

const zero = (): Record<GradeId, number> => ({
  outstanding: 0,
  good: 0,
  adequate: 0,
  'requires-improvement': 0,
  inadequate: 0,
});

/** Counts providers by the headline grade of their latest full inspection on or before `asAt` (all events when absent). */
export function providerGradeCount(providers: readonly Provider[], asAt?: PartialDate): ProviderGradeCount {
  const grades = zero();
  let graded = 0;
  let notGraded = 0;
  let laterVisit = 0;
  for (const provider of providers) {
    const standing = standingOn(provider, asAt);
    const grade = standing.latestFull ? headlineGrade(standing.latestFull) : undefined;
    if (!grade) {
      notGraded++;
      continue;
    }
    grades[grade]++;
    graded++;
    if (standing.laterVisit) laterVisit++;
  }
  return { grades, graded, notGraded, laterVisit };
}

/** The providers of one provision type (all when undefined). */
export function ofType(providers: readonly Provider[], typeId: string | undefined): Provider[] {
  return typeId ? providers.filter((provider) => provider.provisionType.id === typeId) : [...providers];
}

/** The providers located in one local authority, by its ONS code. */
export function locatedIn(providers: readonly Provider[], onsCode: string): Provider[] {
  return providers.filter((provider) => provider.authority?.onsCode === onsCode);
}

/** The providers in one Ofsted region, as the list names it. */
export function inRegion(providers: readonly Provider[], region: string): Provider[] {
  return providers.filter((provider) => provider.region === region);
}

/** Provision types present, most providers first, each with its count. */
export function provisionTypes(
  providers: readonly Provider[],
): Array<{ readonly id: string; readonly label: string; readonly count: number }> {
  const byId = new Map<string, { id: string; label: string; count: number }>();
  for (const provider of providers) {
    const held = byId.get(provider.provisionType.id) ?? { ...provider.provisionType, count: 0 };
    held.count++;
    byId.set(held.id, held);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Providers by sector, most first. */
export function sectorSplit(
  providers: readonly Provider[],
): Array<{ readonly id: string; readonly label: string; readonly count: number; readonly places: number }> {
  const byId = new Map<string, { id: string; label: string; count: number; places: number }>();
  for (const provider of providers) {
    const held = byId.get(provider.sector.id) ?? { ...provider.sector, count: 0, places: 0 };
    held.count++;
    held.places += provider.places ?? 0;
    byId.set(held.id, held);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
