// Importing never throws: random bytes, absurd rows, broken quotes, and cells that look like code stay plain text.
import { describe, expect, it } from 'vitest';
import { importBytes, importText, type ImportResult } from '../../../src/import';
import { imported, readFixture, rejected } from './helpers';

/** A fixed pseudo-random byte sequence, so a failure can be replayed. */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state >> 16) & 0xff;
  });
}

function checkConservation(result: ImportResult) {
  if (result.ok) expect(result.rowsImported + result.rowsRejected + result.rowsSkipped).toBe(result.rowsRead);
  else expect(result.problems.length).toBeGreaterThan(0);
}

const TIDY_HEADER = 'authority_name,inspection_date,judgement_area,grade,note';

describe('importing never throws', () => {
  it.each([1, 7, 64, 1000, 70_000])('on %i random bytes, and refuses them', (length) => {
    for (const seed of [1, 2, 3]) {
      const result = importBytes('noise.csv', randomBytes(length, seed));
      expect(result.ok).toBe(false);
      checkConservation(result);
    }
  });

  it.each<[string, string]>([
    ['10,000 commas on one line', ','.repeat(10_000)],
    ['only quote marks', '""""""""""""""""'],
    ['quote marks on many lines', '"\n""\n"""\n""""\n'],
    ['a lone quote', '"'],
    ['only line endings', '\r\n\r\n\n\r'],
    ['a NUL-free control soup', '\u0001\u0002\u0003,\u0004\n'],
    ['a header cell 100,000 characters long', `${'a'.repeat(100_000)},grade`],
  ])('on %s, and says the file has no table', (_name, text) => {
    const result = rejected(importText('hostile.csv', text));
    expect(result.problems[0]?.severity).toBe('error');
  });

  it('on a row of 10,000 commas under a header: a blank row, skipped', () => {
    const result = imported(
      importText(
        'commas.csv',
        `${TIDY_HEADER}\n${','.repeat(10_000)}\nWalsall,2021-10-04,Overall effectiveness,Good,\n`,
      ),
    );
    expect({
      read: result.rowsRead,
      imported: result.rowsImported,
      rejected: result.rowsRejected,
      skipped: result.rowsSkipped,
    }).toEqual({ read: 2, imported: 1, rejected: 0, skipped: 1 });
  });

  it('on a quote never closed: that row is rejected with an error, and nothing after it is imported', () => {
    const text = `${TIDY_HEADER}\nWalsall,2021-10-04,Overall effectiveness,Good,\nDudley,2021-11-22,"Overall effectiveness,Good,\nSandwell,2022-01-10,Overall effectiveness,Good,\n`;
    const result = imported(importText('unclosed.csv', text));
    expect({
      read: result.rowsRead,
      imported: result.rowsImported,
      rejected: result.rowsRejected,
      skipped: result.rowsSkipped,
    }).toEqual({ read: 2, imported: 1, rejected: 1, skipped: 0 });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 3, severity: 'error' });
    expect(result.problems[0]?.message).toMatch(/never closed/);
    expect(result.inspections.map((inspection) => inspection.authority.name)).toEqual(['Walsall']);
  });

  it('on a quote never closed in the title row: says so rather than "no header"', () => {
    const result = rejected(
      importText(
        'unclosed-title.csv',
        `"Ofsted judgements,,,\n${TIDY_HEADER}\nWalsall,2021-10-04,Overall effectiveness,Good,\n`,
      ),
    );
    expect(result.problems[0]).toMatchObject({ line: 1, severity: 'error' });
    expect(result.problems[0]?.message).toMatch(/quote mark opens a cell on this row and is never closed/);
  });

  it.each(['semicolon-utf8-bom.csv', 'excel-windows-1252.csv', 'unicode-text-utf16le.txt', 'tidy-bad-rows.csv'])(
    'on every truncation of %s, and still accounts for every row',
    (name) => {
      const bytes = readFixture(name);
      for (let end = 0; end <= bytes.length; end++) checkConservation(importBytes(name, bytes.subarray(0, end)));
    },
  );
});

describe('cells that look like code come through as plain text', () => {
  const script = '<script>alert("pwned")</script>';
  const hyperlink = '=HYPERLINK("http://evil.example/x","Click for report")';
  const cases: ReadonlyArray<[string, string]> = [
    ['a script tag', script],
    ['a spreadsheet formula', hyperlink],
    ['a DDE payload', "=cmd|' /C calc'!A0"],
    ['a cell starting with +', '+44 1922 650000'],
    ['a cell starting with @', '@SUM(1+1)'],
    ['HTML entities', '&lt;b&gt;bold&lt;/b&gt; &amp; more'],
  ];

  it.each(cases)(
    '%s as an authority name is no authority: the row is refused with the cell quoted back verbatim',
    (_name, payload) => {
      const quoted = `"${payload.replace(/"/g, '""')}"`;
      const result = imported(
        importText('payload.csv', `${TIDY_HEADER}\n${quoted},2021-10-04,Overall effectiveness,Good,\n`),
      );
      expect(result.rowsImported).toBe(0);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({
        line: 2,
        column: 'authority_name',
        value: payload,
        severity: 'error',
      });
      expect(result.problems[0]?.message).toContain(`'${payload}' is not an English local authority we know`);
    },
  );

  it.each(cases)('%s in a kept body’s name and a note, exactly as written', (_name, payload) => {
    const quoted = `"${payload.replace(/"/g, '""')}"`;
    const text = `${TIDY_HEADER}\n${quoted},2021-10-04,Overall effectiveness,Good,${quoted}\nWalsall,2021-10-04,Overall effectiveness,Good,${quoted}\n`;
    const result = imported(importText('payload.csv', text, 'utf-8', { keepUnknownAuthorities: true }));
    expect(result.rowsImported).toBe(2);
    expect(result.inspections[0]?.authority).toEqual({ name: payload, kind: 'other' });
    expect(result.inspections[0]?.judgements[0]?.note).toBe(payload);
    expect(result.inspections[1]?.authority).toMatchObject({ name: 'Walsall', onsCode: 'E08000030' });
    expect(result.inspections[1]?.judgements[0]?.note).toBe(payload);
  });

  it('a script tag in a grade cell is refused with the cell quoted back verbatim, not run or stripped', () => {
    const result = imported(
      importText('payload.csv', `${TIDY_HEADER}\nWalsall,2021-10-04,Overall effectiveness,${script},\n`),
    );
    expect(result.rowsRejected).toBe(1);
    expect(result.problems[0]).toMatchObject({ line: 2, column: 'grade', value: script });
  });

  it('a formula as a visit theme in Ofsted’s layout stays the note', () => {
    const text = [
      'Local authority in-year inspection activity 2024-25,,,,,,',
      'Description,,,,,,',
      'Local authority area code,Local authority name,Inspection/Visit date,Inspection/Visit type,Overall effectiveness,Visit Theme',
      `E08000030,Walsall,12/02/2025,ILACS Focused Visit,,"${hyperlink.replace(/"/g, '""')}"`,
    ].join('\n');
    const result = imported(importText('in-year.csv', text));
    expect(result.inspections[0]).toMatchObject({ framework: 'ilacs-visit', note: hyperlink, judgements: [] });
  });
});
