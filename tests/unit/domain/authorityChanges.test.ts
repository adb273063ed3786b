// Reorganisations against Ofsted's real history sheet: the authorities that ended, the ones made in their place, and when.
import { beforeAll, describe, expect, it } from 'vitest';
import { existedOn, type Dataset, type PartialDate } from '../../../src/domain';
import { AUTHORITY_ENDINGS, startOfAuthority } from '../../../src/domain/authorityChanges';
import { OFSTED_FILES, loadDefaultDatasetFromDisk, readData, splitCsvLine } from '../../helpers/realData';

const day = (year: number, month: number, d: number): PartialDate => ({ precision: 'day', year, month, day: d });

/** Every row of Ofsted's ILACS history sheet (header on line 3) as code, name, status and start date, read without the importer. */
function historyRows(): { code: string; name: string; status: string; start: string }[] {
  const lines = readData(OFSTED_FILES[0])
    .split('\n')
    .filter((line) => line.trim() !== '');
  const header = splitCsvLine(lines[2] ?? '');
  const at = (heading: string) => header.indexOf(heading);
  return lines
    .slice(3)
    .map(splitCsvLine)
    .map((cells) => ({
      code: cells[at('Local authority area code')] ?? '',
      name: cells[at('Local authority')] ?? '',
      status: cells[at('Local authority status')] ?? '',
      start: cells[at('Inspection start date')] ?? '',
    }));
}

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
});

describe('the reorganisations we know of, against Ofsted’s history sheet', () => {
  it('names as ended the authorities Ofsted says no longer exist (and Poole, which ILACS never inspected), and as successors authorities Ofsted holds as current', () => {
    const rows = historyRows();
    expect(rows.length).toBeGreaterThan(200);
    const gone = new Set(rows.filter((row) => row.status === 'No longer exists').map((row) => row.code));
    expect(new Set(AUTHORITY_ENDINGS.map((ending) => ending.onsCode))).toEqual(new Set([...gone, 'E06000029']));
    expect(rows.some((row) => row.code === 'E06000029')).toBe(false);
    for (const code of AUTHORITY_ENDINGS.flatMap((ending) => ending.successorCodes)) {
      expect(rows.filter((row) => row.code === code).map((row) => row.status)).toContain('Current');
    }
  });

  it('gives no successor an inspection before the day it began', () => {
    for (const row of historyRows()) {
      const began = startOfAuthority(row.code);
      if (!began) continue;
      const [d, m, y] = row.start.split('/').map(Number);
      expect(existedOn(dataset.authorities.get(row.code)!, day(y!, m!, d!)), `${row.name} inspected ${row.start}`).toBe(
        true,
      );
    }
  });

  it('leaves out authorities that only changed code, such as Dorset and Buckinghamshire', () => {
    expect(startOfAuthority('E06000059')).toBeUndefined();
    expect(startOfAuthority('E06000060')).toBeUndefined();
    expect(startOfAuthority('E06000061')).toEqual(day(2021, 4, 1));
    expect(dataset.authorities.get('E06000061')?.startedOn).toEqual(day(2021, 4, 1));
  });
});
