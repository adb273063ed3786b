// Every row's authority is checked against the register: its name and codes come from there, and what the register
// does not know is a problem on the row, or a body of its own when the user chooses, never a new local authority.
import { describe, expect, it } from 'vitest';
import { buildDataset, importText } from '../../../src/import';
import { isUnknownAuthorityProblem } from '../../../src/import/rowValues';
import { imported } from './helpers';

const HEADER = 'authority_name,authority_code,region,inspection_date,judgement_area,grade';
const tidy = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('a known authority', () => {
  it.each([
    ['Walsall,,,2021-10-04'],
    ['walsall council,,,2021-10-04'],
    [',E08000030,,2021-10-04'],
    [',335,,2021-10-04'],
    ['Walsall,e08000030,,2021-10-04'],
  ])('%s takes the register’s name, codes and (when the file has none) Ofsted’s region', (head) => {
    const result = imported(importText('one.csv', tidy(`${head},Overall effectiveness,Good`)));
    expect(result.problems).toEqual([]);
    expect(result.inspections[0]?.authority).toEqual({
      name: 'Walsall',
      onsCode: 'E08000030',
      laNumber: '335',
      region: 'West Midlands',
    });
  });

  it('keeps the file’s region, which is Ofsted’s', () => {
    const result = imported(
      importText(
        'one.csv',
        tidy('Barnsley,E08000038,"North East, Yorkshire and the Humber",2023-09-11,Overall effectiveness,Good'),
      ),
    );
    expect(result.inspections[0]?.authority).toEqual({
      name: 'Barnsley',
      onsCode: 'E08000016',
      laNumber: '370',
      region: 'North East, Yorkshire and the Humber',
    });
  });

  it('takes Ofsted’s spelling of the file’s region when it is the same region, so one region is not counted as two', () => {
    const result = imported(
      importText(
        'one.csv',
        tidy(
          'York,,"North East, Yorkshire and The Humber",2019-01-01,Overall effectiveness,Good',
          'Walsall,,Black Country,2019-01-01,Overall effectiveness,Good',
        ),
      ),
    );
    expect(result.inspections.map((inspection) => inspection.authority.region)).toEqual([
      'North East, Yorkshire and the Humber',
      'Black Country',
    ]);
  });

  it('is one authority under each of its names and codes, so a dataset holds it once', () => {
    const result = imported(
      importText(
        'variants.csv',
        tidy(
          'North Yorkshire,E10000023,,2015-01-10,Overall effectiveness,Good',
          'North Yorkshire,E06000065,,2018-07-02,Overall effectiveness,Good',
          ',815,,2023-07-03,Overall effectiveness,Outstanding',
          '"Kingston upon Hull, City of",,,2019-01-01,Overall effectiveness,Good',
          'Kingston Upon Hull,E06000010,,2022-01-01,Overall effectiveness,Good',
          'london corporation,,,2020-03-02,Overall effectiveness,Outstanding',
        ),
      ),
    );
    expect(result.problems).toEqual([]);
    const { dataset } = buildDataset([result]);
    expect([...dataset.authorities.values()].map((authority) => authority.name)).toEqual([
      'North Yorkshire',
      'Kingston upon Hull',
      'City of London',
    ]);
  });
});

describe('a name the register does not know', () => {
  it.each(['=HYPERLINK("http://x","y")', '<img src=x onerror=alert(1)>', '+SUM(1+1)'])(
    '%s is a problem on its row, never a new authority',
    (name) => {
      const result = imported(
        importText(
          'bad.csv',
          tidy(
            `"${name.replace(/"/g, '""')}",,,2021-10-04,Overall effectiveness,Good`,
            'Walsall,,,2021-10-04,Overall effectiveness,Good',
          ),
        ),
      );
      expect(result.rowsImported).toBe(1);
      expect(result.rowsRejected).toBe(1);
      expect(result.problems).toEqual([
        expect.objectContaining({ line: 2, column: 'authority_name', value: name, severity: 'error' }),
      ]);
      expect(isUnknownAuthorityProblem(result.problems[0]!)).toBe(true);
      expect(buildDataset([result]).dataset.authorities.size).toBe(1);
    },
  );

  it('offers the closest names', () => {
    const result = imported(importText('typo.csv', tidy('Wolverhamton,,,2021-10-04,Overall effectiveness,Good')));
    expect(result.problems[0]?.message).toMatch(
      /^'Wolverhamton' is not an English local authority we know\. Did you mean Wolverhampton\?/,
    );
  });

  it('is reported on every row that has it, though the register is asked once', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `Testshire,,,2021-10-0${i + 1},Overall effectiveness,Good`);
    const result = imported(importText('test.csv', tidy(...rows)));
    expect(result.problems.map((problem) => problem.line)).toEqual([2, 3, 4, 5, 6]);
    expect(result.rowsRejected).toBe(5);
  });

  it('becomes a body of its own, marked as not a local authority, when the user chooses', () => {
    const text = tidy(
      'Testshire Academy,,,2021-10-04,Overall effectiveness,Good',
      'Walsall,,,2021-10-04,Overall effectiveness,Good',
    );
    const result = imported(importText('kept.csv', text, 'utf-8', { keepUnknownAuthorities: true }));
    expect(result.problems).toEqual([]);
    expect(result.inspections.map((inspection) => inspection.authority)).toEqual([
      { name: 'Testshire Academy', kind: 'other' },
      { name: 'Walsall', onsCode: 'E08000030', laNumber: '335', region: 'West Midlands' },
    ]);
  });

  it('with a code the register knows is read as that authority, with a warning', () => {
    const result = imported(
      importText('code.csv', tidy('Walsall MBC Children’s Services,E08000030,,2021-10-04,Overall effectiveness,Good')),
    );
    expect(result.rowsImported).toBe(1);
    expect(result.inspections[0]?.authority.name).toBe('Walsall');
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 2, severity: 'warning', value: 'Walsall MBC Children’s Services' }),
    ]);
    expect(isUnknownAuthorityProblem(result.problems[0]!)).toBe(false);
  });
});

describe('a name and a code that disagree', () => {
  it('is a problem on the row, whichever the user chose about unknown names', () => {
    for (const options of [{}, { keepUnknownAuthorities: true }]) {
      const result = imported(
        importText(
          'disagree.csv',
          tidy(
            'Walsall,E08000031,,2021-10-04,Overall effectiveness,Good',
            'Walsall,E08000099,,2021-10-04,Overall effectiveness,Good',
          ),
          'utf-8',
          options,
        ),
      );
      expect(result.rowsImported).toBe(0);
      expect(result.problems).toEqual([
        expect.objectContaining({ line: 2, column: 'authority_name', value: 'Walsall', severity: 'error' }),
        expect.objectContaining({ line: 3, column: 'authority_code', value: 'E08000099', severity: 'error' }),
      ]);
      expect(result.problems[0]?.message).toBe(
        "The name is Walsall's, but E08000031 is Wolverhampton's ONS code. Correct whichever is wrong: Walsall is ONS code E08000030, DfE LA number 335.",
      );
      expect(result.problems.some(isUnknownAuthorityProblem)).toBe(false);
    }
  });
});
