// The real files, read straight from disk, and independent counts from them for tests to check against.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR = join(__dirname, '..', '..', 'data');

/** Ofsted's spreadsheet exactly as published, kept with the test fixtures (the app embeds the CSVs). */
export const OFSTED_ODS = join(__dirname, '..', 'fixtures', 'ofsted', 'LA_Inspection_Outcomes_as_at_31_March_2025.ods');

export const OFSTED_FILES = [
  'ofsted/la_outcomes_2025__ILACS_inspection_history.csv',
  'ofsted/la_outcomes_2025__Inspections_as_at_31_March.csv',
  'ofsted/la_outcomes_2025__In-year_inspections.csv',
  'ofsted/csc_in_england_2023__LA_inspections_2009-2023.csv',
] as const;

export const WALSALL_FILES = [
  'walsall/walsall-2008-joint-inspection.csv',
  'walsall/walsall-2012-inspection-counts.csv',
  'walsall/walsall-measures.csv',
] as const;

export function readData(path: string): string {
  return readFileSync(join(DATA_DIR, path), 'utf8');
}

/**
 * Splits one CSV line on commas outside double quotes. Deliberately naive and separate from the
 * importer, so a count made with it is an independent check.
 */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** Tallies one column of the as-at-31-March sheet (header on line 3) by its text. */
export function tallyLatestColumn(heading: string): Map<string, number> {
  const lines = readData(OFSTED_FILES[1])
    .split('\n')
    .filter((line) => line.trim() !== '');
  const header = splitCsvLine(lines[2] ?? '');
  const index = header.indexOf(heading);
  if (index < 0) throw new Error(`No column ${heading}`);
  const tally = new Map<string, number>();
  for (const line of lines.slice(3)) {
    const value = splitCsvLine(line)[index] ?? '';
    tally.set(value, (tally.get(value) ?? 0) + 1);
  }
  return tally;
}

/** The app's default dataset, loaded from disk through the same loader the app uses. */
export async function loadDefaultDatasetFromDisk() {
  const { loadDataset } = await import('../../src/data/loadDataset');
  return loadDataset(
    [...OFSTED_FILES, ...WALSALL_FILES].map((path) => ({ name: path.split('/').pop() ?? path, text: readData(path) })),
  );
}
