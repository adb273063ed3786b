// A deliberately simple reading of Ofsted's CSV files, separate from the importer, so counts made with it check the importer.
// It relies on what the files are known to be: UTF-8, LF, header on line 3, no line breaks inside cells.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitCsvLine } from '../../helpers/realData';
import { OFSTED_DIR } from './helpers';

export interface RawSheet {
  readonly header: readonly string[];
  /** Each data row with its line number in the file. */
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly string[] }>;
}

export function readRawSheet(file: string): RawSheet {
  const lines = readFileSync(join(OFSTED_DIR, file), 'utf8').split('\n');
  const rows = lines
    .map((text, index) => ({ line: index + 1, text }))
    .slice(3)
    .filter(({ text }) => text.trim() !== '')
    .map(({ line, text }) => ({ line, cells: splitCsvLine(text) }));
  return { header: splitCsvLine(lines[2] ?? ''), rows };
}

/** The cell under a heading, failing loudly if the heading is not there. */
export function cellUnder(sheet: RawSheet, cells: readonly string[], heading: string): string {
  const index = sheet.header.indexOf(heading);
  if (index < 0) throw new Error(`no column "${heading}" in ${sheet.header.join(' | ')}`);
  return cells[index] ?? '';
}

/** dd/mm/yyyy to yyyy-mm-dd, by string slicing alone. */
export function isoFromUk(text: string): string {
  const [day, month, year] = text.split('/');
  return `${year}-${month}-${day}`;
}

/** Ofsted's grade words to the importer's grade ids, written out here rather than borrowed from it. */
export const GRADE_ID_OF: Readonly<Record<string, string>> = {
  Outstanding: 'outstanding',
  Good: 'good',
  'Requires improvement to be good': 'requires-improvement',
  Inadequate: 'inadequate',
};

export const AREA_HEADINGS: ReadonlyArray<readonly [heading: string, areaId: string]> = [
  ['Overall effectiveness', 'overall-effectiveness'],
  ['The impact of leaders on social work practice with children and families', 'impact-of-leaders'],
  ['The experiences and progress of children who need help and protection', 'help-and-protection'],
  ['The experiences and progress of children in care', 'children-in-care'],
  ['The experiences and progress of care leavers', 'care-leavers'],
];
