// Small datasets for the authority view's models, written as the files councils send, and read by the real importer.
import { authorityInspections } from '../../../../src/analytics';
import { buildDataset, importText } from '../../../../src/import';
import type { Dataset } from '../../../../src/domain';

export function datasetOf(csv: Record<string, string>): Dataset {
  return buildDataset(Object.entries(csv).map(([name, text]) => importText(name, text))).dataset;
}

export const tidy = (rows: readonly string[]) =>
  ['authority_name,authority_code,region,inspection_type,inspection_date,judgement_area,grade', ...rows].join('\n');

export const counts = (rows: readonly string[]) =>
  [
    'authority_name,authority_code,inspection_type,inspection_date,outstanding,good,adequate,inadequate,total',
    ...rows,
  ].join('\n');

/** Four areas of one ILACS inspection, grades in the order overall, leaders, help and protection, children in care. */
export function ilacs(
  name: string,
  code: string,
  date: string,
  grades: readonly [string, string, string, string],
  type = 'ILACS Standard Inspection',
) {
  const areas = [
    'Overall effectiveness',
    'Impact of leaders',
    'Children who need help and protection',
    'Children in care',
  ];
  return areas.map((area, i) => `${name},${code},West Midlands,${type},${date},${area},${grades[i]}`);
}

export const WALSALL = 'E08000030';

/** Walsall as the product knows it (2008 overall finding, 2012 counts, 2021 ILACS) plus a monitoring visit. */
export const walsallDataset = () =>
  datasetOf({
    'walsall-2008.csv': tidy([
      'Walsall,E08000030,West Midlands,Joint inspection,2008,Services for children (overall finding),Good',
    ]),
    'walsall-2012.csv': counts([
      'Walsall,E08000030,Inspection of safeguarding and looked after children services,2012-06,0,2,12,8,22',
    ]),
    'ofsted.csv': tidy([
      ...ilacs('Walsall', WALSALL, '2021-10-04', ['Good', 'Good', 'Requires improvement to be good', 'Good']),
      'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,Care leavers,',
      'Walsall,E08000030,West Midlands,LA Monitoring visit,2023-05-10,Overall effectiveness,',
    ]),
  });

export const entriesOf = (dataset: Dataset, key: string) => authorityInspections(dataset, key);
