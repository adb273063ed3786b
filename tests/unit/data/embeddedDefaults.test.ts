// The compact form of the embedded default data gives back exactly the JSON results it was made from, odd cases included.
import { describe, expect, it } from 'vitest';
import { embedDefaults, readEmbeddedDefaults } from '../../../src/data/embeddedDefaults';
import { fileProblem, importText, toJsonResult, type JsonResult } from '../../../src/import';

const tidy = (rows: string) =>
  toJsonResult(importText('tidy.csv', `authority_name,inspection_date,judgement_area,grade\n${rows}`));

/** A result's packed values replaced, to try values the importer would not make today. */
function withValues(result: JsonResult, values: readonly string[]): JsonResult {
  if (!result.ok) throw new Error('expected a result that imported');
  return { ...result, packed: { ...result.packed, values } };
}

const roundTrip = (results: readonly JsonResult[]) =>
  readEmbeddedDefaults(JSON.parse(JSON.stringify(embedDefaults(results))));

describe('embedDefaults and readEmbeddedDefaults', () => {
  const walsall = tidy(
    'Walsall,2021-10-04,Overall effectiveness,Good\nWalsall,2017-01-09,Overall effectiveness,Inadequate\n',
  );
  const barnet = tidy('Barnet,2021-10-04,Overall effectiveness,Good\nWalsall,2012-06,Overall effectiveness,Adequate\n');
  const failed: JsonResult = { ok: false, file: 'bad.csv', problems: [fileProblem('This file is empty.')] };

  it.each<[string, readonly JsonResult[]]>([
    ['no results', []],
    ['one result', [walsall]],
    ['results sharing values (authorities, areas, grades, dates)', [walsall, barnet]],
    ['a result that did not import, kept as it is', [failed, walsall]],
    [
      'values that look like the short forms, and a date not written as the importer writes one',
      [
        withValues(walsall, [
          'D2021-10-4',
          '~D',
          '~',
          '{"precision":"day","year":2021,"month":10,"day":4}',
          '{"year":2021,"precision":"day","month":10,"day":4}',
          '{"precision":"day","year":2021,"month":10,"day":4,"note":"x"}',
          '{"precision":"month","year":2012,"month":6}',
          '',
        ]),
      ],
    ],
  ])('gives back exactly %s', (_name, results) => {
    expect(roundTrip(results)).toStrictEqual(results);
  });

  it('holds each shared value once, and a day’s date short', () => {
    const embedded = embedDefaults([walsall, barnet]);
    expect(new Set(embedded.values).size).toBe(embedded.values.length);
    expect(embedded.values).toContain('D2021-10-4');
    expect(embedded.values.filter((value) => value.includes('Overall effectiveness'))).toHaveLength(1);
  });

  it('writes a column that runs upwards as differences, and gives the column back', () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        `Walsall,20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01,Overall effectiveness,Good`,
    ).join('\n');
    const many = tidy(`${rows}\n`);
    const [embedded] = embedDefaults([many]).results;
    expect(embedded?.ok && embedded.differences).toContain('sourceLine');
    // Its values' places in the shared table run upwards as well.
    expect(embedded?.ok && embedded.differences).toContain('values');
    expect(roundTrip([many])).toStrictEqual([many]);
  });
});
