// A small dataset for the Compare view's models: a West Midlands authority, its neighbours, a London comparator, a ceased one.
import { HELP, LEAVERS, OVERALL, authority, dataset, date, inspection } from '../../analytics/build';
import type { Authority } from '../../../../src/domain';

export const walsall = authority('Walsall', { onsCode: 'E08000030', region: 'West Midlands' });
export const dudley = authority('Dudley', { onsCode: 'E08000027', region: 'West Midlands' });
export const sandwell = authority('Sandwell', { onsCode: 'E08000028', region: 'West Midlands' });
export const telford = authority('Telford & Wrekin', { onsCode: 'E06000020', region: 'West Midlands' });
export const barnet = authority('Barnet', { onsCode: 'E09000003', region: 'London' });
export const sutton = authority('Sutton', { onsCode: 'E09000029', region: 'London' });
export const cumbria = authority('Cumbria', {
  onsCode: 'E10000006',
  region: 'North West',
  noLongerExists: true,
  ceasedOn: date('2023-04-01'),
});

const ilacs = (
  who: Authority,
  when: string,
  judgements: Record<string, 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-judged'>,
) => inspection({ authority: who, date: when, judgements, type: 'ILACS Standard Inspection' });

/**
 * As at 31 March 2025, overall: Walsall Good, Dudley RI, Sandwell Inadequate, Telford Outstanding, Barnet Good.
 * Help and protection: Walsall Good, Dudley Good, Sandwell Inadequate, Telford Good, Barnet Outstanding.
 * Care leavers: judged for Dudley (Good) and Barnet (RI) only. Sutton inspected only in May 2025; Cumbria ceased 2023.
 * Walsall also has a 2012 summary-count inspection and a visit, which must not count.
 */
export const records = dataset([
  inspection({
    authority: walsall,
    date: '2012-06',
    framework: 'slac',
    summaryCounts: { good: 2, adequate: 12, inadequate: 8 },
  }),
  ilacs(cumbria, '2019-02-11', { [OVERALL]: 'requires-improvement', [HELP]: 'good' }),
  ilacs(walsall, '2021-10-04', { [OVERALL]: 'good', [HELP]: 'good', [LEAVERS]: 'not-judged' }),
  ilacs(telford, '2022-01-10', { [OVERALL]: 'outstanding', [HELP]: 'good', [LEAVERS]: 'not-judged' }),
  ilacs(sandwell, '2023-05-15', { [OVERALL]: 'inadequate', [HELP]: 'inadequate', [LEAVERS]: 'inadequate' }),
  ilacs(dudley, '2023-06-19', { [OVERALL]: 'requires-improvement', [HELP]: 'good', [LEAVERS]: 'good' }),
  ilacs(barnet, '2024-11-04', { [OVERALL]: 'good', [HELP]: 'outstanding', [LEAVERS]: 'requires-improvement' }),
  inspection({ authority: walsall, date: '2024-05-20', framework: 'ilacs-visit', type: 'ILACS Focused Visit' }),
  ilacs(sutton, '2025-05-12', { [OVERALL]: 'outstanding' }),
]);

export const MARCH_2025 = date('2025-03-31');
export const MARCH_2022 = date('2022-03-31');
export const key = (who: Authority): string => who.onsCode ?? who.name;
