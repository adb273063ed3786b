// Every file the property tests (tests/unit/import/properties/) ever failed on, kept in tests/fixtures/fuzz/ and checked by name.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src/import';
import { importFixture, imported, readFixture, rejected } from './helpers';
import { importTimed } from './properties/importChecks';

const NEVER_CLOSED = /A quote mark opens a cell on this row and is never closed/;

describe('files the fuzzer found', () => {
  it.each(['fuzz/unclosed-and-malformed-quote-no-header.csv', 'fuzz/header-cells-open-quotes.csv'])(
    '%s: refused with the unclosed-quote error, not papaparse’s warning about the same row',
    (name) => {
      const result = rejected(importFixture(name));
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ line: 1, severity: 'error' });
      expect(result.problems[0]?.message).toMatch(NEVER_CLOSED);
    },
  );

  it('fuzz/unclosed-quote-on-last-line.csv: the lone quote on the last line is a row, rejected with the error reported on it', () => {
    const result = imported(importFixture('fuzz/unclosed-quote-on-last-line.csv'));
    expect({
      read: result.rowsRead,
      imported: result.rowsImported,
      rejected: result.rowsRejected,
      skipped: result.rowsSkipped,
    }).toEqual({ read: 2, imported: 0, rejected: 1, skipped: 1 });
    expect(result.problems.map((problem) => [problem.line, problem.severity])).toEqual([
      [4, 'warning'],
      [5, 'error'],
    ]);
    expect(result.problems[1]?.message).toMatch(NEVER_CLOSED);
  });

  it('fuzz/tidy-authority-name-full-of-tabs.csv: read with commas, though every row holds more tabs than commas', () => {
    const name = 'fuzz/tidy-authority-name-full-of-tabs.csv';
    // No authority has that name or the LA number 763: refused unless the user keeps unknown names as bodies of their own.
    const refused = imported(importFixture(name));
    expect({ imported: refused.rowsImported, rejected: refused.rowsRejected }).toEqual({ imported: 0, rejected: 6 });
    const result = imported(importBytes(name, readFixture(name), { keepUnknownAuthorities: true }));
    expect(result.delimiter).toBe(',');
    expect({
      read: result.rowsRead,
      imported: result.rowsImported,
      rejected: result.rowsRejected,
      skipped: result.rowsSkipped,
    }).toEqual({ read: 6, imported: 6, rejected: 0, skipped: 0 });
    expect(result.inspections).toHaveLength(1);
    expect(result.inspections[0]?.authority).toEqual({
      name: 'permanence\tfront door\tpermanence\tSEND\tDudley\tDudley\tMASH\tMASH\tearly help\tMASH\tSEND\tcare leavers',
      laNumber: '763',
      region: 'North West',
      kind: 'other',
    });
    expect(result.inspections[0]?.judgements).toHaveLength(6);
  });

  it('fuzz/header-cell-of-unclosed-brackets.csv: a heading of 13,000 "(a" is refused in milliseconds, not seconds', () => {
    const name = 'fuzz/header-cell-of-unclosed-brackets.csv';
    const result = rejected(importTimed({ kind: name, bytes: readFixture(name) }));
    expect(result.problems[0]?.message).toMatch(/no column for: Authority name/);
  });

  it.each<[string, number]>([
    ['fuzz/measures-value-of-digits-then-x.csv', 3],
    ['fuzz/measures-row-of-digit-runs-pipe-delimited.csv', 3],
  ])(
    '%s: a value of tens of thousands of digits with a letter or %% at the end is rejected in milliseconds, not seconds',
    (name, line) => {
      const result = imported(importTimed({ kind: name, bytes: readFixture(name) }));
      expect({
        format: result.format,
        read: result.rowsRead,
        imported: result.rowsImported,
        rejected: result.rowsRejected,
      }).toEqual({ format: 'measures', read: 2, imported: 0, rejected: 2 });
      const onValue = result.problems.find((problem) => problem.line === line && problem.column === 'value');
      expect(onValue?.message).toMatch(/This is not a number/);
    },
  );
});
