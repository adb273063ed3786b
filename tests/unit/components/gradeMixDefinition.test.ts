// The grade-mix chart's definition: bars built from any scale's rows, the series, and the options' defaults.
import { describe, expect, it } from 'vitest';
import {
  GRADE_MIX_CHART,
  barFromRows,
  gradeMixOptions,
  gradesIn,
  seriesOf,
  type GradeMixExtras,
} from '../../../src/components/charts/gradeMixDefinition';
import { GRADE_SCALES } from '../../../src/domain';

const ZERO = { outstanding: 0, good: 0, adequate: 0, 'requires-improvement': 0, inadequate: 0 };

describe('barFromRows', () => {
  it.each<[string, Parameters<typeof barFromRows>[2], GradeMixExtras, object]>([
    ['no rows: every grade zero', [], {}, { counts: ZERO, shares: ZERO }],
    [
      'an older scale’s rows: Adequate kept apart from Requires improvement',
      [
        { grade: 'good', count: 2, share: 2 / 22 },
        { grade: 'adequate', count: 12, share: 12 / 22 },
        { grade: 'inadequate', count: 8, share: 8 / 22 },
      ],
      {},
      {
        counts: { ...ZERO, good: 2, adequate: 12, inadequate: 8 },
        shares: { ...ZERO, good: 2 / 22, adequate: 12 / 22, inadequate: 8 / 22 },
      },
    ],
    [
      'one authority’s own grade, emphasised, with notes and a sentence',
      [{ grade: 'good', count: 1, share: 1 }],
      { emphasis: true, ownGrade: true, notes: ['Good or better: 100%'], description: 'Walsall: Good' },
      {
        counts: { ...ZERO, good: 1 },
        emphasis: true,
        ownGrade: true,
        notes: ['Good or better: 100%'],
        description: 'Walsall: Good',
      },
    ],
  ])('%s', (_name, rows, extras, expected) => {
    expect(barFromRows('key', 'Label', rows, extras)).toMatchObject({ key: 'key', label: 'Label', ...expected });
  });

  it('leaves out extras that say nothing, so bars compare equal', () => {
    const bar = barFromRows('key', 'Label', [], { emphasis: false, ownGrade: false, notes: [] });
    expect(Object.keys(bar).sort()).toEqual(['counts', 'key', 'label', 'shares']);
  });
});

describe('seriesOf and gradesIn', () => {
  it.each([
    [
      'the ILACS scale’s words',
      ['good', 'requires-improvement'] as const,
      GRADE_SCALES['ilacs-2018'],
      ['Good', 'Requires improvement to be good'],
    ],
    [
      'the generic words when bars mix scales',
      ['adequate', 'requires-improvement'] as const,
      undefined,
      ['Adequate', 'Requires improvement'],
    ],
  ])('names grades in %s', (_name, grades, scale, expected) => {
    expect(seriesOf(grades, scale).map((entry) => entry.label)).toEqual(expected);
  });

  it.each([
    ['no bars', [], []],
    ['nothing judged', [barFromRows('a', 'A', [])], []],
    [
      'grades any bar has, best first',
      [
        barFromRows('a', 'A', [{ grade: 'inadequate', count: 1, share: 1 }]),
        barFromRows('b', 'B', [
          { grade: 'good', count: 3, share: 1 },
          { grade: 'adequate', count: 0, share: 0 },
        ]),
      ],
      ['good', 'inadequate'],
    ],
  ])('gradesIn: %s', (_name, bars, expected) => {
    expect(gradesIn(bars)).toEqual(expected);
  });
});

describe('gradeMixOptions', () => {
  it.each([
    ['the defaults', {}, { orientation: 'bars', segmentText: 'count', legend: true }],
    [
      'a year chart',
      { orientation: 'columns', segmentText: 'share', categoryTitle: 'As at 31 March' } as const,
      { orientation: 'columns', segmentText: 'share', legend: true, categoryTitle: 'As at 31 March' },
    ],
    ['charts sharing one legend', { legend: false }, { orientation: 'bars', segmentText: 'count', legend: false }],
  ])('%s', (_name, given, expected) => {
    expect(gradeMixOptions(given)).toEqual(expected);
  });

  it('defaults to what the definition says it does', () => {
    expect(gradeMixOptions({})).toEqual(GRADE_MIX_CHART.defaults);
    expect(GRADE_MIX_CHART.orientations).toContain(GRADE_MIX_CHART.defaults.orientation);
    expect(GRADE_MIX_CHART.segmentTexts).toContain(GRADE_MIX_CHART.defaults.segmentText);
  });
});
