// Arbitrary tables in each format we read: real headings, cells that are right, nearly right or wrong, and the rows files add.
import fc from 'fast-check';
import {
  cellText,
  csvLayout,
  encodeText,
  quoting,
  renderCsv,
  trickyText,
  type Cell,
  type FileCase,
  type Quoting,
  textEncoding,
} from './fileArbitraries';

type CellKind =
  | 'name'
  | 'code'
  | 'region'
  | 'status'
  | 'type'
  | 'date'
  | 'area'
  | 'grade'
  | 'count'
  | 'measure'
  | 'value'
  | 'unit'
  | 'note'
  | 'link';

const HEADINGS: Readonly<Record<'tidy' | 'wide' | 'counts' | 'measures', ReadonlyArray<readonly [string, CellKind]>>> =
  {
    tidy: [
      ['authority_name', 'name'],
      ['authority_code', 'code'],
      ['region', 'region'],
      ['inspection_type', 'type'],
      ['inspection_date', 'date'],
      ['publication_date', 'date'],
      ['judgement_area', 'area'],
      ['grade', 'grade'],
      ['note', 'note'],
    ],
    wide: [
      ['Web link', 'link'],
      ['Local authority area code', 'code'],
      ['Local authority name', 'name'],
      ['Local authority status', 'status'],
      ['Ofsted region', 'region'],
      ['Inspection date', 'date'],
      ['Publication date', 'date'],
      ['Inspection type', 'type'],
      ['Overall effectiveness', 'grade'],
      ['Impact of leaders', 'grade'],
      ['Help and protection', 'grade'],
      ['Children in care', 'grade'],
      ['Care leavers', 'grade'],
    ],
    counts: [
      ['authority_name', 'name'],
      ['LA number', 'code'],
      ['inspection_type', 'type'],
      ['inspection_date', 'date'],
      ['outstanding', 'count'],
      ['good', 'count'],
      ['adequate', 'count'],
      ['requires improvement', 'count'],
      ['inadequate', 'count'],
      ['total', 'count'],
      ['notes', 'note'],
    ],
    measures: [
      ['authority_name', 'name'],
      ['authority_code', 'code'],
      ['date', 'date'],
      ['measure', 'measure'],
      ['value', 'value'],
      ['unit', 'unit'],
      ['note', 'note'],
    ],
  };

/** Cells a record needs, and cells that are wrong (or right only in another era), per kind of column. */
const POOLS: Readonly<Record<CellKind, { readonly good: readonly string[]; readonly bad: readonly string[] }>> = {
  name: {
    good: ['Walsall', 'Dudley', 'Bournemouth, Christchurch & Poole', 'St. Helens', 'Kingston upon Hull, City of'],
    bad: ['Total', 'England', '', ' '],
  },
  code: {
    good: ['E08000030', 'E08000027', 'e06000058', '335', '887', 'W06000015', ''],
    bad: ['E0800003', '12', 'n/a'],
  },
  region: { good: ['West Midlands', 'London', 'South West', 'Yorkshire and the Humber', ''], bad: [] },
  status: { good: ['Current', 'No longer exists', ''], bad: [] },
  type: {
    good: [
      'ILACS Standard Inspection',
      'ILACS Short Inspection',
      'ILACS Focused Visit',
      'ILACS Monitoring Visit',
      'Single inspection framework',
      'Inspection of safeguarding and looked after children services',
      'Joint area review',
      '',
    ],
    bad: [],
  },
  date: {
    good: [
      '2021-10-04',
      '04/10/2021',
      '4 October 2021',
      '2012-06',
      'June 2012',
      '2008',
      '2015',
      '2019-02-18',
      '2023-05-10',
    ],
    bad: ['31/02/2021', '10/13/2021', '2023-24', '04/10/21', 'not a date', '1899', '2021-13', ''],
  },
  area: {
    good: [
      'Overall effectiveness',
      'Impact of leaders',
      'Help and protection',
      'Children in care',
      'Care leavers',
      'Adoption',
    ],
    bad: [''],
  },
  grade: {
    good: ['Outstanding', 'Good', 'Inadequate', '1', '2', '3', '4', '', 'n/a', 'Not judged', 'GOOD', '-'],
    bad: ['Requires improvement to be good', 'Requires improvement', 'Adequate', '5', 'Not yet inspected', 'Very good'],
  },
  count: { good: ['0', '1', '2', '8', '12', ''], bad: ['-1', 'x', '3.5'] },
  measure: { good: ['Children who said they felt safe', 'Re-referrals within 12 months'], bad: [''] },
  value: { good: ['94', '94%', '88 %', '1,234', '£1,200', '-3.5'], bad: ['12,34', 'ninety', ''] },
  unit: { good: ['%', 'children', ''], bad: [] },
  note: {
    good: ['', 'see p.4', '=HYPERLINK("http://example.invalid","x")', '<script>alert(1)</script>', 'a, b; c|d'],
    bad: [],
  },
  link: { good: ['Ofsted Local Authority Webpage', ''], bad: [] },
};

