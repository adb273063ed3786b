// The integer column behind packed records: the same values back whatever way it holds them (one value, or blocks).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntColumn } from '../../../src/import/valueTable';

describe('IntColumn', () => {
  it('gives back what was pushed and set, through runs of one value and across blocks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: -5, max: 5 })), { maxLength: 9000 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })), { maxLength: 20 }),
        fc.nat({ max: 9000 }),
        (pushes, sets, cut) => {
          const column = new IntColumn();
          const expected: number[] = [];
          for (const value of pushes) {
            column.push(value);
            expected.push(value);
          }
          for (const [at, value] of sets) {
            if (expected.length === 0) break;
            column.set(at % expected.length, value);
            expected[at % expected.length] = value;
          }
          // Shortened then grown again, as a rollback leaves it.
          column.length = Math.min(cut, expected.length);
          expected.length = Math.min(cut, expected.length);
          column.push(7);
          expected.push(7);
          expect(column.length).toBe(expected.length);
          expect(Array.from(column.toArray())).toEqual(expected);
          expect(expected.map((_, i) => column.get(i))).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives back a long run of one value, and the values that break it', () => {
    const column = new IntColumn();
    for (let i = 0; i < 100_000; i++) column.push(-1);
    expect(column.toArray().every((value) => value === -1)).toBe(true);
    column.push(3);
    column.set(5, 2);
    const values = column.toArray();
    expect(values).toHaveLength(100_001);
    expect([values[4], values[5], values[99_999], values[100_000]]).toEqual([-1, 2, -1, 3]);
  });
});
