// Property: the indexed latestAsAt picks exactly what a plain scan of every inspection picks, date after date on one dataset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestAsAt } from '../../../src/analytics';
import type { LatestJudgements } from '../../../src/analytics';
import { FRAMEWORKS, authorityKey, compareDates, daysInMonth, endsOnOrBefore } from '../../../src/domain';
import type { Authority, Dataset, FrameworkId, GradeId, Inspection, Judgement, PartialDate } from '../../../src/domain';
import { PROPERTY_TIME_LIMIT_MS, propertyParameters } from '../import/properties/fcConfig';
import { area, date } from './build';

/** The algorithm before the index, kept word for word: every inspection looked at on every call. */
function referenceLatestAsAt(dataset: Dataset, asAt: PartialDate, framework: FrameworkId = 'ilacs') {
  const limit = referenceLastDayOf(asAt);
  const latest = new Map<string, Inspection>();
  if (FRAMEWORKS[framework].makesJudgements) {
    for (const inspection of dataset.inspections) {
      if (
        inspection.framework !== framework ||
        !referenceIsJudged(inspection) ||
        !endsOnOrBefore(inspection.date, limit)
      )
        continue;
      const key = authorityKey(inspection.authority);
      const current = latest.get(key);
      if (!current || compareDates(inspection.date, current.date) >= 0) latest.set(key, inspection);
    }
  }
  const order = [...dataset.authorities.keys(), ...latest.keys()];
  const entries: Array<{ key: string; authority: Authority; inspection: Inspection }> = [];
  const seen = new Set<string>();
  for (const key of order) {
    const inspection = latest.get(key);
    if (seen.has(key) || !inspection) continue;
    seen.add(key);
    const authority = dataset.authorities.get(key) ?? inspection.authority;
    if (authority.ceasedOn && endsOnOrBefore(authority.ceasedOn, limit)) continue;
    entries.push({ key, authority, inspection });
  }
  return entries;
}

function referenceIsJudged(inspection: Inspection): boolean {
  if (inspection.summaryCounts) return Object.values(inspection.summaryCounts).some((count) => count > 0);
  return inspection.judgements.some((judgement) => judgement.outcome.kind === 'graded');
}

function referenceLastDayOf(asAt: PartialDate): PartialDate {
  if (asAt.precision === 'day') return asAt;
  if (asAt.precision === 'month')
    return { precision: 'day', year: asAt.year, month: asAt.month, day: daysInMonth(asAt.year, asAt.month) };
  return { precision: 'day', year: asAt.year, month: 12, day: 31 };
}

/**
 * Authority records, several per key: the same ONS code under another name or with a cessation, and names that normalise
 * alike. Which record an entry carries (the dataset's, else the winning inspection's) is part of what is compared.
 */
const AUTHORITIES: readonly Authority[] = [
  { name: 'Barnet', onsCode: 'E09000003', region: 'London' },
  { name: 'London Borough of Barnet', onsCode: 'E09000003' },
  { name: 'Camden', onsCode: 'E09000007', region: 'London' },
  { name: 'Bournemouth', onsCode: 'E06000028', noLongerExists: true, ceasedOn: date('2019-04-01') },
  { name: 'Bournemouth', onsCode: 'E06000028' },
  { name: 'Cumbria', onsCode: 'E10000006', noLongerExists: true, ceasedOn: date('2020-04') },
  { name: 'Northamptonshire', onsCode: 'E10000021', noLongerExists: true },
  { name: 'Old Shire County Council', ceasedOn: date('2020') },
  { name: 'Old Shire' },
  { name: 'Telford & Wrekin', region: 'West Midlands' },
  { name: 'Telford and Wrekin Council' },
];

const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as FrameworkId[];
const GRADES: readonly GradeId[] = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate'];

/** Few years and a pool of boundary dates at every precision, so ties and "2019" against "2019-06-30" come up often. */
const year = fc.integer({ min: 2018, max: 2021 });
const month = fc.integer({ min: 1, max: 12 });
const partialDate: fc.Arbitrary<PartialDate> = fc.oneof(
  fc
    .constantFrom(
      '2019',
      '2019-06',
      '2019-06-01',
      '2019-06-30',
      '2019-12',
      '2019-12-31',
      '2020',
      '2020-01',
      '2020-01-01',
      '2020-03-31',
    )
    .map(date),
  fc.record({ year, month, day: fc.integer({ min: 1, max: 31 }) }).map(({ year, month, day }): PartialDate => ({
    precision: 'day',
    year,
    month,
    day: Math.min(day, daysInMonth(year, month)),
  })),
  fc.record({ year, month }).map(({ year, month }): PartialDate => ({ precision: 'month', year, month })),
  year.map((year): PartialDate => ({ precision: 'year', year })),
);