/** Mostly a good cell, sometimes a wrong one, now and then noise. */
const cellFor = (kind: CellKind): fc.Arbitrary<string> => {
  const { good, bad } = POOLS[kind];
  const wrong = bad.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...bad) }] : [];
  return fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...good) }, ...wrong, { weight: 1, arbitrary: cellText });
};

/** A row under the header: usually a record, sometimes one of the rows real files put among them. */
function tableRow(kinds: readonly CellKind[]): fc.Arbitrary<string[]> {
  const width = kinds.length;
  const record = fc.tuple(...kinds.map(cellFor)).map((cells) => [...cells]);
  return fc.oneof(
    { weight: 12, arbitrary: record },
    {
      weight: 1,
      arbitrary: record.chain((cells) =>
        fc
          .integer({ min: 0, max: width + 3 })
          .map((n) => (n <= width ? cells.slice(0, n) : [...cells, ...Array<string>(n - width).fill('extra')])),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(Array<string>(width).fill(''), [''], Array<string>(width).fill('  ')) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('Total', 'England', 'Grand total')
        .map((word) => [word, ...Array<string>(width - 1).fill('9')]),
    },
    { weight: 1, arbitrary: trickyText.map((text) => [`Source: ${text}`]) },
    {
      weight: 1,
      arbitrary: fc.constant<string[]>([
        'Cumberland',
        ...Array<string>(Math.max(0, width - 2)).fill(''),
        'Not yet inspected',
      ]),
    },
  );
}

/** The columns a format cannot do without: the authority's name, the date, and what makes the format itself. */
const REQUIRED = new Set([
  'authority_name',
  'Local authority name',
  'inspection_date',
  'Inspection date',
  'date',
  'judgement_area',
  'grade',
  'Overall effectiveness',
  'good',
  'measure',
  'value',
]);

/** Usually every required column and some others, in any order; now and then any columns at all, so some files lack one. */
function tableColumns(format: keyof typeof HEADINGS): fc.Arbitrary<Array<readonly [string, CellKind]>> {
  const all = HEADINGS[format];
  const required = all.filter(([heading]) => REQUIRED.has(heading));
  const optional = all.filter(([heading]) => !REQUIRED.has(heading));
  const complete = fc
    .subarray([...optional])
    .chain((chosen) => fc.shuffledSubarray([...required, ...chosen], { minLength: required.length + chosen.length }));
  return fc.oneof(
    { weight: 5, arbitrary: complete },
    { weight: 1, arbitrary: fc.shuffledSubarray([...all], { minLength: 2 }) },
  );
}

export interface TableCase {
  readonly format: keyof typeof HEADINGS;
  readonly text: string;
}

/** A whole table as text: title rows, a header of some of the format's columns in any order, and rows. */
export const tableText: fc.Arbitrary<TableCase> = fc
  .constantFrom(...(Object.keys(HEADINGS) as Array<keyof typeof HEADINGS>))
  .chain((format) =>
    tableColumns(format).chain((columns) =>
      fc.record({
        format: fc.constant(format),
        titles: fc.array(
          trickyText.map((text) => [`Ofsted judgements ${text}`]),
          { maxLength: 2 },
        ),
        header: fc.constant(columns.map(([heading]) => heading)),
        rows: fc.array(tableRow(columns.map(([, kind]) => kind)), { maxLength: 30 }),
        quotings: fc.oneof(
          { weight: 3, arbitrary: fc.constant<Quoting[]>(['auto']) },
          { weight: 1, arbitrary: fc.array(quoting, { minLength: 1, maxLength: 40 }) },
        ),
        layout: csvLayout,
      }),
    ),
  )
  .map(({ format, titles, header, rows, quotings, layout }) => {
    let n = 0;
    // Most cells are written as CSV requires; the occasional broken quote is spread over the file.
    const cells = (row: readonly string[]): Cell[] =>
      row.map((text) => ({ text, quoting: quotings[n++ % quotings.length]! }));
    return { format, text: renderCsv([...titles, header, ...rows].map(cells), layout) };
  });

export const tableFile: fc.Arbitrary<FileCase> = fc.tuple(tableText, textEncoding).map(([table, encoding]) => ({
  kind: `${table.format} table (${encoding})`,
  bytes: encodeText(table.text, encoding),
}));
