// What the fixtures become: authorities, dates at their precision, grades in their era's scale, notes with their characters intact.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../../src/domain/partialDate';
import { importFixture, imported, inspectionOf, outcomeOf } from './helpers';

const AREAS = [
  'overall-effectiveness',
  'impact-of-leaders',
  'help-and-protection',
  'children-in-care',
  'care-leavers',
] as const;
const outcomes = (inspection: Parameters<typeof outcomeOf>[0]) => AREAS.map((area) => outcomeOf(inspection, area));

describe('excel-windows-1252.csv', () => {
  const result = imported(importFixture('excel-windows-1252.csv'));

  it('decodes £, curly quotes, dashes and é from Windows-1252, each note staying with its judgement', () => {
    const notes = (authority: string, date: string) =>
      inspectionOf(result.inspections, authority, date).judgements.map((judgement) => judgement.note);
    expect(notes('Walsall', '2021-10-04')).toEqual([
      '“Good” – first time since 2012',
      '£1.2m invested in early help',
      'Front door ‘not consistently timely’, see p.4',
      'Panel note: "strong" corporate parenting\r\nfollow-up in March',
      'Not judged before 2023',
    ]);
    expect(notes('Dudley', '2021-11-22')).toEqual(['Spend £350k on agency staff – café meeting']);
  });

  it('gathers one row per judgement into one inspection, blank grade meaning not judged', () => {
    const walsall = inspectionOf(result.inspections, 'Walsall', '2021-10-04');
    expect(outcomes(walsall)).toEqual([
      'good',
      'good',
      'requires-improvement',
      'good',
      'not-judged: Not judged: this area was only judged from 1 January 2023',
    ]);
    expect(walsall.sources.map((source) => source.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('leaves out the Very good row but keeps Dudley’s other judgement', () => {
    expect(outcomes(inspectionOf(result.inspections, 'Dudley', '2021-11-22'))).toEqual([
      'requires-improvement',
      'absent',
      'absent',
      'absent',
      'absent',
    ]);
  });
});

describe('semicolon-utf8-bom.csv', () => {
  const result = imported(importFixture('semicolon-utf8-bom.csv'));

  it('keeps commas inside names and regions whole', () => {
    expect(result.inspections.map((inspection) => inspection.authority.name)).toEqual([
      'Bournemouth, Christchurch & Poole',
      'Barnsley',
      'Bradford',
      'Telford & Wrekin',
      'St Helens',
    ]);
    expect(inspectionOf(result.inspections, 'Barnsley', '2023-09-11').authority.region).toBe(
      'North East, Yorkshire and the Humber',
    );
  });

  it('reads dd/mm/yyyy, ISO and "4 October 2021" in one column', () => {
    expect(result.inspections.map((inspection) => formatIso(inspection.date))).toEqual([
      '2024-12-02',
      '2023-09-11',
      '2022-11-21',
      '2022-01-17',
      '2021-10-04',
    ]);
  });

  it('maps short area headings to Ofsted’s areas; a blank care-leavers cell before 2023 was not judged', () => {
    expect(outcomes(inspectionOf(result.inspections, 'Bradford', '2022-11-21'))).toEqual([
      'inadequate',
      'inadequate',
      'inadequate',
      'inadequate',
      'not-judged: Not judged: this area was only judged from 1 January 2023',
    ]);
    expect(
      outcomeOf(inspectionOf(result.inspections, 'Bournemouth, Christchurch & Poole', '2024-12-02'), 'care-leavers'),
    ).toBe('requires-improvement');
  });
});

describe('unicode-text-utf16le.txt', () => {
  const result = imported(importFixture('unicode-text-utf16le.txt'));

  it.each<[string, string, string, string]>([
    ['2008', 'Joint area review', 'joint-inspection', 'adequate'],
    ['2012-06', 'Safeguarding and looked after children', 'slac', 'adequate'],
    ['2015-02', 'Single inspection framework', 'sif', 'requires-improvement'],
    ['2021-10-04', 'ILACS Standard Inspection', 'ilacs', 'good'],
  ])('Walsall (LA 335) on %s: %s, framework %s, overall %s', (date, type, framework, grade) => {
    const inspection = inspectionOf(result.inspections, '335', date);
    expect(inspection.authority).toEqual({
      name: 'Walsall',
      onsCode: 'E08000030',
      laNumber: '335',
      region: 'West Midlands',
    });
    expect(inspection.type).toBe(type);
    expect(inspection.framework).toBe(framework);
    expect(outcomeOf(inspection, 'overall-effectiveness')).toBe(grade);
  });

  it('keeps each date at the precision the file gave', () => {
    expect(inspectionOf(result.inspections, '332', '2009').date).toEqual({ precision: 'year', year: 2009 });
    expect(inspectionOf(result.inspections, '335', '2012-06').date).toEqual({
      precision: 'month',
      year: 2012,
      month: 6,
    });
    expect(inspectionOf(result.inspections, '333', '2012-11-12').date).toEqual({
      precision: 'day',
      year: 2012,
      month: 11,
      day: 12,
    });
  });
});

describe('year-month-columns.csv', () => {
  const result = imported(importFixture('year-month-columns.csv'));

  it('reads the Year and Month columns together, the month as a name, a short name or a number', () => {
    expect(
      result.columns.map((column) => (column.role.kind === 'field' ? column.role.field : column.role.kind)).slice(0, 2),
    ).toEqual(['date', 'month']);
    expect(inspectionOf(result.inspections, 'E08000030', '2021-10').date).toEqual({
      precision: 'month',
      year: 2021,
      month: 10,
    });
    expect(inspectionOf(result.inspections, 'E08000027', '2022-09').date).toEqual({
      precision: 'month',
      year: 2022,
      month: 9,
    });
  });

  it('keeps two visits in one year apart, and a row with no month at the year alone', () => {
    const visits = result.inspections.filter((inspection) => inspection.type === 'ILACS Monitoring Visit');
    expect(visits.map((visit) => visit.date)).toEqual([
      { precision: 'month', year: 2023, month: 3 },
      { precision: 'month', year: 2023, month: 11 },
    ]);
    expect(inspectionOf(result.inspections, 'E08000027', '2019').date).toEqual({ precision: 'year', year: 2019 });
  });
});

describe('tidy-council-synonyms.csv', () => {
  const result = imported(importFixture('tidy-council-synonyms.csv'));

  it('maps the council’s headings to fields', () => {
    expect(
      result.columns.map((column) => (column.role.kind === 'field' ? column.role.field : column.role.kind)),
    ).toEqual(['authorityName', 'authorityCode', 'date', 'inspectionType', 'judgementArea', 'grade']);
  });

  it.each<[string, string, string, string]>([
    ['2022-12-05', 'overall-effectiveness', 'requires-improvement', '3 on a 2022 ILACS inspection'],
    ['2022-12-05', 'children-in-care', 'good', '2'],
    ['2022-12-05', 'care-leavers', 'not-judged: Not applicable', 'n/a'],
    ['2015-06', 'overall-effectiveness', 'inadequate', '4 in June 2015 (single inspection framework)'],
  ])('Blackpool %s %s is %s (%s)', (date, area, expected) => {
    expect(outcomeOf(inspectionOf(result.inspections, 'E06000009', date), area)).toBe(expected);
  });

  it.each<[string, string, string, string]>([
    ['2023-09-11', 'overall-effectiveness', 'good', 'GOOD'],
    ['2023-09-11', 'care-leavers', 'good', 'good'],
    ['2012-06', 'overall-effectiveness', 'adequate', '3 in June 2012 is Adequate'],
  ])('Bolton %s %s is %s (%s)', (date, area, expected) => {
    expect(outcomeOf(inspectionOf(result.inspections, 'E08000001', date), area)).toBe(expected);
  });

  it('records nothing for Cumberland, which has not been inspected', () => {
    expect(result.inspections.filter((inspection) => inspection.authority.name === 'Cumberland')).toEqual([]);
  });
});

describe('tidy-own-format.csv', () => {
  const result = imported(importFixture('tidy-own-format.csv'));

  it('reads every field of our own format', () => {
    const inspection = inspectionOf(result.inspections, 'E08000030', '2021-10-04');
    expect(inspection.authority).toEqual({
      name: 'Walsall',
      onsCode: 'E08000030',
      laNumber: '335',
      region: 'West Midlands',
    });
    expect(inspection.type).toBe('ILACS Standard Inspection');
    expect(inspection.publicationDate).toEqual({ precision: 'day', year: 2021, month: 11, day: 26 });
    expect(outcomes(inspection)).toEqual([
      'good',
      'good',
      'requires-improvement',
      'good',
      'not-judged: Not judged: this area was only judged from 1 January 2023',
    ]);
  });

  it('gives a focused visit no judgements', () => {
    const visit = inspectionOf(result.inspections, 'E08000030', '2023-05-10');
    expect(visit.framework).toBe('ilacs-visit');
    expect(visit.judgements).toEqual([]);
  });
});

describe('summary-counts-total-mismatch.csv', () => {
  const result = imported(importFixture('summary-counts-total-mismatch.csv'));

  it.each<[string, string, object]>([
    ['335', '2021-10-04', { good: 4, 'requires-improvement': 1 }],
    ['332', '2022-01', { good: 3, 'requires-improvement': 2 }],
    ['333', '2015', { 'requires-improvement': 3, inadequate: 1 }],
    ['336', '2012-06', { outstanding: 1, good: 3, adequate: 1 }],
    ['334', '2023-06-12', { good: 2, 'requires-improvement': 3 }],
  ])('LA %s on %s counts %j, with no per-area judgements', (laNumber, date, counts) => {
    const inspection = inspectionOf(result.inspections, laNumber, date);
    expect(inspection.summaryCounts).toEqual(counts);
    expect(inspection.judgements).toEqual([]);
  });

  it('leaves out Birmingham, whose total disagrees', () => {
    expect(result.inspections.some((inspection) => inspection.authority.name === 'Birmingham')).toBe(false);
  });
});

describe('measures-percent.csv', () => {
  const result = imported(importFixture('measures-percent.csv'));

  it('reads 94%, 88 %, "1,234" with its unit column, 91.5% and "£1,200"', () => {
    expect(
      result.measures.map((measure) => [
        measure.authority.name,
        formatIso(measure.date),
        measure.value,
        measure.unit,
        measure.source.line,
      ]),
    ).toEqual([
      ['Walsall', '2024-03', 94, '%', 2],
      ['Walsall', '2024-03', 88, '%', 3],
      ['Walsall', '2024-03', 1234, 'children', 4],
      ['Dudley', '2024-03', 91.5, '%', 5],
      ['Dudley', '2024-03', 1200, '£', 6],
    ]);
  });
});

describe('upload/noted-area-headings.csv', () => {
  const result = imported(importFixture('upload/noted-area-headings.csv'));
  const roles = Object.fromEntries(
    result.columns.map((column) => [
      column.heading,
      column.role.kind === 'area'
        ? column.role.area.id
        : column.role.kind === 'ignored'
          ? column.role.reason
          : column.role.kind,
    ]),
  );

  it('reads an area heading past its bracketed note, and one written without Ofsted’s leading “The”', () => {
    expect(roles['Care leavers (judged from Jan 2023)']).toBe('care-leavers');
    expect(roles['Experiences and progress of children in care']).toBe('children-in-care');
  });

  it('reads neither overall effectiveness column when two could be it, and says to choose', () => {
    const choose = 'another column could also be overall effectiveness: choose which by hand';
    expect([roles['Overall effectiveness (ILACS)'], roles['Overall effectiveness (previous inspection)']]).toEqual([
      choose,
      choose,
    ]);
    // Telford & Wrekin's previous inspection was Good; its 2024 overall grade (Outstanding) is not read from either column.
    expect(outcomes(inspectionOf(result.inspections, 'E06000020', '2024-04-29'))).toEqual([
      'absent',
      'absent',
      'good',
      'outstanding',
      'outstanding',
    ]);
  });
});
