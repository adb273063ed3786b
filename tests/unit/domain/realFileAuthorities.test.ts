// Every authority named or coded in every real file in tests/fixtures/real resolves through the register: Ofsted's
// tables and provider lists, DfE's codes and statistical neighbours, and data-to-insight's table. The columns are found
// here by their headings, without the importer, so a file the importer cannot read yet is still checked.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { matchAuthority } from '../../../src/domain/authorityMatch';
import { registeredByCode, type RegisteredAuthority } from '../../../src/domain/authorityRegister';

const REAL = join(__dirname, '..', '..', 'fixtures', 'real');

/** Headings of a column naming the authority, and of one coding it (ONS code or DfE number). */
const NAME_HEADING = /^(local authority( name)?|la[ _]name|local_authority)$/i;
const CODE_HEADING = /^(local authority area code|la[ _]code(_new)?|la[ _]number|new_la_code|old_la_code)$/i;
/** DfE's statistical neighbour columns hold the neighbours' LA numbers. */
const NEIGHBOUR_HEADING = /^sn\d+$/i;

/** Cells in an authority column that are no authority: DfE's statistical neighbour sheets head their older rows so. */
const SUBHEADINGS = new Set(['Old SNs:']);
/** A neighbour column's "-": Cumberland and Westmorland and Furness had no neighbours yet in April 2021. */
const NO_NEIGHBOUR = '-';

/** Sheets of these files (or the files themselves) hold national counts, with no authority column. */
const NO_AUTHORITY_COLUMN = new Set([
  'ofsted/csc-in-england-2023/csc_in_england_2023__In_Year_Time_series.csv',
  'ofsted/csc-in-england-2023/csc_in_england_2023__Latest_OE_31_Mar_Time_Series.csv',
  'ofsted/csc-in-england-2023/csc_in_england_2023__Providers+places_Time_series.csv',
]);

interface AuthorityCells {
  readonly where: string;
  readonly name: string;
  readonly codes: readonly string[];
}

interface Table {
  readonly where: string;
  readonly rows: readonly (readonly string[])[];
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function tablesOf(path: string): Table[] {
  const file = relative(REAL, path);
  if (path.endsWith('.csv'))
    return [{ where: file, rows: Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: false }).data }];
  const book = XLSX.read(readFileSync(path), { dense: true });
  return book.SheetNames.map((sheet) => ({
    where: `${file} (${sheet})`,
    rows: XLSX.utils
      .sheet_to_json<string[]>(book.Sheets[sheet]!, { header: 1, raw: false, defval: '', blankrows: true })
      .map((row) => row.map((cell) => String(cell))),
  }));
}

/**
 * Every row under a header that has an authority column, to the next such header (Ofsted's 2009–2023 history holds two
 * tables on one sheet): its name and codes, trimmed. Rows with neither are blank or titles between tables.
 */
function authorityCells(table: Table): { cells: AuthorityCells[]; headers: number; neighbours: AuthorityCells[] } {
  const cells: AuthorityCells[] = [];
  const neighbours: AuthorityCells[] = [];
  let headers = 0;
  let columns: { name: number; codes: number[]; neighbours: number[] } | undefined;
  let previousFilled = false;
  table.rows.forEach((row, index) => {
    const headings = row.map((cell) => cell.trim());
    const name = headings.findIndex((heading) => NAME_HEADING.test(heading));
    const codes = headings.flatMap((heading, at) => (CODE_HEADING.test(heading) ? [at] : []));
    // Within a table, a header comes after a gap: a provider whose sector is "Local Authority" is a row, not a header.
    const filledBefore = previousFilled;
    previousFilled =
      columns !== undefined && [columns.name, ...columns.codes].some((at) => at >= 0 && (row[at] ?? '').trim() !== '');
    if ((name >= 0 || codes.length > 0) && !(columns && filledBefore)) {
      headers++;
      columns = {
        name,
        codes,
        neighbours: headings.flatMap((heading, at) => (NEIGHBOUR_HEADING.test(heading) ? [at] : [])),
      };
      return;
    }
    if (!columns) return;
    const where = `${table.where} row ${index + 1}`;
    const entry = {
      where,
      name: columns.name >= 0 ? (row[columns.name] ?? '').trim() : '',
      codes: columns.codes.map((at) => (row[at] ?? '').trim()).filter(Boolean),
    };
    if (SUBHEADINGS.has(entry.name) && entry.codes.length === 0) return;
    if (entry.name !== '' || entry.codes.length > 0) cells.push(entry);
    for (const at of columns.neighbours) {
      const code = (row[at] ?? '').trim();
      if (code !== '' && code !== NO_NEIGHBOUR)
        neighbours.push({ where: `${where}, neighbour`, name: '', codes: [code] });
    }
  });
  return { cells, headers, neighbours };
}

/** The register's authority for a row, or why there is none: a name and codes that all point to one authority. */
function resolve({ name, codes }: AuthorityCells): RegisteredAuthority | string {
  const matches = (codes.length > 0 ? codes : ['']).map((code) => matchAuthority(name, code));
  const found = new Set<RegisteredAuthority>();
  for (const match of matches) {
    if (match.kind !== 'known') return `${match.kind}: '${name}' ${codes.join(' ')}`;
    if (match.nameUnknown) return `name not known for its code: '${name}' ${codes.join(' ')}`;
    found.add(match.authority);
  }
  return found.size === 1 ? [...found][0]! : `codes of different authorities: '${name}' ${codes.join(' ')}`;
}

