// The codec's one schema: every field the importer writes has a column, and packing loses nothing from any real file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../../src/domain/inspection';
import { importBytes } from '../../../src/import';
import { inspectionDecoder, PACKED_COLUMNS, packedProblem, packInspections } from '../../../src/import/inspectionCodec';
import { FIXTURES_DIR, OFSTED_DIR } from './helpers';

const csvIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => join(dir, name));
const REAL = join(
  FIXTURES_DIR,
  'real',
  'ofsted',
  'csc-in-england-2023',
  'csc_in_england_2023__LA_inspections_2009-2023.csv',
);
const WALSALL = join(FIXTURES_DIR, '..', '..', 'data', 'walsall');
const FILES = [
  ...csvIn(OFSTED_DIR),
  ...csvIn(WALSALL),
  ...csvIn(join(FIXTURES_DIR, 'upload')),
  ...csvIn(FIXTURES_DIR),
  REAL,
];

/** Every inspection of every file the importer reads, with `keepUnknownAuthorities` so the odd files give records too. */
const inspections: Inspection[] = FILES.flatMap((path) => {
  const result = importBytes(path.split('/').at(-1)!, new Uint8Array(readFileSync(path)), {
    keepUnknownAuthorities: true,
  });
  return result.ok ? [...result.inspections] : [];
});

/** The fields each kind of record was seen with, read from the records themselves. */
function fieldsSeen(records: ReadonlyArray<object>): string[] {
  return [...new Set(records.flatMap((record) => Object.keys(record)))].sort();
}

describe('the schema', () => {
  it('has a column for every field the importer writes, on inspections, judgements and sources', () => {
    const schemaFields = (per: string) =>
      Object.values(PACKED_COLUMNS)
        .flatMap((spec) => (spec.per === per && 'field' in spec ? [spec.field as string] : []))
        .sort();
    expect(inspections.length).toBeGreaterThan(1000);
    // Judgements and sources are the two chains the start columns hold.
    expect(fieldsSeen(inspections)).toEqual([...schemaFields('inspection'), 'judgements', 'sources'].sort());
    expect(fieldsSeen(inspections.flatMap((inspection) => inspection.judgements))).toEqual(schemaFields('judgement'));
    expect(fieldsSeen(inspections.flatMap((inspection) => inspection.sources))).toEqual(schemaFields('source'));
  });

  it('packs and rebuilds every record of every file as it was', () => {
    const packed = packInspections(inspections);
    expect(packedProblem(packed)).toBeUndefined();
    expect(inspectionDecoder(packed)(0, packed.count)).toEqual(inspections);
  });
});

describe('checking packed inspections from outside', () => {
  const packed = packInspections(inspections.slice(0, 50));
  it.each<[string, object, RegExp]>([
    ['a list for a column', { ...packed, date: [...packed.date] }, /missing or malformed date$/],
    [
      'a source column the wrong length',
      { ...packed, sourceLine: packed.sourceLine.subarray(1) },
      /missing or malformed sourceLine$/,
    ],
    ['an optional code below -1', { ...packed, note: packed.note.map(() => -2) }, /codes out of range in note$/],
    [
      'a judgement code past the values',
      { ...packed, judgementOutcome: packed.judgementOutcome.map(() => packed.values.length) },
      /codes out of range in judgementOutcome$/,
    ],
    [
      'sources that do not start at 0',
      { ...packed, sourceStart: packed.sourceStart.map((at, i) => (i === 0 ? 1 : at)) },
      /codes out of range in sourceStart$/,
    ],
  ])('refuses %s', (_case, damaged, problem) => {
    expect(packedProblem(damaged)).toMatch(problem);
  });
});
