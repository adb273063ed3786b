// What the worker sends: inspections as typed columns come back as the same records, and problems past the cap are counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes, importText } from '../../../src/import';
import { inspectionDecoder } from '../../../src/import/inspectionCodec';
import { capProblems, packResult, PROBLEMS_SENT, unpackResult } from '../../../src/import/packedResult';
import { AS_AT_FILE, FIXTURES_DIR, HISTORY_FILE, IN_YEAR_FILE, OFSTED_DIR } from './helpers';

const FILES = [
  join(OFSTED_DIR, HISTORY_FILE),
  join(OFSTED_DIR, IN_YEAR_FILE),
  join(OFSTED_DIR, AS_AT_FILE),
  join(FIXTURES_DIR, 'tidy-own-format.csv'),
  join(FIXTURES_DIR, 'summary-counts-total-mismatch.csv'),
  join(FIXTURES_DIR, 'tidy-bad-rows.csv'),
  join(FIXTURES_DIR, 'measures-percent.csv'),
];

describe('packed and unpacked, a result is the same result', () => {
  it.each(FILES.map((path) => [path.split('/').slice(-1)[0], path]))('%s', (_name, path) => {
    const result = importBytes('file.csv', new Uint8Array(readFileSync(path)));
    expect(unpackResult(packResult(result))).toEqual(result);
  });

  it('rebuilds any slice of the inspections on its own', () => {
    const result = importBytes('history.csv', new Uint8Array(readFileSync(join(OFSTED_DIR, HISTORY_FILE))));
    if (!result.ok) throw new Error('the history sheet should import');
    const packed = packResult(result);
    if (!packed.ok) throw new Error('packing keeps success');
    const decode = inspectionDecoder(packed.packed);
    expect([...decode(0, 100), ...decode(100, 200), ...decode(200, 10_000)]).toEqual(result.inspections);
    // Columns, not objects: one value table and integer arrays.
    expect(packed.packed.values.length).toBeLessThan(result.inspections.length * 2);
  });
});

describe('problems past the cap', () => {
  it('keeps the first ones and says how many more there were, and from which row', () => {
    const rows = Array.from({ length: PROBLEMS_SENT + 250 }, (_, i) => `Walsall,2021-10-04,Area ${i},Very good`).join(
      '\n',
    );
    const result = importText('bad.csv', `authority_name,inspection_date,judgement_area,grade\n${rows}\n`);
    expect(result.problems.length).toBe(PROBLEMS_SENT + 250);
    const capped = capProblems(result.problems);
    expect(capped.slice(0, PROBLEMS_SENT)).toEqual(result.problems.slice(0, PROBLEMS_SENT));
    expect(capped).toHaveLength(PROBLEMS_SENT + 1);
    expect(capped.at(-1)?.message).toMatch(
      /^250 more problems, from row 5002 on, are not listed: only the first 5,000 are\./,
    );
  });

  it('leaves a list within the cap alone', () => {
    const problems = importText(
      'few.csv',
      'authority_name,inspection_date,judgement_area,grade\nWalsall,2021-10-04,Leaders,Very good\n',
    ).problems;
    expect(capProblems(problems)).toBe(problems);
  });
});