const judgement: fc.Arbitrary<Judgement> = fc.record({
  area: fc.constantFrom('overall-effectiveness', 'help-and-protection', 'care-leavers').map(area),
  outcome: fc.oneof(
    fc.constantFrom(...GRADES).map((grade) => ({ kind: 'graded' as const, grade })),
    fc.constant({ kind: 'not-judged' as const, reason: 'blank' }),
  ),
});

/** Graded, not judged at all, or known only by summary counts (some all zero, which count as unjudged). */
const inspection: fc.Arbitrary<Inspection> = fc
  .record({
    authority: fc.constantFrom(...AUTHORITIES),
    framework: fc.oneof(
      { weight: 3, arbitrary: fc.constant<FrameworkId>('ilacs') },
      { weight: 2, arbitrary: fc.constantFrom(...FRAMEWORK_IDS) },
    ),
    date: partialDate,
    judgements: fc.array(judgement, { maxLength: 3 }),
    summaryCounts: fc.option(fc.dictionary(fc.constantFrom(...GRADES), fc.nat(3)), { nil: undefined, freq: 4 }),
    label: fc.nat(),
  })
  .map(({ authority, framework, date, judgements, summaryCounts, label }): Inspection => ({
    authority,
    type: `inspection ${label}`,
    framework,
    date,
    judgements: summaryCounts ? [] : judgements,
    ...(summaryCounts ? { summaryCounts } : {}),
    sources: [{ file: 'property.csv', line: 2 }],
  }));

/** The dataset's authority list: any records, in any order, first one per key kept; authorities left out are known only from inspections. */
const listedAuthorities = fc.shuffledSubarray([...AUTHORITIES]).map((records) => {
  const byKey = new Map<string, Authority>();
  for (const record of records) if (!byKey.has(authorityKey(record))) byKey.set(authorityKey(record), record);
  return byKey;
});

const scenario = fc.record({
  inspections: fc.array(inspection, { maxLength: 40 }),
  authorities: listedAuthorities,
  otherAuthorities: listedAuthorities,
  queries: fc.array(
    fc.record({ asAt: partialDate, framework: fc.option(fc.constantFrom(...FRAMEWORK_IDS), { nil: undefined }) }),
    { minLength: 1, maxLength: 8 },
  ),
});

/** Identities, not look-alikes: which record of the dataset and which authority object were picked. */
function picked(dataset: Dataset, entries: LatestJudgements['entries']) {
  return entries.map((entry) => ({
    key: entry.key,
    position: dataset.inspections.indexOf(entry.inspection),
    authority: AUTHORITIES.indexOf(entry.authority),
  }));
}

describe('latestAsAt matches a plain scan', () => {
  it(
    'over random datasets: mixed precision, ties, frameworks, unjudged and counts-only records, ceased and unlisted authorities',
    () => {
      fc.assert(
        fc.property(scenario, ({ inspections, authorities, otherAuthorities, queries }) => {
          const dataset: Dataset = { authorities, inspections, measures: [], files: ['property.csv'] };
          // Same inspections array, other authority list: the cached index must not carry one dataset's list into another.
          const sibling: Dataset = { ...dataset, authorities: otherAuthorities };
          for (const { asAt, framework } of queries) {
            for (const records of [dataset, sibling]) {
              const latest = latestAsAt(records, asAt, framework ? { framework } : {});
              expect(latest.framework).toBe(framework ?? 'ilacs');
              expect(latest.asAt).toBe(asAt);
              expect(picked(records, latest.entries)).toEqual(
                picked(records, referenceLatestAsAt(records, asAt, framework)),
              );
            }
          }
        }),
        propertyParameters(1500),
      );
    },
    PROPERTY_TIME_LIMIT_MS,
  );

  it(
    'on datasets oldest first, as buildDataset sorts them',
    () => {
      const records = fc
        .array(inspection, { maxLength: 40 })
        .map((list) => [...list].sort((a, b) => compareDates(a.date, b.date)));
      fc.assert(
        fc.property(records, partialDate, (inspections, asAt) => {
          const dataset: Dataset = { authorities: new Map(), inspections, measures: [], files: ['property.csv'] };
          expect(picked(dataset, latestAsAt(dataset, asAt).entries)).toEqual(
            picked(dataset, referenceLatestAsAt(dataset, asAt)),
          );
        }),
        propertyParameters(500),
      );
    },
    PROPERTY_TIME_LIMIT_MS,
  );
});
