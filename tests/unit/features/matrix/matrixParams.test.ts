// Reading the matrix's state from the address bar: good values are kept, bad or unknown ones fall back to defaults.
import { describe, expect, it } from 'vitest';
import { inspectionYears } from '../../../../src/components/filters/options';
import { judgedInspectionTypes, readMatrixState, type MatrixState } from '../../../../src/features/matrix/matrixParams';
import { authority, dataset, inspection } from '../../analytics/build';

const walsall = authority('Walsall', { onsCode: 'E08000030', region: 'West Midlands' });
const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });
const held = dataset([
  inspection({
    authority: walsall,
    date: '2008',
    framework: 'joint-inspection',
    type: 'Joint inspection',
    judgements: { overall: 'good' },
  }),
  inspection({
    authority: walsall,
    date: '2021-10-04',
    type: 'ILACS Standard Inspection',
    judgements: { 'overall-effectiveness': 'good', 'care-leavers': 'not-judged' },
  }),
  inspection({
    authority: barnet,
    date: '2024-06-10',
    type: 'ILACS Short Inspection',
    judgements: { 'overall-effectiveness': 'outstanding' },
  }),
  inspection({ authority: barnet, date: '2025-01-10', type: 'ILACS Focused Visit', framework: 'ilacs-visit' }),
]);

const DEFAULTS: MatrixState = {
  rows: 'areas',
  authority: 'E08000030',
  years: {},
  region: 'West Midlands',
  regionFromAuthority: true,
  asAt: { precision: 'day', year: 2025, month: 3, day: 31 },
  sort: 'grade',
};

describe('readMatrixState', () => {
  it.each<[string, string, Partial<MatrixState>]>([
    ['an empty address: Walsall, areas as rows, Walsall’s region, the default date', '', {}],
    ['the authorities layout', 'rows=authorities', { rows: 'authorities' }],
    ['an unknown layout as areas', 'rows=sideways', {}],
    [
      'a known authority, whose region becomes the default',
      'authority=E09000003',
      { authority: 'E09000003', region: 'London' },
    ],
    ['an unknown authority as Walsall', 'authority=E99999999', {}],
    ['a type that makes judgements', 'type=ILACS+Short+Inspection', { type: 'ILACS Short Inspection' }],
    ['a visit type as every type, since visits are no columns', 'type=ILACS+Focused+Visit', {}],
    ['years held', 'from=2008&to=2021', { years: { from: 2008, to: 2021 } }],
    ['years outside those held, and words, as no bound', 'from=1999&to=soon', {}],
    ['a backwards range as given, for the view to explain', 'from=2021&to=2008', { years: { from: 2021, to: 2008 } }],
    ['a known area', 'area=care-leavers', { area: 'care-leavers' }],
    ['an unknown area as every area', 'area=finance', {}],
    ['every region', 'region=all', { region: undefined, regionFromAuthority: false }],
    ['a chosen region over the authority’s', 'region=London', { region: 'London', regionFromAuthority: false }],
    ['an unknown region as the authority’s', 'region=Atlantis', {}],
    ['a day as the date', 'asAt=2019-03-31', { asAt: { precision: 'day', year: 2019, month: 3, day: 31 } }],
    ['a month, an impossible day or words as the default date', 'asAt=2019-03', {}],
    ['an impossible day as the default date', 'asAt=2019-02-30', {}],
    ['sorting by name', 'sort=name', { sort: 'name' }],
    ['an unknown sort as by grade', 'sort=shoe-size', {}],
  ])('reads %s', (_name, query, expected) => {
    const state = readMatrixState(new URLSearchParams(query), held);
    const want: Record<string, unknown> = { ...DEFAULTS, ...expected };
    for (const key of Object.keys(want)) if (want[key] === undefined) delete want[key];
    expect(state).toEqual(want);
  });

  it('falls back to the first authority and England when Walsall is not held and the authority has no region', () => {
    const other = dataset([
      inspection({
        authority: authority('Nowhere', { onsCode: 'E06000099' }),
        date: '2020-01-01',
        judgements: { 'overall-effectiveness': 'good' },
      }),
    ]);
    const state = readMatrixState(new URLSearchParams(''), other);
    expect(state.authority).toBe('E06000099');
    expect(state.region).toBeUndefined();
    expect(state.regionFromAuthority).toBe(false);
  });

  it('has no date when no ILACS inspection is held', () => {
    const old = dataset([
      inspection({ authority: walsall, date: '2008', framework: 'joint-inspection', judgements: { overall: 'good' } }),
    ]);
    expect(readMatrixState(new URLSearchParams('asAt=nonsense'), old).asAt).toBeUndefined();
  });
});

describe('judgedInspectionTypes and inspectionYears', () => {
  it('lists types that make judgements, alphabetically, leaving out visits', () => {
    expect(judgedInspectionTypes(held)).toEqual([
      'ILACS Short Inspection',
      'ILACS Standard Inspection',
      'Joint inspection',
    ]);
  });

  it.each([
    ['every year from the first record to the last, gaps included', held, 18, 2008, 2025],
    ['nothing for an empty dataset', dataset([]), 0, undefined, undefined],
  ])('gives %s', (_name, source, length, first, last) => {
    const years = inspectionYears(source);
    expect(years).toHaveLength(length);
    expect(years[0]).toBe(first);
    expect(years[years.length - 1]).toBe(last);
  });
});
