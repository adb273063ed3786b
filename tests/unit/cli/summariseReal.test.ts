// summarise over every real file in tests/fixtures/real (CSV, .ods, .xlsx) in one run: each is read, with counts taken
// from the file itself, or refused with what it truly is.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { splitCsvLine } from '../../helpers/realData';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const REAL = join(ROOT, 'tests', 'fixtures', 'real');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(csv|ods|xlsx)$/i.test(name) ? [path] : [];
  });

interface FileJson {
  file: string;
  format: string | null;
  rowsRead: number;
  recordsImported: number;
  inspections: number;
  problems: Array<{ message: string; severity: string }>;
  noProblems: boolean;
  unusedColumns: Array<{ column: string; headerRow: number }>;
}

/** Rows below the "Web link" header of an Ofsted sheet saved as CSV, counted by splitting lines. */
function ofstedRows(path: string): number {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && splitCsvLine(line).some((cell) => cell.trim() !== ''));
  const header = lines.findIndex((line) => line.startsWith('Web link,'));
  return lines.length - header - 1;
}

/** What each refused file is, as its message must say. */
const REFUSED: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/Providers\+places_at/, /social care providers.*with their places/],
  [/Leavers\+Joiners/, /joined or left the register/],
  [/Latest_OE_31_Mar_Time_Series|In_Year_Time_series/, /national count of social care providers.*grade/],
  [/Providers\+places_Time_series/, /national count of children’s social care providers and places/],
  [/statistical_neighbours|sn_(may_2025|april_2021)\.xlsx/, /statistical neighbours/],
  [/la_codes/, /list of local authority codes/],
];

describe('summarise --json over every real file', () => {
  it('reads each, or refuses it with its true reason', { timeout: 120_000 }, async () => {
    const paths = filesUnder(REAL);
    expect(paths.length).toBeGreaterThanOrEqual(20);
    let stdout: string;
    try {
      ({ stdout } = await run(
        join(ROOT, 'node_modules', '.bin', 'tsx'),
        [join(ROOT, 'src/cli/summarise.ts'), '--json', ...paths],
        { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 },
      ));
    } catch (error) {
      // Exit 1: some files were refused, as expected; the JSON is still written.
      ({ stdout } = error as { stdout: string });
    }
    const files = (JSON.parse(stdout) as { files: FileJson[] }).files;
    const entriesOf = (path: string) =>
      files.filter((file) => file.file === basename(path) || file.file.startsWith(`${basename(path)} (`));
    for (const path of paths) {
      const name = basename(path);
      const entries = entriesOf(path);
      expect(entries.length, name).toBeGreaterThan(0);
      const refused = REFUSED.find(([file]) => file.test(name));
      if (refused) {
        expect(
          entries.map((entry) => entry.format),
          name,
        ).toEqual([null]);
        expect(entries[0]!.problems[0]!.message, name).toMatch(refused[1]);
        continue;
      }
      // Ofsted's 2009-2023 history (the CSV, and the same sheet of the workbook) holds several inspections on a row:
      // its counts are checked against the sheet in tests/unit/import/ofstedHistory.test.ts.
      const history = (file: string) => /LA_inspections_2009-2023/.test(file);
      // Ofsted's provider lists are read as providers, never as authorities' inspections.
      const providers = (file: string) => /Provider_level/.test(file);
      for (const entry of entries) {
        expect(entry.format, entry.file).toBe(
          history(entry.file) ? 'ofsted-history' : providers(entry.file) ? 'provider-list' : 'ofsted-wide',
        );
        if (providers(entry.file)) {
          expect(entry.inspections, entry.file).toBe(0);
          continue;
        }
        if (!history(entry.file)) expect(entry.recordsImported, entry.file).toBe(entry.inspections);
      }
      const historyEntries = files.filter((file) => history(file.file));
      expect(
        new Set(historyEntries.map((entry) => entry.inspections)).size,
        'the history CSV and its sheet in the workbook agree',
      ).toBe(1);
      // Its two tables have the same headings: each unused column is listed once for each table, named by its table.
      for (const entry of historyEntries) {
        const listed = entry.unusedColumns.map((column) => `${column.headerRow}:${column.column}`);
        expect(new Set(listed).size, entry.file).toBe(listed.length);
        expect(new Set(entry.unusedColumns.map((column) => column.headerRow)).size, entry.file).toBe(2);
      }
      if (name.endsWith('.csv') && !history(name)) {
        expect(entries[0]!.rowsRead, name).toBe(ofstedRows(path));
        expect(entries[0]!.recordsImported, name).toBe(ofstedRows(path));
        expect(entries[0]!.noProblems, name).toBe(true);
      }
    }
    // Spreadsheets: each sheet that holds a table is reported as a file of its own.
    expect(
      entriesOf('LA_Inspection_Outcomes_as_at_31_March_2025.ods').map((entry) => [entry.file, entry.inspections]),
    ).toEqual([
      [
        'LA_Inspection_Outcomes_as_at_31_March_2025.ods (Inspections_as_at_31_March)',
        ofstedRows(join(REAL, 'ofsted', 'la_outcomes_2025__Inspections_as_at_31_March.csv')),
      ],
      [
        'LA_Inspection_Outcomes_as_at_31_March_2025.ods (In-year_inspections)',
        ofstedRows(join(REAL, 'ofsted', 'la_outcomes_2025__In-year_inspections.csv')),
      ],
      [
        'LA_Inspection_Outcomes_as_at_31_March_2025.ods (ILACS_inspection_history)',
        ofstedRows(join(REAL, 'ofsted', 'la_outcomes_2025__ILACS_inspection_history.csv')),
      ],
    ]);
    const overview = entriesOf('data-to-insight_ofsted_csc_ilacs_overview.xlsx');
    expect(overview.map((entry) => entry.file)).toEqual([
      'data-to-insight_ofsted_csc_ilacs_overview.xlsx (ofsted_cs_inspections_overview)',
    ]);
    expect(overview[0]!.noProblems).toBe(false);
  });

  it(
    'reads one sheet with --sheet, and names the sheets when the one asked for is not there',
    { timeout: 60_000 },
    async () => {
      const ods = join(REAL, 'ofsted', 'LA_Inspection_Outcomes_as_at_31_March_2025.ods');
      const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
      const { stdout } = await run(
        tsx,
        [join(ROOT, 'src/cli/summarise.ts'), '--json', '--sheet', 'In-year_inspections', ods],
        { cwd: ROOT },
      );
      expect((JSON.parse(stdout) as { files: FileJson[] }).files.map((file) => [file.file, file.format])).toEqual([
        ['LA_Inspection_Outcomes_as_at_31_March_2025.ods (In-year_inspections)', 'ofsted-wide'],
      ]);
      const missing = await run(tsx, [join(ROOT, 'src/cli/summarise.ts'), '--sheet', 'Nope', ods], { cwd: ROOT }).catch(
        (error: { code: number; stdout: string }) => error,
      );
      expect('code' in missing ? missing.code : 0).toBe(1);
      expect(missing.stdout).toMatch(
        /no sheet called “Nope”\. Its sheets are “Cover”, “Contents”, “Notes”, “Inspections_as_at_31_March”/,
      );
    },
  );
});
