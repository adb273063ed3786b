// buildDataset over the three official sheets: one record per real inspection, the latest-outcomes sheet folded into the history.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../../src/domain/partialDate';
import { buildDataset } from '../../../src/import';
import { AS_AT_FILE, HISTORY_FILE, IN_YEAR_FILE, importOfsted, inspectionOf, outcomeOf } from './helpers';
import { AREA_HEADINGS, cellUnder, GRADE_ID_OF, isoFromUk, readRawSheet, type RawSheet } from './rawOfsted';

const sheets: ReadonlyArray<[file: string, dateHeading: string]> = [
  [HISTORY_FILE, 'Inspection date'],
  [AS_AT_FILE, 'Inspection date'],
  [IN_YEAR_FILE, 'Inspection/Visit date'],
];

const keyOf = (sheet: RawSheet, cells: readonly string[], dateHeading: string) =>
  `${cellUnder(sheet, cells, 'Local authority area code')}|${isoFromUk(cellUnder(sheet, cells, dateHeading))}`;

describe('buildDataset over all three sheets', () => {
  const history = importOfsted(HISTORY_FILE);
  const asAt = importOfsted(AS_AT_FILE);
  const inYear = importOfsted(IN_YEAR_FILE);
  const { dataset, conflicts } = buildDataset([history, asAt, inYear]);

  const raw = new Map(sheets.map(([file]) => [file, readRawSheet(file)] as const));
  const distinctInspections = new Set(
    sheets.flatMap(([file, dateHeading]) => {
      const sheet = raw.get(file)!;
      return sheet.rows.map((row) => keyOf(sheet, row.cells, dateHeading));
    }),
  );

  it('finds no disagreement between the sheets', () => {
    expect(conflicts).toEqual([]);
  });

  it('holds each (authority, date) once: as many inspections as the sheets have distinct pairs, far fewer than their rows', () => {
    const totalRows = [...raw.values()].reduce((sum, sheet) => sum + sheet.rows.length, 0);
    expect(totalRows).toBe(271 + 153 + 112);
    expect(distinctInspections.size).toBeLessThan(totalRows);
    expect(dataset.inspections).toHaveLength(distinctInspections.size);
    const held = new Set(
      dataset.inspections.map((inspection) => `${inspection.authority.onsCode}|${formatIso(inspection.date)}`),
    );
    expect(held).toEqual(distinctInspections);
  });

  it('holds each authority once, under its ONS code', () => {
    const codes = new Set(
      [...raw.values()].flatMap((sheet) =>
        sheet.rows.map((row) => cellUnder(sheet, row.cells, 'Local authority area code')),
      ),
    );
    expect(new Set(dataset.authorities.keys())).toEqual(codes);
  });

  it('matches each of the 153 as-at rows to a history inspection with the same grades, citing both sheets', () => {
    const asAtSheet = raw.get(AS_AT_FILE)!;
    expect(asAtSheet.rows).toHaveLength(153);
    for (const row of asAtSheet.rows) {
      const code = cellUnder(asAtSheet, row.cells, 'Local authority area code');
      const date = isoFromUk(cellUnder(asAtSheet, row.cells, 'Inspection date'));
      const inspection = inspectionOf(dataset.inspections, code, date);
      expect(
        inspection.sources.map((source) => source.file),
        `${code} ${date}`,
      ).toEqual(expect.arrayContaining([HISTORY_FILE, AS_AT_FILE]));
      expect(inspection.sources.find((source) => source.file === AS_AT_FILE)?.line).toBe(row.line);
      for (const [heading, areaId] of AREA_HEADINGS) {
        const word = cellUnder(asAtSheet, row.cells, heading);
        const expected = word === '' ? expect.stringMatching(/^not-judged/) : GRADE_ID_OF[word];
        expect(outcomeOf(inspection, areaId), `${code} ${date} ${heading}`).toEqual(expected);
      }
    }
  });

  it('keeps the type the history gives, whichever file comes first', () => {
    for (const order of [
      [history, asAt, inYear],
      [asAt, inYear, history],
    ]) {
      const walsall = inspectionOf(buildDataset(order).dataset.inspections, 'E08000030', '2021-10-04');
      expect(walsall.type).toBe('ILACS Standard Inspection');
    }
  });

  it('gives the same inspections and no conflicts in any file order', () => {
    const reversed = buildDataset([inYear, asAt, history]);
    expect(reversed.conflicts).toEqual([]);
    expect(reversed.dataset.inspections).toHaveLength(distinctInspections.size);
  });

  it('dates the end of the three authorities that no longer exist', () => {
    const ended = [...dataset.authorities.values()].filter((authority) => authority.noLongerExists);
    expect(
      ended.map((authority) => [authority.name, authority.ceasedOn && formatIso(authority.ceasedOn)]).sort(),
    ).toEqual([
      ['Bournemouth', '2019-04-01'],
      ['Cumbria', '2023-04-01'],
      ['Northamptonshire', '2021-04-01'],
    ]);
  });

  it('keeps Bournemouth apart from Bournemouth, Christchurch & Poole', () => {
    expect(dataset.authorities.get('E06000028')?.name).toBe('Bournemouth');
    expect(dataset.authorities.get('E06000058')?.name).toBe('Bournemouth, Christchurch & Poole');
    expect(dataset.authorities.get('E06000058')?.noLongerExists).toBeUndefined();
  });

  it('records which files were read, in order', () => {
    expect(dataset.files).toEqual([HISTORY_FILE, AS_AT_FILE, IN_YEAR_FILE]);
  });

  it('reports a disagreement when one sheet’s grade is changed', () => {
    const tampered = {
      ...asAt,
      inspections: asAt.inspections.map((inspection) =>
        inspection.authority.onsCode === 'E08000030'
          ? {
              ...inspection,
              judgements: inspection.judgements.map((judgement) =>
                judgement.area.id === 'overall-effectiveness'
                  ? { ...judgement, outcome: { kind: 'graded' as const, grade: 'inadequate' as const } }
                  : judgement,
              ),
            }
          : inspection,
      ),
    };
    const { conflicts: found, dataset: merged } = buildDataset([history, tampered]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      line: 139,
      column: 'Overall effectiveness',
      value: 'inadequate',
      severity: 'warning',
    });
    expect(found[0]?.message).toMatch(
      /disagrees with .*ILACS_inspection_history\.csv \(row 247\).*earlier grade \(good\) was kept/,
    );
    expect(outcomeOf(inspectionOf(merged.inspections, 'E08000030', '2021-10-04'), 'overall-effectiveness')).toBe(
      'good',
    );
  });
});
