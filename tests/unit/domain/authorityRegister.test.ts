// The register of English local authorities: generated from DfE's la_codes.csv, with what that file lacks.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LA_CODES_CSV, LA_CODES_MODULE, laCodesModule } from '../../../scripts/generateLaCodes';
import { normaliseAuthorityName } from '../../../src/domain/authority';
import { AUTHORITY_REGISTER, registeredByCode, registeredByName } from '../../../src/domain/authorityRegister';
import { LA_CODES } from '../../../src/domain/laCodes.generated';
import { OFSTED_FILES, readData } from '../../helpers/realData';

const csvRows = () =>
  Papa.parse<Record<string, string>>(readFileSync(LA_CODES_CSV, 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('the generated module', () => {
  it('is what scripts/generateLaCodes.ts makes of la_codes.csv today (run `npm run generate:la-codes` if not)', () => {
    expect(readFileSync(LA_CODES_MODULE, 'utf8')).toBe(laCodesModule(readFileSync(LA_CODES_CSV, 'utf8')));
  });

  it('holds every row of la_codes.csv', () => {
    expect(LA_CODES).toHaveLength(csvRows().length);
    expect(LA_CODES.length).toBe(161);
  });

  it('refuses a file that is not la_codes.csv rather than generating something odd', () => {
    expect(() => laCodesModule('la,code\n1,2\n')).toThrow(/headings/);
    expect(() =>
      laCodesModule(
        'old_la_code,new_la_code,la_name,region_code,region_name,first_year,last_year\n33,E08000030,Walsall,E12000005,West Midlands,2013,2025\n',
      ),
    ).toThrow(/LA number/);
  });
});

describe('the register', () => {
  it('resolves every row of la_codes.csv by its number, its code and its name to the same authority', () => {
    for (const row of csvRows()) {
      const authority = registeredByCode(row.new_la_code!);
      expect(authority, row.la_name).toBeDefined();
      expect(registeredByCode(row.old_la_code!)).toBe(authority);
      expect(registeredByName(row.la_name!)).toBe(authority);
      expect(authority!.onsCodes).toContain(row.new_la_code);
      expect(authority!.laNumbers).toContain(row.old_la_code);
    }
  });

  it('keeps both ONS codes of a DfE number that has two, the current one first', () => {
    const twice = new Map<string, string[]>();
    for (const row of csvRows())
      twice.set(row.old_la_code!, [...(twice.get(row.old_la_code!) ?? []), row.new_la_code!]);
    const numbers = [...twice].filter(([, codes]) => codes.length > 1).map(([number]) => number);
    expect(numbers.sort()).toEqual(['815', '825', '933']);
    expect(registeredByCode('815')).toMatchObject({ name: 'North Yorkshire', onsCodes: ['E06000065', 'E10000023'] });
    expect(registeredByCode('825')).toMatchObject({ name: 'Buckinghamshire', onsCodes: ['E06000060', 'E10000002'] });
    expect(registeredByCode('933')).toMatchObject({ name: 'Somerset', onsCodes: ['E06000066', 'E10000027'] });
    expect(registeredByCode('E10000023')).toBe(registeredByCode('E06000065'));
  });

  it('holds Dorset once, under both its numbers and codes (the children’s services continued in 2019)', () => {
    const dorset = registeredByName('Dorset');
    expect(dorset).toMatchObject({ name: 'Dorset', onsCodes: ['E06000059', 'E10000009'], laNumbers: ['838', '835'] });
    expect(dorset?.ceasedOn).toBeUndefined();
    expect(registeredByName('Dorset (Pre LG)')).toBe(dorset);
  });

  it('holds the authorities that no longer exist, with the day they ceased, and their successors with the day they began', () => {
    const ceased = AUTHORITY_REGISTER.filter((authority) => authority.ceasedOn).map((authority) => authority.name);
    expect(ceased.sort()).toEqual(['Bournemouth', 'Cumbria', 'Northamptonshire', 'Poole']);
    expect(registeredByName('Poole')?.ceasedOn).toEqual({ precision: 'day', year: 2019, month: 4, day: 1 });
    for (const [name, year] of [
      ['Bournemouth, Christchurch & Poole', 2019],
      ['North Northamptonshire', 2021],
      ['West Northamptonshire', 2021],
      ['Cumberland', 2023],
      ['Westmorland and Furness', 2023],
    ] as const) {
      expect(registeredByName(name)?.startedOn, name).toEqual({ precision: 'day', year, month: 4, day: 1 });
    }
    expect(AUTHORITY_REGISTER.filter((authority) => !authority.ceasedOn)).toHaveLength(153);
  });

  it('knows what la_codes.csv lacks: Ofsted’s names, newer codes and the usual variants', () => {
    const same = (name: string, code: string) => expect(registeredByName(name), name).toBe(registeredByCode(code));
    same('Bedford Borough', 'E06000055');
    same('Durham', 'E06000047');
    same('County Durham', 'E06000047');
    same('Bristol', 'E06000023');
    same('Bristol, City of', 'E06000023');
    same('Kingston Upon Hull', 'E06000010');
    same('Kingston upon Hull, City of', 'E06000010');
    same('Herefordshire, County of', 'E06000019');
    same('Herefordshire', 'E06000019');
    same('london corporation', 'E09000001');
    same('St. Helens', 'E08000013');
    same('St Helens', 'E08000013');
    same('Hammersmith & Fulham', 'E09000013');
    same('Bournemouth, Christchurch & Poole', 'E06000058');
    same('Walsall', '335');
    same('Walsall Council', 'e08000030');
    same('Barnsley', 'E08000038');
    same('Sheffield', 'E08000039');
    expect(registeredByCode('E08000038')?.onsCodes).toEqual(['E08000016', 'E08000038']);
    for (const name of [
      'Bournemouth',
      'Poole',
      'Northamptonshire',
      'Cumbria',
      'North Northamptonshire',
      'West Northamptonshire',
      'Cumberland',
      'Westmorland and Furness',
    ]) {
      expect(registeredByName(name)?.name, name).toBe(name);
    }
  });

  it('gives no two authorities the same code or the same name', () => {
    const codes = AUTHORITY_REGISTER.flatMap((authority) => [...authority.onsCodes, ...authority.laNumbers]);
    expect(new Set(codes).size).toBe(codes.length);
    const names = AUTHORITY_REGISTER.flatMap((authority) => [...new Set(authority.names.map(normaliseAuthorityName))]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names and places each authority as Ofsted’s 2025 tables do', () => {
    for (const file of OFSTED_FILES) {
      const rows = Papa.parse<string[]>(readData(file)).data;
      const header = rows[2]!;
      const code = header.indexOf('Local authority area code');
      const name = header.indexOf('Local authority name');
      const region = header.findIndex((heading) => /region/i.test(heading));
      for (const row of rows.slice(3).filter((cells) => cells[code])) {
        const authority = registeredByCode(row[code]!);
        expect(authority?.name, row[name]).toBe(row[name]);
        expect(authority?.onsCodes[0]).toBe(row[code]);
        expect(authority?.region, row[name]).toBe(row[region]);
      }
    }
  });
});
