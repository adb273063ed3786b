// @vitest-environment jsdom
// A figure's CSV comes from its view model: DataTable gives its rows and columns as data, numbers as numbers with the unit in the heading.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable, type Column } from '../../../src/components/DataTable';
import {
  countAndShare,
  figureCsvRows,
  FigureTablesContext,
  shareColumn,
  type FigureTable,
} from '../../../src/components/figureData/figureData';
import { plainText } from '../../../src/components/figureData/plainText';
import { GradeTag, NotJudgedTag } from '../../../src/components/GradeTag';
import { percent } from '../../../src/components/format';
import { GRADE_SCALES } from '../../../src/domain';

interface Mix {
  readonly name: string;
  readonly good: number;
  readonly judged: number;
}

const rows: Mix[] = [
  { name: 'Walsall', good: 3, judged: 4 },
  { name: '=HYPERLINK("x")', good: 0, judged: 0 },
];

function recordTables(element: React.ReactNode): FigureTable[] {
  const recorded = new Map<string, FigureTable>();
  const record = (key: string, table: FigureTable | null) => (table ? recorded.set(key, table) : recorded.delete(key));
  render(<FigureTablesContext value={{ record }}>{element}</FigureTablesContext>);
  return [...recorded.values()];
}

describe('DataTable as data', () => {
  const columns: Column<Mix>[] = [
    { header: 'Authority', cell: (row) => <strong>{row.name}</strong> },
    {
      header: 'Good',
      cell: (row) => `${row.good} (${percent(row.judged === 0 ? null : row.good / row.judged)})`,
      numeric: true,
      csv: countAndShare<Mix>(
        'Good',
        (row) => row.good,
        (row) => (row.judged === 0 ? null : row.good / row.judged),
      ),
    },
    { header: 'Judged', cell: (row) => row.judged, numeric: true },
    {
      header: 'Good or better',
      cell: (row) => (row.judged === 0 ? '–' : percent(row.good / row.judged)),
      numeric: true,
      csv: shareColumn<Mix>('Good or better', (row) => (row.judged === 0 ? null : row.good / row.judged)),
    },
    { header: 'Change', cell: (row) => (row.judged === 0 ? '–' : String(row.good)), numeric: true },
  ];

  it('writes counts and shares as numbers, the unit in the heading, and a dash in a numeric column as an empty cell', () => {
    const tables = recordTables(
      <DataTable caption="Grades" columns={columns} rows={rows} rowKey={(row) => row.name} />,
    );
    expect(tables).toHaveLength(1);
    expect(figureCsvRows(tables)).toEqual([
      ['Authority', 'Good', 'Good (%)', 'Judged', 'Good or better (%)', 'Change'],
      ['Walsall', 3, 75, 4, 75, '3'],
      ['=HYPERLINK("x")', 0, null, 0, null, null],
    ]);
  });

  it('starts each of several tables with its caption, a blank row between', () => {
    const simple: Column<Mix>[] = [{ header: 'Authority', cell: (row) => row.name }];
    const tables = recordTables(
      <>
        <DataTable caption="First" columns={simple} rows={rows.slice(0, 1)} rowKey={(row) => row.name} />
        <DataTable caption="Second" columns={simple} rows={rows.slice(1)} rowKey={(row) => row.name} />
      </>,
    );
    expect(figureCsvRows(tables)).toEqual([
      ['First'],
      ['Authority'],
      ['Walsall'],
      [],
      ['Second'],
      ['Authority'],
      ['=HYPERLINK("x")'],
    ]);
  });

  it('records nothing outside a figure, and a figure without tables has no rows', () => {
    render(<DataTable caption="Alone" columns={columns} rows={rows} rowKey={(row) => row.name} />);
    expect(figureCsvRows([])).toEqual([]);
  });
});

describe('plainText', () => {
  it.each([
    ['a string', 'Walsall', 'Walsall'],
    ['a number', 12, '12'],
    [
      'nested markup',
      <span key="a">
        Walsall <em>Council</em>
      </span>,
      'Walsall Council',
    ],
    [
      'decoration hidden from screen readers',
      <span key="b">
        <span aria-hidden="true">—</span>
        <span className="govuk-visually-hidden">No judgement</span>
      </span>,
      'No judgement',
    ],
    [
      'a grade tag, by its words',
      <GradeTag key="c" grade="requires-improvement" scale={GRADE_SCALES['ilacs-2018']} />,
      'Requires improvement to be good',
    ],
    [
      'a not-judged tag, with its reason',
      <NotJudgedTag key="d" reason="judged only from 2023" />,
      'Not judged (judged only from 2023)',
    ],
  ])('reads %s', (_name, node, text) => {
    expect(plainText(node)).toBe(text);
  });
});
