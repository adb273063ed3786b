// toTidyCsv: the documented columns, one row per judgement, grades in their scale's words, cells quoted as CSV requires.
import { describe, expect, it } from 'vitest';
import type { Inspection, Judgement } from '../../../src/domain/inspection';
import { judgementAreaFor } from '../../../src/domain/judgementArea';
import type { PartialDate } from '../../../src/domain/partialDate';
import { importText } from '../../../src/import';
import { csvCell, toTidyCsv } from '../../../src/import/tidyCsv';

const HEADER =
  'authority_name,authority_code,region,inspection_type,inspection_date,publication_date,judgement_area,grade';
const day = (year: number, month: number, dayOfMonth: number): PartialDate => ({
  precision: 'day',
  year,
  month,
  day: dayOfMonth,
});
const overall = judgementAreaFor('Overall effectiveness');
const graded = (
  grade: 'outstanding' | 'good' | 'adequate' | 'requires-improvement' | 'inadequate',
  area = overall,
): Judgement => ({ area, outcome: { kind: 'graded', grade } });

const walsall2021: Inspection = {
  authority: { name: 'Walsall', onsCode: 'E08000030', region: 'West Midlands' },
  type: 'ILACS Standard Inspection',
  framework: 'ilacs',
  date: day(2021, 10, 4),
  publicationDate: day(2021, 11, 26),
  judgements: [
    graded('good'),
    graded('requires-improvement', judgementAreaFor('Help and protection')),
    { area: judgementAreaFor('Care leavers'), outcome: { kind: 'not-judged', reason: 'Blank in the source' } },
  ],
  sources: [],
};

const lines = (csv: string) => csv.split('\r\n').slice(0, -1);

describe('toTidyCsv', () => {
  it('writes the header alone for no inspections', () => {
    expect(toTidyCsv([])).toBe(`${HEADER}\r\n`);
  });

  it('writes one row per judgement with ISO dates, RI in ILACS words and not judged as a blank grade', () => {
    expect(lines(toTidyCsv([walsall2021]))).toEqual([
      HEADER,
      'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,2021-11-26,Overall effectiveness,Good',
      'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,2021-11-26,The experiences and progress of children who need help and protection,Requires improvement to be good',
      'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,2021-11-26,The experiences and progress of care leavers,',
    ]);
  });

  it.each<[string, Inspection, string]>([
    [
      'Adequate on the 2009-2012 scale, a month date and an LA number',
      {
        authority: { name: 'Walsall', laNumber: '335' },
        type: 'Safeguarding and looked after children',
        framework: 'slac',
        date: { precision: 'month', year: 2012, month: 6 },
        judgements: [graded('adequate')],
        sources: [],
      },
      'Walsall,335,,Safeguarding and looked after children,2012-06,,Overall effectiveness,Adequate',
    ],
    [
      'Requires improvement on the 2013-2017 scale and a year date',
      {
        authority: { name: 'Dudley' },
        type: 'Single inspection framework',
        framework: 'sif',
        date: { precision: 'year', year: 2015 },
        judgements: [graded('requires-improvement')],
        sources: [],
      },
      'Dudley,,,Single inspection framework,2015,,Overall effectiveness,Requires improvement',
    ],
    [
      'a focused visit with no judgements as one row with a blank grade, as the template does',
      {
        authority: { name: 'Walsall' },
        type: 'ILACS Focused Visit',
        framework: 'ilacs-visit',
        date: day(2023, 5, 10),
        judgements: [],
        sources: [],
      },
      'Walsall,,,ILACS Focused Visit,2023-05-10,,Overall effectiveness,',
    ],
    [
      'commas, quotes and a line break quoted',
      {
        authority: { name: 'Bristol, City of', region: 'South "West"' },
        type: 'Joint area\nreview',
        framework: 'joint-inspection',
        date: { precision: 'year', year: 2008 },
        judgements: [graded('good', judgementAreaFor('Adoption, fostering'))],
        sources: [],
      },
      '"Bristol, City of",,"South ""West""","Joint area\nreview",2008,,"Adoption, fostering",Good',
    ],
  ])('%s', (_name, inspection, row) => {
    expect(lines(toTidyCsv([inspection]))).toEqual([HEADER, row]);
  });

  it("writes a kept body whose name would run as a formula with the ' guard, so a spreadsheet shows it as text", () => {
    const result = importText(
      'kept.csv',
      'authority_name,region,inspection_date,judgement_area,grade\n"=HYPERLINK(""http://evil.example"",""x"")",-London,2021-10-04,Overall effectiveness,Good\n+SUM(1+1),,2021-10-04,Overall effectiveness,Good\n',
      'utf-8',
      { keepUnknownAuthorities: true },
    );
    expect(result.ok && result.inspections.map((inspection) => inspection.authority.name)).toEqual([
      '=HYPERLINK("http://evil.example","x")',
      '+SUM(1+1)',
    ]);
    const written = lines(toTidyCsv(result.ok ? result.inspections : []));
    expect(written.slice(1)).toEqual([
      `"'=HYPERLINK(""http://evil.example"",""x"")",,"'-London",ILACS inspection,2021-10-04,,Overall effectiveness,Good`,
      `"'+SUM(1+1)",,,ILACS inspection,2021-10-04,,Overall effectiveness,Good`,
    ]);
  });

  it('leaves out an inspection known only by summary counts', () => {
    const counted: Inspection = {
      ...walsall2021,
      date: { precision: 'month', year: 2012, month: 6 },
      framework: 'slac',
      judgements: [],
      summaryCounts: { good: 2, adequate: 12, inadequate: 8 },
    };
    expect(toTidyCsv([counted, walsall2021])).toBe(toTidyCsv([walsall2021]));
  });

  it.each<[string, string]>([
    ['Walsall', 'Walsall'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "good"', '"say ""good"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['semi;colon', 'semi;colon'],
    ['=HYPERLINK("http://evil.example/x","Report")', `"'=HYPERLINK(""http://evil.example/x"",""Report"")"`],
    ['+SUM(1+1)', `"'+SUM(1+1)"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['2021-10-04', '2021-10-04'],
  ])('csvCell(%j) is %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });
});
