// The three official Ofsted sheets, each on its own: everything imports, and the cases every reader gets wrong come out right.
import { describe, expect, it } from 'vitest';
import { GRADE_SCALES, gradeLabel } from '../../../src/domain/grade';
import { formatIso } from '../../../src/domain/partialDate';
import { AS_AT_FILE, HISTORY_FILE, IN_YEAR_FILE, importOfsted, inspectionOf, outcomeOf } from './helpers';
import { cellUnder, isoFromUk, readRawSheet } from './rawOfsted';

describe('ILACS inspection history', () => {
  const history = importOfsted(HISTORY_FILE);
  const raw = readRawSheet(HISTORY_FILE);

  it('imports all 271 inspections with no problems at all', () => {
    expect(raw.rows).toHaveLength(271);
    expect(history).toMatchObject({
      format: 'ofsted-wide',
      headerLine: 3,
      rowsRead: 271,
      rowsImported: 271,
      rowsRejected: 0,
      rowsSkipped: 0,
    });
    expect(history.inspections).toHaveLength(271);
    expect(history.problems).toEqual([]);
  });

  it('gives each inspection the line it came from', () => {
    expect(history.inspections.map((inspection) => inspection.sources[0]?.line)).toEqual(
      raw.rows.map((row) => row.line),
    );
  });

  it('has Walsall’s ILACS Standard Inspection of 4 October 2021: Good overall, help and protection RI to be good, care leavers not judged', () => {
    const walsall = inspectionOf(history.inspections, 'E08000030', '2021-10-04');
    expect(walsall.authority.name).toBe('Walsall');
    expect(walsall.type).toBe('ILACS Standard Inspection');
    expect(walsall.framework).toBe('ilacs');
    expect(formatIso(walsall.publicationDate ?? { precision: 'year', year: 0 })).toBe('2021-11-26');
    expect(outcomeOf(walsall, 'overall-effectiveness')).toBe('good');
    expect(outcomeOf(walsall, 'impact-of-leaders')).toBe('good');
    expect(outcomeOf(walsall, 'help-and-protection')).toBe('requires-improvement');
    expect(gradeLabel('requires-improvement', GRADE_SCALES['ilacs-2018'])).toBe('Requires improvement to be good');
    expect(outcomeOf(walsall, 'children-in-care')).toBe('good');
    expect(outcomeOf(walsall, 'care-leavers')).toMatch(/^not-judged: .*2023/);
  });

  it('has Barnet’s 2019 inspection with care leavers not judged, because that judgement began in 2023', () => {
    const barnet = inspectionOf(history.inspections, 'E09000003', '2019-05-13');
    expect(outcomeOf(barnet, 'overall-effectiveness')).toBe('good');
    expect(outcomeOf(barnet, 'care-leavers')).toMatch(/^not-judged: .*2023/);
    expect(outcomeOf(inspectionOf(history.inspections, 'E09000003', '2024-06-10'), 'care-leavers')).toBe('good');
  });

  it('never grades care leavers before 2023, and grades them in every inspection from 2023', () => {
    for (const inspection of history.inspections) {
      const careLeavers = outcomeOf(inspection, 'care-leavers');
      if (inspection.date.year < 2023) expect(careLeavers, formatIso(inspection.date)).toMatch(/^not-judged/);
      else
        expect(careLeavers, `${inspection.authority.name} ${formatIso(inspection.date)}`).not.toMatch(
          /^not-judged|absent/,
        );
    }
  });

  it('keeps "North East, Yorkshire and the Humber" whole, on as many inspections as the file has', () => {
    const region = 'North East, Yorkshire and the Humber';
    const rawCount = raw.rows.filter((row) => cellUnder(raw, row.cells, 'Ofsted region') === region).length;
    expect(rawCount).toBeGreaterThan(0);
    expect(history.inspections.filter((inspection) => inspection.authority.region === region)).toHaveLength(rawCount);
    expect(history.inspections.some((inspection) => inspection.authority.region === 'North East')).toBe(false);
  });

  it('flags exactly the three authorities that no longer exist', () => {
    const gone = new Set(
      history.inspections
        .filter((inspection) => inspection.authority.noLongerExists)
        .map((inspection) => inspection.authority.onsCode),
    );
    expect([...gone].sort()).toEqual(['E06000028', 'E10000006', 'E10000021']);
    const names = new Set(
      history.inspections
        .filter((inspection) => inspection.authority.noLongerExists)
        .map((inspection) => inspection.authority.name),
    );
    expect([...names].sort()).toEqual(['Bournemouth', 'Cumbria', 'Northamptonshire']);
  });

  it('grades every judged area as the file words it', () => {
    const wordOf: Record<string, string> = {
      outstanding: 'Outstanding',
      good: 'Good',
      'requires-improvement': 'Requires improvement to be good',
      inadequate: 'Inadequate',
    };
    history.inspections.forEach((inspection, index) => {
      const row = raw.rows[index]!;
      const overall = outcomeOf(inspection, 'overall-effectiveness');
      expect(wordOf[overall], `line ${row.line}`).toBe(cellUnder(raw, row.cells, 'Overall effectiveness'));
      expect(formatIso(inspection.date)).toBe(isoFromUk(cellUnder(raw, row.cells, 'Inspection date')));
    });
  });
});

