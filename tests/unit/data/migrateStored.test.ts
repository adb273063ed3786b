// Stored datasets from an older version of the app: the format 0 fixture upgraded, and records that cannot be read refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/data/migrateStored';
import { STORED_FORMAT_VERSION, type StoredDataset } from '../../../src/data/storedDataset';

const v0 = (): Record<string, unknown> => JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'stored', 'v0-dataset.json'), 'utf8'));

const current: StoredDataset = {
  id: 'current',
  name: 'panel-2021.csv',
  sourceFile: 'panel-2021.csv',
  fileSize: 512,
  contentHash: 'a'.repeat(64),
  importedAt: '2026-11-20T14:30:00.000Z',
  order: 3,
  format: 'tidy',
  onDuplicate: 'skip',
  inspections: [],
  measures: [],
  formatVersion: STORED_FORMAT_VERSION,
};

describe('migrate from format 0 (the stored fixture)', () => {
  it('adds what format 0 did not record, and keeps every record and field it did', () => {
    const old = v0();
    expect(old.formatVersion).toBe(0);
    expect(old).not.toHaveProperty('onDuplicate');
    const migrated = migrate(old);
    if (!migrated.ok) throw new Error(migrated.problem);
    expect(migrated.changed).toBe(true);
    expect(migrated.dataset).toEqual({ ...old, onDuplicate: 'replace', contentHash: '', formatVersion: STORED_FORMAT_VERSION });
    // Walsall's 2021 inspection and the 2023 focused visit, exactly as stored.
    expect(migrated.dataset.inspections.map((inspection) => `${inspection.authority.name} ${inspection.type}`)).toEqual([
      'Walsall ILACS Standard Inspection',
      'Walsall ILACS Focused Visit',
    ]);
  });

  it('leaves the record it was given as it was', () => {
    const old = v0();
    const before = structuredClone(old);
    migrate(old);
    expect(old).toEqual(before);
  });

  it('treats a record with no format number as format 0', () => {
    const { formatVersion: _dropped, ...unnumbered } = v0();
    const migrated = migrate(unnumbered);
    expect(migrated.ok && migrated.dataset.onDuplicate).toBe('replace');
  });
});

describe('migrate a current record', () => {
  it('returns it unchanged', () => {
    expect(migrate(current)).toEqual({ ok: true, dataset: current, changed: false });
  });
});

describe('records that cannot be read', () => {
  it.each<[string, unknown, RegExp]>([
    ['not an object', 'tidy-own-format.csv', /not a stored dataset/],
    ['null', null, /not a stored dataset/],
    ['an array', [current], /not a stored dataset/],
    ['from a newer version', { ...current, formatVersion: STORED_FORMAT_VERSION + 1 }, /newer version/],
    ['a negative version', { ...current, formatVersion: -1 }, /unknown format version/],
    ['a version in words', { ...current, formatVersion: '1' }, /unknown format version/],
    ['no inspections', { ...current, inspections: undefined }, /inspections/],
    ['no id', { ...current, id: 7 }, /id/],
    ['an unknown file format', { ...current, format: 'pdf' }, /unknown file format pdf/],
    ['an unknown duplicate choice', { ...current, onDuplicate: 'merge' }, /unknown duplicate choice merge/],
  ])('refuses %s', (_case, record, problem) => {
    const migrated = migrate(record);
    expect(migrated.ok).toBe(false);
    expect(!migrated.ok && migrated.problem).toMatch(problem);
  });
});
