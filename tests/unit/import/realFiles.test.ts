// Every real file in tests/fixtures/real is read, or refused with what it truly is. Counts come from the files themselves
// (naive splitting, or the spreadsheet library directly), never from the importer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src/import';
import { importSpreadsheet } from '../../../src/import/spreadsheet';
import { FIXTURES_DIR, imported, outcomeOf } from './helpers';

const REAL = join(FIXTURES_DIR, 'real');
const bytesOf = (path: string) => new Uint8Array(readFileSync(join(REAL, path)));

/** A sheet's rows as the spreadsheet library gives them, without the importer. */
function rawSheet(path: string, sheet?: string): string[][] {
  const workbook = XLSX.read(readFileSync(join(REAL, path)), { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheet ?? workbook.SheetNames[0]!]!, {
    header: 1,
    raw: false,
    defval: '',
  });
  return rows.map((row) => row.map((cell) => String(cell ?? '').trim()));
}

describe('data-to-insight’s ILACS overview (.xlsx), read without editing', async () => {
  const path = 'third-party/data-to-insight_ofsted_csc_ilacs_overview.xlsx';
  const read = await importSpreadsheet('overview.xlsx', bytesOf(path));
  if (!read.ok) throw new Error('the spreadsheet did not open');
  const result = imported(read.sheets[0]!.result);
  const [header, ...rows] = rawSheet(path);
  const at = (heading: string) => header!.indexOf(heading);
  const filled = rows.filter((row) => row.some((cell) => cell !== ''));

  it('imports every row with an inspection date, and refuses only those without one', () => {
    const dated = filled.filter((row) => row[at('inspection_start_date')] !== '');
    expect(result.format).toBe('ofsted-wide');
    expect(result.rowsRead).toBe(filled.length);
    expect(result.inspections).toHaveLength(dated.length);
    expect(result.rowsRejected).toBe(filled.length - dated.length);
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    expect(errors).toHaveLength(filled.length - dated.length);
    for (const error of errors) expect(error.message).toMatch(/inspection date is missing.*publication date/);
  });

  it('takes each authority’s ONS code from la_code_new, not its DfE number from la_code', () => {
    // The register files Barnsley and Sheffield under the codes Ofsted's own tables use, not the newer ones this file gives.
    const ofstedCode: Record<string, string> = { E08000038: 'E08000016', E08000039: 'E08000019' };
    const codes = new Set(
      filled
        .filter((row) => row[at('inspection_start_date')] !== '')
        .map((row) => ofstedCode[row[at('la_code_new')]!] ?? row[at('la_code_new')]),
    );
    expect(new Set(result.inspections.map((inspection) => inspection.authority.onsCode))).toEqual(codes);
  });

  it('reads every grade of every area as the file tallies it, and every placeholder as not judged', () => {
    const words: Record<string, string> = {
      outstanding: 'outstanding',
      good: 'good',
      'requires improvement': 'requires-improvement',
      inadequate: 'inadequate',
    };
    for (const [heading, area] of [
      ['overall_effectiveness_grade', 'overall-effectiveness'],
      ['impact_of_leaders_grade', 'impact-of-leaders'],
      ['help_and_protection_grade', 'help-and-protection'],
      ['in_care_grade', 'children-in-care'],
      ['care_leavers_grade', 'care-leavers'],
    ] as const) {
      const expected = new Map<string, number>();
      for (const row of filled) {
        if (row[at('inspection_start_date')] === '') continue;
        const cell = row[at(heading)]!;
        const key = words[cell] ?? 'not-judged';
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      const found = new Map<string, number>();
      for (const inspection of result.inspections) {
        const key = outcomeOf(inspection, area).replace(/^not-judged: .*/, 'not-judged');
        found.set(key, (found.get(key) ?? 0) + 1);
      }
      expect(found, heading).toEqual(expected);
    }
  });

  it('reads every two-digit publication year of an imported row, and notes it', () => {
    const dated = filled.filter(
      (row) => row[at('inspection_start_date')] !== '' && /^\d\d\/\d\d\/\d\d$/.test(row[at('publication_date')]!),
    );
    expect(result.inspections.filter((inspection) => inspection.publicationDate !== undefined)).toHaveLength(
      dated.length,
    );
    expect(result.notes).toContainEqual({
      column: 'publication_date',
      message: expect.stringMatching(new RegExp(`^${dated.length} dates are written with a two-digit year`)),
    });
  });

  it('lists each of the other columns as not used, with a reason, and none as a problem', () => {
    const notUsed = result.unusedColumns.map((column) => column.heading);
    expect(notUsed).toEqual(
      expect.arrayContaining([
        'urn',
        'la_code',
        'region_code',
        'stat_neighbours',
        'stat_neighbour_judgement',
        'inspection_link',
        'inspector_name',
        'inspection_end_date',
      ]),
    );
    for (const column of result.unusedColumns) expect(column.reason).not.toMatch(/not recognised/);
    expect(result.problems.filter((problem) => problem.line === result.headerLine)).toEqual([]);
  });
});

describe('tables the app does not read are refused with what they are', () => {
  const DIR = 'ofsted/csc-in-england-2023/csc_in_england_2023__';
  it.each<[string, RegExp]>([
    [
      `${DIR}Providers+places_at_31_Mar_2023.csv`,
      /list of social care providers.*with their places.*this table holds neither/,
    ],
    [`${DIR}Leavers+Joiners_at_31_Mar_2023.csv`, /joined or left the register.*this table holds neither/],
    [
      `${DIR}Latest_OE_31_Mar_Time_Series.csv`,
      /national count of social care providers.*by overall effectiveness grade.*The Providers view already shows/,
    ],
    [
      `${DIR}In_Year_Time_series.csv`,
      /national count of social care providers.*by overall effectiveness grade.*The Providers view already shows/,
    ],
    [`${DIR}Providers+places_Time_series.csv`, /national count of children’s social care providers and places/],
    ['dfe/statistical_neighbours_may_2025.csv', /statistical neighbours/],
    ['dfe/la_codes.csv', /list of local authority codes/],
  ])('%s', (path, message) => {
    const result = importBytes(path, bytesOf(path));
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(message);
    expect(result.problems[0]!.message).not.toMatch(/no column for|Summary counts|No header row/);
  });

  it.each(['dfe/sn_may_2025.xlsx', 'dfe/sn_april_2021.xlsx'])(
    '%s: its one sheet is statistical neighbours',
    async (path) => {
      const read = await importSpreadsheet(path, bytesOf(path));
      expect(
        read.ok &&
          read.sheets.map((entry) => [
            entry.sheet.name,
            entry.result.ok,
            entry.result.problems[0]?.message.match(/statistical neighbours/) !== null,
          ]),
      ).toEqual([['LA SN Groups', false, true]]);
    },
  );

  // The workbook is big (3,800 rows on some sheets, 15 sheets): reading it takes tens of seconds on a busy machine.
  it(
    'the 2023 workbook: its local authority and provider-list sheets are read, and each other provider sheet is refused for what it is',
    { timeout: 180_000 },
    async () => {
      const path = 'ofsted/csc-in-england-2023/Childrens_social_care_in_England_2023_underlying_data.ods';
      const read = await importSpreadsheet('csc.ods', bytesOf(path));
      if (!read.ok) throw new Error('the workbook did not open');
      const bySheet = new Map(read.sheets.map((entry) => [entry.sheet.name, entry.result]));
      for (const sheet of ['LA_level_at_31_Mar_2023', 'LA_level_in_year_2022-23']) {
        const rows = rawSheet(path, sheet).filter((row) => row.some((cell) => cell !== ''));
        // Title and description rows above the header, then the header.
        const headerAt = rows.findIndex((row) => row[0] === 'Web link');
        expect(imported(bySheet.get(sheet)!).inspections.length, sheet).toBe(rows.length - headerAt - 1);
      }
      // The provider lists with inspections are read (tests/unit/import/providerList.test.ts); the others are refused.
      for (const sheet of ['Provider_level_at_31_Mar_2023', 'Provider_level_in_year_2022-23']) {
        expect(imported(bySheet.get(sheet)!).providers?.length, sheet).toBe(
          rawSheet(path, sheet).filter((row) => /^(SC)?\d+$/.test(row[1] ?? '')).length,
        );
      }
      for (const sheet of ['Providers+places_at_31_Mar_2023', 'Leavers+Joiners_at_31_Mar_2023']) {
        expect(bySheet.get(sheet)!.problems[0]!.message, sheet).toMatch(
          /social care providers.*this table holds neither/,
        );
      }
      for (const sheet of ['Latest_OE_31_Mar_Time_Series', 'In_Year_Time_series', 'Providers+places_Time_series']) {
        expect(bySheet.get(sheet)!.problems[0]!.message, sheet).toMatch(/national count/);
      }
    },
  );
});
