// Row rules that span cells: every problem on a row told at once, visits without grades, areas that did not exist yet.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/import';
import { imported } from './helpers';

const problemsOf = (text: string) =>
  imported(importText('rules.csv', text)).problems.map(({ line, column, value, severity }) => [
    line,
    column,
    value,
    severity,
  ]);

describe('a row with several mistakes', () => {
  it('reports the bad date and the bad grade together, so the user fixes the row once', () => {
    const csv =
      'authority_name,inspection_date,judgement_area,grade\nWalsall,31/02/2021,Overall effectiveness,Very good\n';
    expect(problemsOf(csv)).toEqual([
      [2, 'inspection_date', '31/02/2021', 'error'],
      [2, 'grade', 'Very good', 'error'],
    ]);
  });

  it('in Ofsted’s layout too, one problem per bad cell', () => {
    const csv =
      'Local authority name,Inspection date,Overall effectiveness,Impact of leaders\nWalsall,2021-13-01,Great,Good\n';
    expect(problemsOf(csv)).toEqual([
      [2, 'Inspection date', '2021-13-01', 'error'],
      [2, 'Overall effectiveness', 'Great', 'error'],
    ]);
  });
});

describe('visits', () => {
  it('keep no grades, and a grade typed on a visit row is pointed out', () => {
    const csv =
      'Local authority name,Inspection date,Inspection type,Overall effectiveness\nWalsall,2024-05-01,ILACS Focused Visit,Good\nDudley,2024-06-01,ILACS Monitoring visit,\n';
    const result = imported(importText('visits.csv', csv));
    expect(result.inspections.map((inspection) => inspection.judgements.length)).toEqual([0, 0]);
    expect(result.problems.map(({ line, column, value, severity }) => [line, column, value, severity])).toEqual([
      [2, 'Overall effectiveness', 'Good', 'warning'],
    ]);
    expect(result.problems[0]?.message).toMatch(/makes no graded judgements/);
  });
});

describe('the care-leavers area before it existed', () => {
  it.each([
    ['a day in 2022', '2022-12-31', 'Not judged: this area was only judged from 1 January 2023'],
    ['a month-only date that may fall after the start', '2023-01', 'Blank in the source'],
    ['a day after the start', '2023-01-02', 'Blank in the source'],
  ])('%s (%s) gives the reason “%s” for a blank cell', (_name, date, reason) => {
    const csv = `authority_name,inspection_date,judgement_area,grade\nWalsall,${date},Care leavers,\n`;
    const [judgement] = imported(importText('c.csv', csv)).inspections[0]?.judgements ?? [];
    expect(judgement?.outcome).toEqual({ kind: 'not-judged', reason });
  });
});

describe('headings', () => {
  it('read “Judgement” as the grade when another column is headed “Judgement area”', () => {
    const result = imported(
      importText(
        'h.csv',
        'LA name,Date of inspection,Judgement area,Judgement\nWalsall,04/10/2021,Overall effectiveness,Good\n',
      ),
    );
    expect(result.format).toBe('tidy');
    expect(result.inspections[0]?.judgements[0]?.outcome).toEqual({ kind: 'graded', grade: 'good' });
  });

  it('report a skipped total row against the authority column with its words', () => {
    const csv =
      'Web link,Local authority name,Inspection date,Overall effectiveness\nlink,Walsall,2021-10-04,Good\n,Total,,1\n';
    expect(problemsOf(csv)).toEqual([[3, 'Local authority name', 'Total', 'warning']]);
  });
});

describe('a separator we do not read', () => {
  it.each([
    [
      'colons',
      'authority_name:inspection_date:judgement_area:grade\nWalsall:2021-10-04:Overall effectiveness:Good\n',
      /separated by colons/,
    ],
    [
      'tildes',
      'authority_name~inspection_date~judgement_area~grade\nWalsall~2021-10-04~Overall effectiveness~Good\n',
      /separated by tildes/,
    ],
  ])('is named when a file uses %s, instead of “no header row”', (_name, text, message) => {
    const result = importText('odd.txt', text);
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(message)]);
  });
});
