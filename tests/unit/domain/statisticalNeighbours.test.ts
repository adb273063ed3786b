// DfE's statistical neighbours: the generated module against the workbooks, and the lookup against an independent read
// of the CSV saved from the May 2025 workbook and of la_codes.csv (split by hand here, not by the app's code).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentNeighboursModule, NEIGHBOURS_MODULE } from '../../../scripts/generateStatisticalNeighbours';
import { CLOSENESS_BANDS, closenessOf } from '../../../src/domain/closeness';
import { SN_APRIL_2021, SN_MAY_2025 } from '../../../src/domain/statisticalNeighbours.generated';
import { statisticalNeighbours } from '../../../src/domain/statisticalNeighbours';
import { splitCsvLine } from '../../helpers/realData';

const DFE = join(__dirname, '..', '..', 'fixtures', 'real', 'dfe');
const lines = (file: string) =>
  readFileSync(join(DFE, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map(splitCsvLine);

const [snHeader, ...snRows] = lines('statistical_neighbours_may_2025.csv');
const [, ...codeRows] = lines('la_codes.csv');
/** LA number → every name la_codes.csv gives it. */
const namesByNumber = new Map<string, string[]>();
for (const [number, , name] of codeRows) namesByNumber.set(number!, [...(namesByNumber.get(number!) ?? []), name!]);
const csvRow = (number: string) => snRows.find((row) => row[0] === number)!;
/** SN1..SN10 of the CSV row: number and the band as written. */
const csvNeighbours = (row: readonly string[]) =>
  Array.from({ length: 10 }, (_, index) => ({ number: row[4 + index * 2]!, band: row[5 + index * 2]! }));

describe('the generated module', () => {
  it('is what scripts/generateStatisticalNeighbours.ts makes of the two workbooks today (run `npm run generate:statistical-neighbours` if not)', () => {
    expect(readFileSync(NEIGHBOURS_MODULE, 'utf8')).toBe(currentNeighboursModule());
  });

  it('holds every row of the CSV saved from the May 2025 workbook, in order, with its ten neighbours and bands in SN order', () => {
    expect(snHeader!.slice(0, 6)).toEqual(['la_number', 'la_name', 'region_index', 'region', 'sn1', 'closeness1']);
    expect(snRows).toHaveLength(158);
    expect(SN_MAY_2025).toHaveLength(snRows.length);
    snRows.forEach((row, index) => {
      const generated = SN_MAY_2025[index]!;
      expect(generated[0]).toBe(row[0]);
      expect(generated[1]).toBe(row[1]);
      expect(generated[3].map(([number, band]) => [number, band.toLowerCase()])).toEqual(
        csvNeighbours(row).map(({ number, band }) => [number, band.toLowerCase()]),
      );
    });
  });

  it('writes each band as one of DfE’s five words, whatever the file’s capitalisation', () => {
    const written = new Set(snRows.flatMap((row) => csvNeighbours(row).map(({ band }) => band)));
    expect(written).toContain('Very Close');
    expect(written).toContain('Very close');
    const bands = new Set([...SN_MAY_2025, ...SN_APRIL_2021].flatMap((row) => row[3].map(([, band]) => band)));
    expect([...bands].every((band) => (CLOSENESS_BANDS as readonly string[]).includes(band))).toBe(true);
    expect(closenessOf(' extremely  CLOSE ')).toBe('Extremely close');
    expect(closenessOf('close-ish')).toBeUndefined();
  });

  it('keeps April 2021’s “-” for authorities not yet made as no neighbours, not as made-up ones', () => {
    expect(SN_APRIL_2021.find((row) => row[1] === 'Cumberland')?.[3]).toEqual([]);
    expect(statisticalNeighbours('sn2021', 'E06000063')).toEqual([]);
    expect(statisticalNeighbours('sn2025', 'E06000063')).toHaveLength(10);
  });
});

describe('an authority’s neighbours', () => {
  it('are Walsall’s ten from the CSV, in SN order, with their bands', () => {
    const neighbours = statisticalNeighbours('sn2025', 'E08000030');
    expect(neighbours.map((neighbour) => neighbour.name)).toEqual([
      'Rochdale',
      'Stoke-on-Trent',
      'Tameside',
      'Wolverhampton',
      'Doncaster',
      'Derby',
      'Bolton',
      'Rotherham',
      'North East Lincolnshire',
      'Sandwell',
    ]);
    const expected = csvNeighbours(csvRow('335'));
    expect(
      neighbours.map((neighbour) => [neighbour.rank, neighbour.laNumber, neighbour.closeness.toLowerCase()]),
    ).toEqual(expected.map(({ number, band }, index) => [index + 1, number, band.toLowerCase()]));
  });

  it('name every neighbour of every row as la_codes.csv names its number', () => {
    for (const row of snRows) {
      for (const neighbour of statisticalNeighbours('sn2025', row[0]!)) {
        expect(neighbour.authority, `${row[1]}: ${neighbour.laNumber}`).toBeDefined();
        expect(
          neighbour.authority!.names.some((name) => namesByNumber.get(neighbour.laNumber)?.includes(name)),
          `${row[1]}: ${neighbour.laNumber}`,
        ).toBe(true);
      }
    }
  });

  it('are found by either of North Yorkshire’s, Buckinghamshire’s and Somerset’s ONS codes (one LA number, two codes)', () => {
    for (const [number, codes] of [
      ['815', ['E06000065', 'E10000023']],
      ['825', ['E06000060', 'E10000002']],
      ['933', ['E06000066', 'E10000027']],
    ] as const) {
      const expected = csvNeighbours(csvRow(number)).map(({ number: neighbour }) => neighbour);
      for (const code of codes)
        expect(
          statisticalNeighbours('sn2025', code).map((neighbour) => neighbour.laNumber),
          code,
        ).toEqual(expected);
    }
    // Somerset as someone's neighbour is today's Somerset.
    expect(
      statisticalNeighbours('sn2025', '838').find((neighbour) => neighbour.laNumber === '933')?.authority?.onsCodes[0],
    ).toBe('E06000066');
  });

  it('for successor authorities come from their own rows (Cumberland, North Northamptonshire)', () => {
    for (const [number, code] of [
      ['942', 'E06000063'],
      ['940', 'E06000061'],
    ] as const) {
      expect(statisticalNeighbours('sn2025', code).map((neighbour) => neighbour.laNumber)).toEqual(
        csvNeighbours(csvRow(number)).map(({ number: neighbour }) => neighbour),
      );
    }
  });

  it('for Dorset are those of its current number 838, not of “Dorset (Pre LG)” (835) in DfE’s list of old authorities', () => {
    expect(csvRow('835')[1]).toBe('Dorset (Pre LG)');
    const expected = csvNeighbours(csvRow('838')).map(({ number }) => number);
    expect(statisticalNeighbours('sn2025', 'E06000059').map((neighbour) => neighbour.laNumber)).toEqual(expected);
    expect(statisticalNeighbours('sn2025', 'E10000009').map((neighbour) => neighbour.laNumber)).toEqual(expected);
  });

  it('are empty for a code the register does not know', () => {
    expect(statisticalNeighbours('sn2025', 'E99999999')).toEqual([]);
  });
});
