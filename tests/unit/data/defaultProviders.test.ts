// The embedded provider data: the lists read by our importer and packed, the national series read table by table.
// Figures are checked against the CSVs in data/ofsted/providers, read here with papaparse.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importDefaultProviders } from '../../../src/data/defaultFiles';
import { packProviders, unpackProviders } from '../../../src/data/providerPack';
import { importText } from '../../../src/import';
import { readProviderSeries } from '../../../src/import/providerSeries';
import { seriesModel } from '../../../src/features/providers/providersModel';

const FOLDER = join(__dirname, '..', '..', '..', 'data', 'ofsted', 'providers');
const files = readdirSync(FOLDER).map((name) => ({ name, text: readFileSync(join(FOLDER, name), 'utf8') }));
const textOf = (part: string) => files.find((file) => file.name.includes(part))!.text;

describe('the default provider data', () => {
  const held = importDefaultProviders(files);

  it('holds both provider lists, read whole with no problem, and the series with no unread row', () => {
    expect(held.lists.map((list) => [list.file, list.problems])).toEqual([
      ['csc_in_england_2023__Provider_level_at_31_Mar_2023.csv', 0],
      ['csc_in_england_2023__Provider_level_in_year_2022-23.csv', 0],
    ]);
    expect(held.lists.map((list) => list.rowsImported)).toEqual([3546, 3767]);
    expect(held.seriesProblems).toEqual([]);
  });

  it('packs each list’s rows and gives them back exactly', () => {
    const result = importText('at.csv', textOf('Provider_level_at_31_Mar'));
    if (!result.ok) throw new Error('not read');
    expect(unpackProviders(JSON.parse(JSON.stringify(packProviders(result.providers ?? []))))).toEqual(
      result.providers,
    );
  });

  it('reads tables 8a-8n and 9a-9e, marking the totals, with 8c’s counts as the file gives them', () => {
    const { series } = readProviderSeries('s.csv', textOf('Latest_OE_31_Mar'));
    expect(series.map((table) => table.table)).toEqual('abcdefghijklmn'.split('').map((letter) => `8${letter}`));
    expect(series.filter((table) => table.total).map((table) => table.table)).toEqual(['8a', '8b']);
    const rows = Papa.parse<string[]>(textOf('Latest_OE_31_Mar')).data;
    const at = rows.findIndex((row) => row[0]!.startsWith('Table 8c'));
    const c = series.find((table) => table.table === '8c')!;
    rows.slice(at + 2, at + 12).forEach((row, i) => {
      expect(c.points[i]!.period).toBe(row[0]);
      expect(Object.values(c.points[i]!.counts!)).toEqual(row.slice(1).map((cell) => Number(cell.replace(/,/g, ''))));
    });
    // 8n's 2014 row is blank in the file: no counts, never zeros.
    expect(series.find((table) => table.table === '8n')!.points.at(-1)).toEqual({
      period: '31-Mar-14',
      date: { precision: 'day', year: 2014, month: 3, day: 31 },
    });
  });

  it('reads 2020-21 in the year’s series as a pause in inspections, not zeros', () => {
    const { series } = readProviderSeries('s.csv', textOf('In_Year_Time'));
    expect(series.map((table) => [table.table, table.total])).toEqual([
      ['9a', true],
      ['9b', false],
      ['9c', false],
      ['9d', false],
      ['9e', false],
    ]);
    for (const table of series) {
      const paused = table.points.filter((point) => point.paused).map((point) => point.period);
      expect(paused).toEqual(['2020-21']);
      expect(table.points.find((point) => point.paused)!.counts).toBeUndefined();
    }
    const homes = seriesModel(series, 'children-s-home');
    expect(homes.inYear?.table).toBe('9b');
    expect(homes.paused).toEqual(['2020-21']);
  });

  it('never adds a total table to the types it contains: a type shows its own table, "all" the total alone', () => {
    const { series } = readProviderSeries('s.csv', textOf('Latest_OE_31_Mar'));
    expect(seriesModel(series, 'children-s-home').latest?.table).toBe('8c');
    expect(seriesModel(series, 'independent-fostering-agency').latest?.table).toBe('8f');
    expect(seriesModel(series, 'residential-special-school-registered-as-a-children-s-home').latest?.table).toBe('8d');
    expect(seriesModel(series, undefined).latest?.table).toBe('8a');
  });
});