const files = filesUnder(REAL).filter((path) => /\.(csv|xlsx|ods)$/.test(path));
const tables = files.flatMap(tablesOf);

describe('the authorities in every real file', () => {
  it('finds the files: Ofsted’s, DfE’s and the third party’s', () => {
    const names = files.map((path) => relative(REAL, path));
    expect(names).toEqual(
      expect.arrayContaining([
        'dfe/la_codes.csv',
        'dfe/statistical_neighbours_may_2025.csv',
        'third-party/data-to-insight_ofsted_csc_ilacs_overview.xlsx',
      ]),
    );
    expect(
      names.filter((name) => name.startsWith('ofsted/csc-in-england-2023/') && name.endsWith('.csv')),
    ).toHaveLength(10);
  });

  it('reads tens of thousands of authority cells among them, every provider row included', () => {
    const count = (start: string) =>
      tables
        .filter((table) => table.where.startsWith(start))
        .reduce((sum, table) => sum + authorityCells(table).cells.length, 0);
    expect(count('ofsted/csc-in-england-2023/csc_in_england_2023__Provider_level_at_31_Mar_2023.csv')).toBe(3546);
    expect(count('ofsted/csc-in-england-2023/csc_in_england_2023__Providers+places_at_31_Mar_2023.csv')).toBe(3812);
    expect(count('ofsted/csc-in-england-2023/Childrens_social_care_in_England_2023_underlying_data.ods')).toBe(
      count('ofsted/csc-in-england-2023/csc_in_england_2023__'),
    );
    expect(count('dfe/sn_may_2025.xlsx')).toBe(153 + 5);
    expect(
      tables.reduce(
        (sum, table) => sum + authorityCells(table).cells.length + authorityCells(table).neighbours.length,
        0,
      ),
    ).toBeGreaterThan(20_000);
  });

  it.each(files.filter((path) => path.endsWith('.csv')).map((path) => relative(REAL, path)))(
    '%s has an authority column, or is a national table',
    (file) => {
      const { headers } = authorityCells(tables.find((table) => table.where === file)!);
      expect(headers > 0).toBe(!NO_AUTHORITY_COLUMN.has(file));
    },
  );

  it.each(tables.map((table) => [table.where, table] as const))(
    '%s: every authority resolves, name and codes to one authority',
    (_where, table) => {
      const { cells, neighbours } = authorityCells(table);
      const unresolved = [...cells, ...neighbours].flatMap((entry) => {
        const resolved = resolve(entry);
        return typeof resolved === 'string' ? [`${entry.where}: ${resolved}`] : [];
      });
      expect(unresolved).toEqual([]);
    },
  );
});

describe('what the files hold, checked by hand', () => {
  const resolvedIn = (fileStart: string) =>
    tables
      .filter((table) => table.where.startsWith(fileStart))
      .flatMap((table) => authorityCells(table).cells)
      .map(resolve);

  it('Ofsted’s 2009–2023 history names every authority of both its tables, those before a restructure included', () => {
    const names = resolvedIn('ofsted/csc-in-england-2023/csc_in_england_2023__LA_inspections_2009-2023.csv').map(
      (found) => (typeof found === 'string' ? found : found.name),
    );
    expect(names).toHaveLength(152 + 4);
    expect(names.slice(-4)).toEqual(['Bournemouth', 'Dorset', 'Poole', 'Northamptonshire']);
  });

  it('the provider lists name an authority on every row: no national provider goes without one in these files', () => {
    for (const file of [
      'Provider_level_at_31_Mar_2023',
      'Provider_level_in_year_2022-23',
      'Providers+places_at_31_Mar_2023',
      'Leavers+Joiners_at_31_Mar_2023',
    ]) {
      const table = tables.find((candidate) => candidate.where.endsWith(`${file}.csv`))!;
      const header = table.rows.findIndex((row) => row.some((cell) => cell.trim() === 'Local authority'));
      const column = table.rows[header]!.findIndex((cell) => cell.trim() === 'Local authority');
      const data = table.rows.slice(header + 1).filter((row) => row.some((cell) => cell.trim() !== ''));
      expect(data.length, file).toBeGreaterThan(500);
      expect(
        data.filter((row) => (row[column] ?? '').trim() === ''),
        file,
      ).toEqual([]);
    }
  });

  it('data-to-insight’s table codes Barnsley and Sheffield by their newer ONS codes, and the City of London as "london corporation"', () => {
    const byName = new Map(
      tables
        .filter((table) => table.where.startsWith('third-party/'))
        .flatMap((table) => authorityCells(table).cells)
        .map((entry) => [entry.name, entry.codes] as const),
    );
    expect(byName.get('barnsley')).toEqual(['370', 'E08000038']);
    expect(byName.get('sheffield')).toEqual(['373', 'E08000039']);
    expect(byName.get('london corporation')).toEqual(['201', 'E09000001']);
    expect(registeredByCode('E08000038')?.name).toBe('Barnsley');
  });
});
