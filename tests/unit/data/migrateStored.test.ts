// Stored datasets from older versions of the app: the format 0, 1 and 2 fixtures brought to format 3 (packed, held
// records winning unless the user chose otherwise), and records that cannot be read refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/data/migrateStored';
import { STORED_FORMAT_VERSION, type StoredRecord } from '../../../src/data/storedDataset';
import type { Inspection } from '../../../src/domain';
import { inspectionDecoder, packInspections, type PackedInspections } from '../../../src/import/inspectionCodec';
import { packedFromStored } from '../../../src/data/storedColumns';
import { importFixture, imported } from '../import/helpers';
import { v3Fixtures } from './storeHelpers';

const stored = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'stored', name), 'utf8'));
const v0 = () => stored('v0-dataset.json');
const v1 = () => stored('v1-dataset.json');
/** Format 2 as database 3 kept it, its columns put back into the record as the store joins them. */
const v2 = (): Record<string, unknown> => {
  const { envelope, columns } = stored('v2-dataset.json') as {
    envelope: { packedInspections: Record<string, unknown> };
    columns: Record<string, number[]>;
  };
  const { columnsApart: _names, ...packed } = envelope.packedInspections;
  const joined = Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, Int32Array.from(values)]));
  return { ...envelope, packedInspections: { ...packed, ...joined } };
};

const unpacked = (packed: PackedInspections): Inspection[] => inspectionDecoder(packed)(0, packed.count);

const current: StoredRecord = {
  id: 'current',
  name: 'panel-2021.csv',
  sourceFile: 'panel-2021.csv',
  fileSize: 512,
  contentHash: 'a'.repeat(64),
  importedAt: '2026-11-20T14:30:00.000Z',
  order: 3,
  format: 'tidy',
  onDuplicate: 'skip',
  packedInspections: packInspections(imported(importFixture('tidy-own-format.csv')).inspections),
  measures: [],
  formatVersion: STORED_FORMAT_VERSION,
};

describe('migrate from format 0 (the stored fixture)', () => {
  it('adds what format 0 did not record, packs the inspections, and keeps every record and field it did', () => {
    const old = v0();
    expect(old.formatVersion).toBe(0);
    expect(old).not.toHaveProperty('onDuplicate');
    const migrated = migrate(old);
    if (!migrated.ok) throw new Error(migrated.problem);
    expect(migrated.changed).toBe(true);
    const { inspections, ...envelope } = old;
    const { packedInspections, ...rest } = migrated.record;
    // Format 0 always let the later file win; format 3 keeps the held record and marks the dataset to ask again.
    expect(rest).toEqual({
      ...envelope,
      onDuplicate: 'skip',
      upgradedFromReplace: true,
      contentHash: '',
      formatVersion: 3,
    });
    expect(migrated.record).not.toHaveProperty('inspections');
    expect(unpacked(packedInspections)).toEqual(inspections);
    // Walsall's 2021 inspection and the 2023 focused visit, exactly as stored.
    expect(unpacked(packedInspections).map((inspection) => `${inspection.authority.name} ${inspection.type}`)).toEqual([
      'Walsall ILACS Standard Inspection',
      'Walsall ILACS Focused Visit',
    ]);
  });

  it('treats a record with no format number as format 0', () => {
    const { formatVersion: _dropped, ...unnumbered } = v0();
    const migrated = migrate(unnumbered);
    expect(migrated.ok && [migrated.record.onDuplicate, migrated.record.upgradedFromReplace]).toEqual(['skip', true]);
  });
});

describe('migrate from format 1 (the stored fixture, inspections as objects)', () => {
  it("packs the inspections and changes nothing else but the format number ('skip' was the user's own choice)", () => {
    const old = v1();
    expect(old.formatVersion).toBe(1);
    const migrated = migrate(old);
    if (!migrated.ok) throw new Error(migrated.problem);
    expect(migrated.changed).toBe(true);
    const { inspections, ...envelope } = old;
    const { packedInspections, ...rest } = migrated.record;
    expect(old.onDuplicate).toBe('skip');
    expect(rest).toEqual({ ...envelope, formatVersion: 3 });
    expect(packedInspections.count).toBe(13);
    expect(packedInspections.authority).toBeInstanceOf(Int32Array);
    expect(unpacked(packedInspections)).toEqual(inspections);
  });

  it.each([
    ['format 0', v0],
    ['format 1', v1],
    ['format 2', v2],
  ])('leaves the %s record it was given as it was', (_format, record) => {
    const old = record();
    const before = structuredClone(old);
    migrate(old);
    expect(old).toEqual(before);
  });
});

describe('migrate from format 2 (the stored fixture: saved with "replace", then the default)', () => {
  it('keeps the held record again, marks the dataset so the user is asked, and leaves the packed inspections as they were', () => {
    const old = v2();
    expect([old.formatVersion, old.onDuplicate]).toEqual([2, 'replace']);
    const migrated = migrate(old);
    if (!migrated.ok) throw new Error(migrated.problem);
    expect(migrated.changed).toBe(true);
    expect(migrated.record).toEqual({ ...old, onDuplicate: 'skip', upgradedFromReplace: true, formatVersion: 3 });
    // The same Int32Array columns, not copies: the packed layout is untouched.
    expect(migrated.record.packedInspections).toBe(old.packedInspections);
    expect(
      unpacked(migrated.record.packedInspections).map(
        (inspection) => `${inspection.authority.name} ${inspection.date.year} ${inspection.judgements.length}`,
      ),
    ).toEqual(['Walsall 2021 1']);
  });

  it("leaves a format 2 dataset saved with 'skip' choosing 'skip', with no mark", () => {
    const migrated = migrate({ ...v2(), onDuplicate: 'skip' });
    if (!migrated.ok) throw new Error(migrated.problem);
    expect(migrated.record.onDuplicate).toBe('skip');
    expect(migrated.record).not.toHaveProperty('upgradedFromReplace');
  });
});

