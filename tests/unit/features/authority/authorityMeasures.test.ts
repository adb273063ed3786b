// Measures over time for one authority, within the chosen years, or a clear "none held".
import { describe, expect, it } from 'vitest';
import { authorityMeasures, formatMeasureValue } from '../../../../src/features/authority/authorityMeasures';
import { datasetOf } from './authorityFixtures';

const measures = (rows: string[]) => ['authority_name,authority_code,date,measure,value,unit', ...rows].join('\n');
const dataset = datasetOf({
  'm.csv': measures([
    'Walsall,E08000030,2012-06,Children who said they felt safe,94,%',
    'Walsall,E08000030,2015,Children who said they felt safe,90,%',
    'Walsall,E08000030,2014-03-31,Children in care,620,children',
    'Dudley,E08000027,2012-06,Children who said they felt safe,88,%',
  ]),
});

describe('authorityMeasures', () => {
  it.each([
    [
      'every year',
      {},
      [
        'Children who said they felt safe: 94% in June 2012.',
        'Children who said they felt safe: 90% in 2015.',
        'Children in care: 620 children on 31 March 2014.',
      ],
      undefined,
    ],
    [
      'years limit the points',
      { from: 2013, to: 2014 },
      ['Children in care: 620 children on 31 March 2014.'],
      undefined,
    ],
    [
      'years that keep nothing',
      { from: 2020 },
      [],
      'No measures held for Walsall in these years: widen the years to see them.',
    ],
  ])('%s', (_name, years, sentences, empty) => {
    const model = authorityMeasures(dataset, 'E08000030', 'Walsall', years);
    expect(model.sentences).toEqual(sentences);
    expect(model.empty).toBe(empty);
  });

  it('says when an authority has no measures at all', () => {
    expect(authorityMeasures(dataset, 'E08000012', 'Liverpool').empty).toBe('No measures held for Liverpool.');
  });

  it.each([
    [94, '%', '94%'],
    [620, 'children', '620 children'],
  ])('formats %s %s as %s', (value, unit, expected) => {
    expect(formatMeasureValue(value, unit)).toBe(expected);
  });
});
