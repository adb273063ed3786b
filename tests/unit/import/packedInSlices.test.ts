// Packing and rebuilding inspections a slice at a time, as the page does when it stores and reads a big dataset:
// the same columns and records as all at once, with other work let in between slices.
import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../../src/domain';
import {
  INSPECTIONS_PER_SLICE,
  packInspections,
  packInspectionsInSlices,
  unpackInspectionsInSlices,
} from '../../../src/import/inspectionCodec';
import { AS_AT_FILE, HISTORY_FILE, importFixture, imported, importOfsted, IN_YEAR_FILE } from './helpers';

const REAL: Array<[string, () => readonly Inspection[]]> = [
  [HISTORY_FILE, () => importOfsted(HISTORY_FILE).inspections],
  [IN_YEAR_FILE, () => importOfsted(IN_YEAR_FILE).inspections],
  [AS_AT_FILE, () => importOfsted(AS_AT_FILE).inspections],
  ['summary-counts-total-mismatch.csv', () => imported(importFixture('summary-counts-total-mismatch.csv')).inspections],
];

/** A pause that only counts. */
function counted() {
  const counter = { pauses: 0, pause: async () => void (counter.pauses += 1) };
  return counter;
}

describe('packInspectionsInSlices', () => {
  it.each(REAL)('packs %s into exactly the columns packInspections makes at once', async (_name, inspections) => {
    const all = inspections();
    const counter = counted();
    const sliced = await packInspectionsInSlices(all, { perSlice: 7, pause: counter.pause });
    expect(sliced).toEqual(packInspections(all));
    expect(counter.pauses).toBe(Math.ceil(all.length / 7) - 1);
  });

  it('packs nothing into empty columns, without pausing', async () => {
    const counter = counted();
    const packed = await packInspectionsInSlices([], { pause: counter.pause });
    expect(packed.count).toBe(0);
    expect(packed.judgementStart).toEqual(new Int32Array([0]));
    expect(counter.pauses).toBe(0);
  });
});

describe('unpackInspectionsInSlices', () => {
  it.each(REAL)('rebuilds %s as it was, a slice at a time', async (_name, inspections) => {
    const all = inspections();
    const counter = counted();
    expect(await unpackInspectionsInSlices(packInspections(all), { perSlice: 50, pause: counter.pause })).toStrictEqual(
      all,
    );
    expect(counter.pauses).toBe(Math.max(0, Math.ceil(all.length / 50) - 1));
  });
});

describe('with the default slices', () => {
  it('lets other tasks run while a dataset bigger than one slice is packed and rebuilt', async () => {
    const sheet = importOfsted(HISTORY_FILE).inspections;
    const many = Array.from({ length: Math.ceil((INSPECTIONS_PER_SLICE * 2) / sheet.length) }, () => sheet).flat();
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    try {
      const packed = await packInspectionsInSlices(many);
      const afterPacking = ticks;
      expect(afterPacking).toBeGreaterThan(0);
      expect(await unpackInspectionsInSlices(packed)).toHaveLength(many.length);
      expect(ticks).toBeGreaterThan(afterPacking);
    } finally {
      clearInterval(timer);
    }
  });
});