describe('migrate a current record', () => {
  it('returns it unchanged', () => {
    expect(migrate(current)).toEqual({ ok: true, record: current, changed: false });
  });

  // Written by the release before the packed columns had a codec of their own: whatever the codec becomes, what a
  // browser holds in format 3 must read back as the inspections it was saved from.
  it.each(v3Fixtures().map((fixture) => [fixture.envelope.name, fixture] as const))(
    'reads the stored fixture of %s back unchanged',
    (_name, fixture) => {
      const { columnsApart, ...packed } = fixture.envelope.packedInspections;
      expect(columnsApart).toEqual(Object.keys(fixture.columns));
      const joined = {
        ...fixture.envelope,
        packedInspections: {
          ...packed,
          ...Object.fromEntries(
            Object.entries(fixture.columns).map(([name, values]) => [name, Int32Array.from(values)]),
          ),
        },
      };
      const migrated = migrate(joined);
      if (!migrated.ok) throw new Error(migrated.problem);
      expect(migrated.changed).toBe(false);
      expect(unpacked(packedFromStored(migrated.record.packedInspections))).toEqual(fixture.inspections);
    },
  );
});

/** The start column with the second inspection's judgements starting after the third's: same ends, but falling. */
const fallingStart = (start: Int32Array) => start.map((at, i) => (i === 1 ? start[2]! + 1 : at));

/** The current record with one packed column replaced. */
const withColumn = (key: keyof PackedInspections, value: unknown) => ({
  ...current,
  packedInspections: { ...current.packedInspections, [key]: value },
});

describe('records that cannot be read', () => {
  const { packedInspections: _packed, ...unpackedCurrent } = current;
  it.each<[string, unknown, RegExp]>([
    ['not an object', 'tidy-own-format.csv', /not a stored dataset/],
    ['null', null, /not a stored dataset/],
    ['an array', [current], /not a stored dataset/],
    // An app that knows format 3 at most (this one) meets format 4, as the release before this one meets format 3.
    ['from a newer version', { ...current, formatVersion: 4 }, /saved by a newer version of the app \(format 4\)/],
    ['a negative version', { ...current, formatVersion: -1 }, /unknown format version/],
    ['a version in words', { ...current, formatVersion: '1' }, /unknown format version/],
    ['no id', { ...current, id: 7 }, /id/],
    ['an unknown file format', { ...current, format: 'pdf' }, /unknown file format pdf/],
    ['an unknown duplicate choice', { ...current, onDuplicate: 'merge' }, /unknown duplicate choice merge/],
    [
      'a mark from an earlier version that is not true',
      { ...current, upgradedFromReplace: 'yes' },
      /malformed upgradedFromReplace yes/,
    ],
    ['format 1 with no inspections', { ...v1(), inspections: undefined }, /missing or malformed: inspections/],
    [
      'format 1 with inspections that are not the app’s',
      { ...v1(), inspections: [{ authority: 'Walsall' }] },
      /could not upgrade from format 1/,
    ],
    [
      'a current record with inspections as objects, not packed',
      { ...unpackedCurrent, inspections: [] },
      /missing or malformed: packedInspections/,
    ],
    [
      'a current record with a column as a plain list',
      withColumn('judgementArea', [...current.packedInspections.judgementArea]),
      /packed inspections: missing or malformed judgementArea$/,
    ],
    [
      'a current record with a column cut short',
      withColumn('date', current.packedInspections.date.subarray(1)),
      /packed inspections: missing or malformed date$/,
    ],
    [
      'a current record with a column of the wrong kind',
      withColumn('sourceLine', new Float64Array(current.packedInspections.sourceLine)),
      /malformed sourceLine$/,
    ],
    ['a current record with no value table', withColumn('values', undefined), /packed inspections: malformed values/],
    [
      'a current record with values that are not text',
      withColumn('values', [1, 2]),
      /packed inspections: malformed values/,
    ],
    ['a current record with no count', withColumn('count', '2'), /packed inspections: malformed count/],
    [
      'a current record with a code past the table of values',
      withColumn(
        'framework',
        current.packedInspections.framework.map(() => 10_000),
      ),
      /codes out of range in framework$/,
    ],
    [
      'a current record with a required value absent',
      withColumn(
        'authority',
        current.packedInspections.authority.map(() => -1),
      ),
      /codes out of range in authority$/,
    ],
    [
      'a current record whose judgements start after they end',
      withColumn('judgementStart', fallingStart(current.packedInspections.judgementStart)),
      /codes out of range in judgementStart$/,
    ],
  ])('refuses %s', (_case, record, problem) => {
    const migrated = migrate(record);
    expect(migrated.ok).toBe(false);
    expect(!migrated.ok && migrated.problem).toMatch(problem);
  });
});
