// Spreadsheet rows and hand-corrected columns go through the same importer as text.
import { describe, expect, it } from 'vitest';
import { importRows, importText } from '../../../src/import';
import { AUTHORITY_REGISTER, knownArea } from '../../../src/domain';
import { imported } from './helpers';

const COUNCIL = [
  'Council,When,What was judged,Result',
  'Walsall,04/10/2021,Overall effectiveness,Good',
  'Walsall,04/10/2021,Impact of leaders,Requires improvement to be good',
].join('\n');

describe('columnRoles', () => {
  it('lets the user say which column is which when the headings are not recognised', () => {
    const guessed = importText('council.csv', COUNCIL);
    if (guessed.ok) throw new Error('expected the headings not to be recognised');
    // The failure still offers the headings, so the preview can ask which is which.
    expect(guessed.headerLine).toBe(1);
    expect(guessed.columns?.map((column) => column.heading)).toEqual(['Council', 'When', 'What was judged', 'Result']);
    const corrected = imported(
      importText('council.csv', COUNCIL, 'utf-8', {
        columnRoles: new Map([
          [1, { kind: 'field', field: 'date' }],
          [2, { kind: 'field', field: 'judgementArea' }],
          [3, { kind: 'field', field: 'grade' }],
        ]),
      }),
    );
    expect(corrected.format).toBe('tidy');
    expect(corrected.rowsImported).toBe(2);
    expect(corrected.inspections[0]?.judgements.map((judgement) => judgement.outcome)).toEqual([
      { kind: 'graded', grade: 'good' },
      { kind: 'graded', grade: 'requires-improvement' },
    ]);
  });

  it('moving a field to another column takes it from the column that had it', () => {
    const text =
      'authority_name,inspection_date,publication_date,judgement_area,grade\nWalsall,2021-10-04,2021-11-26,Overall effectiveness,Good\n';
    const result = imported(
      importText('swap.csv', text, 'utf-8', { columnRoles: new Map([[2, { kind: 'field', field: 'date' }]]) }),
    );
    expect(
      result.columns.map((column) => (column.role.kind === 'field' ? column.role.field : column.role.kind)),
    ).toEqual(['authorityName', 'ignored', 'date', 'judgementArea', 'grade']);
    expect(result.inspections[0]?.date).toEqual({ precision: 'day', year: 2021, month: 11, day: 26 });
  });

  it('can turn an unrecognised column into a judgement area of Ofsted’s layout', () => {
    const text = 'LA,Inspection date,Overall effectiveness,Leaders (our wording)\nWalsall,2021-10-04,Good,Good\n';
    const area = knownArea('Impact of leaders');
    if (!area) throw new Error('known area missing');
    const result = imported(
      importText('wide.csv', text, 'utf-8', { columnRoles: new Map([[3, { kind: 'area', area }]]) }),
    );
    expect(result.inspections[0]?.judgements.map((judgement) => judgement.area.id)).toEqual([
      'overall-effectiveness',
      'impact-of-leaders',
    ]);
  });
});

it('offers no headings for a file with no text at all', () => {
  const result = importText('blank.csv', '\n,,\n');
  expect(result.ok).toBe(false);
  expect(!result.ok && result.columns).toBeUndefined();
});

describe('importRows', () => {
  it('reads a spreadsheet’s cells with title rows above the header, and keeps a sample for the preview', () => {
    const rows = [
      ['Local authority inspection judgements', '', '', ''],
      ['', '', '', ''],
      ['Local authority name', 'Inspection date', 'Overall effectiveness', 'Notes'],
      ...AUTHORITY_REGISTER.slice(0, 12).map((authority) => [authority.name, '2021-10-04', 'Good', '']),
    ];
    const result = imported(importRows('book.xlsx', rows));
    expect(result.encoding).toBe('spreadsheet');
    expect(result.delimiter).toBeNull();
    expect(result.headerLine).toBe(3);
    expect(result.rowsImported).toBe(12);
    expect(result.sampleRows.map((row) => row.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });
});