describe('in-year inspections and visits', () => {
  const inYear = importOfsted(IN_YEAR_FILE);
  const raw = readRawSheet(IN_YEAR_FILE);
  const rawVisits = raw.rows.filter((row) => /visit/i.test(cellUnder(raw, row.cells, 'Inspection/Visit type')));

  it('imports every row with no problems', () => {
    expect(inYear).toMatchObject({
      rowsRead: raw.rows.length,
      rowsImported: raw.rows.length,
      rowsRejected: 0,
      rowsSkipped: 0,
    });
    expect(inYear.problems).toEqual([]);
  });

  it('gives visits no judgements and carries the visit theme as a note', () => {
    expect(rawVisits.length).toBeGreaterThan(50);
    for (const row of rawVisits) {
      const visit = inspectionOf(
        inYear.inspections,
        cellUnder(raw, row.cells, 'Local authority area code'),
        isoFromUk(cellUnder(raw, row.cells, 'Inspection/Visit date')),
      );
      expect(visit.framework, `line ${row.line}`).toBe('ilacs-visit');
      expect(visit.judgements).toEqual([]);
      expect(visit.note).toBe(cellUnder(raw, row.cells, 'Visit Theme'));
    }
    expect(inYear.inspections.filter((inspection) => inspection.framework === 'ilacs-visit')).toHaveLength(
      rawVisits.length,
    );
  });

  it('reads Bradford’s "LA Monitoring visit" as a visit', () => {
    const bradford = inspectionOf(inYear.inspections, 'E08000032', '2025-02-11');
    expect(bradford).toMatchObject({
      type: 'LA Monitoring visit',
      framework: 'ilacs-visit',
      note: 'Children in care',
      judgements: [],
    });
  });

  it('gives the inspections their five judgements and no note', () => {
    const inspections = inYear.inspections.filter((inspection) => inspection.framework === 'ilacs');
    expect(inspections).toHaveLength(raw.rows.length - rawVisits.length);
    for (const inspection of inspections) {
      expect(inspection.judgements.filter((judgement) => judgement.outcome.kind === 'graded')).toHaveLength(5);
      expect(inspection.note).toBeUndefined();
    }
  });
});

describe('inspections as at 31 March 2025', () => {
  const asAt = importOfsted(AS_AT_FILE);

  it('imports one inspection for each of the 153 authorities, with no problems', () => {
    expect(asAt).toMatchObject({ rowsRead: 153, rowsImported: 153, rowsRejected: 0, rowsSkipped: 0 });
    expect(asAt.problems).toEqual([]);
    expect(new Set(asAt.inspections.map((inspection) => inspection.authority.onsCode)).size).toBe(153);
  });

  it('reads Walsall’s row the same way as in the history', () => {
    const walsall = inspectionOf(asAt.inspections, 'E08000030', '2021-10-04');
    expect(
      ['overall-effectiveness', 'help-and-protection', 'care-leavers'].map((area) => outcomeOf(walsall, area)),
    ).toEqual([
      'good',
      'requires-improvement',
      'not-judged: Not judged: this area was only judged from 1 January 2023',
    ]);
  });
});
