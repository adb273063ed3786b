// Bodies kept as their own (a school, a test) never count in England's or a region's figures, nor in their coverage.
import { beforeAll, describe, expect, it } from 'vitest';
import { areaDistributions, latestAsAt, positionAgainst } from '../../../src/analytics';
import { yearlyShares } from '../../../src/analytics/yearlyShares';
import {
  authorityKey,
  isLocalAuthority,
  OVERALL_EFFECTIVENESS,
  type Dataset,
  type PartialDate,
} from '../../../src/domain';
import { englandAreas } from '../../../src/features/england/englandAreas';
import { regionComparison } from '../../../src/features/england/regionComparison';
import { authorityMatrix } from '../../../src/features/matrix/authorityMatrix';
import { buildDataset, importText, type ImportResult } from '../../../src/import';
import { loadDefaultDatasetFromDisk } from '../../helpers/realData';

const AS_AT: PartialDate = { precision: 'day', year: 2025, month: 3, day: 31 };
const OVERALL = { id: OVERALL_EFFECTIVENESS, label: 'Overall effectiveness' };

/** Three graded bodies that are no local authority, one in a real region, and all with inspections before 31 March 2025. */
const KEPT = [
  'authority_name,region,inspection_type,inspection_date,judgement_area,grade',
  'Testshire Academy,West Midlands,ILACS Standard Inspection,2024-01-10,Overall effectiveness,Inadequate',
  '"=HYPERLINK(""http://x"",""y"")",London,ILACS Standard Inspection,2024-02-10,Overall effectiveness,Inadequate',
  '+SUM(1+1),,ILACS Standard Inspection,2024-03-10,Overall effectiveness,Outstanding',
  'Walsall Grammar School,West Midlands,ILACS Standard Inspection,2022-03-10,Overall effectiveness,Inadequate',
].join('\n');

let defaults: Dataset;
let withOthers: Dataset;
let keptResult: ImportResult;

beforeAll(async () => {
  const loaded = await loadDefaultDatasetFromDisk();
  defaults = loaded.dataset;
  keptResult = importText('kept.csv', KEPT, 'utf-8', { keepUnknownAuthorities: true });
  withOthers = buildDataset([...loaded.results, keptResult]).dataset;
});

describe('the default data', () => {
  it('holds every authority as a local authority the register knows: 153 current, and the four that ceased (Poole’s inspections are in Ofsted’s 2009-2023 table)', () => {
    const authorities = [...defaults.authorities.values()];
    expect(authorities.every(isLocalAuthority)).toBe(true);
    expect(authorities.every((authority) => authority.onsCode && authority.laNumber)).toBe(true);
    expect(authorities.filter((authority) => !authority.ceasedOn)).toHaveLength(153);
    expect(
      authorities
        .filter((authority) => authority.ceasedOn)
        .map((authority) => authority.name)
        .sort(),
    ).toEqual(['Bournemouth', 'Cumbria', 'Northamptonshire', 'Poole']);
  });
});

describe('with bodies of their own added', () => {
  it('holds them, marked, beside the authorities', () => {
    expect(keptResult.ok && keptResult.rowsImported).toBe(4);
    const others = [...withOthers.authorities.values()].filter((authority) => !isLocalAuthority(authority));
    expect(others.map((authority) => authority.name)).toEqual([
      'Testshire Academy',
      '=HYPERLINK("http://x","y")',
      '+SUM(1+1)',
      'Walsall Grammar School',
    ]);
  });

  it('leaves England’s figures and their coverage exactly as Ofsted’s data gives them', () => {
    const before = englandAreas(defaults, AS_AT);
    const after = englandAreas(withOthers, AS_AT);
    expect(after).toEqual(before);
    expect(after?.authorities).toBe(153);
    expect(after?.summary).toContain('153 local authorities');
  });

  it('leaves every region’s figures as they were', () => {
    const latestBefore = latestAsAt(defaults, AS_AT);
    const latestAfter = latestAsAt(withOthers, AS_AT);
    expect(latestAfter.entries.map((entry) => entry.key)).toEqual(latestBefore.entries.map((entry) => entry.key));
    expect(areaDistributions(latestAfter, 'region')).toEqual(areaDistributions(latestBefore, 'region'));
    expect(regionComparison(withOthers, AS_AT, OVERALL)).toEqual(regionComparison(defaults, AS_AT, OVERALL));
    expect(regionComparison(withOthers, AS_AT, OVERALL, 'West Midlands')).toEqual(
      regionComparison(defaults, AS_AT, OVERALL, 'West Midlands'),
    );
  });

  it('leaves the shares year by year as they were', () => {
    const dates = [2019, 2022, 2024, 2025].map((year): PartialDate => ({ precision: 'day', year, month: 3, day: 31 }));
    expect(yearlyShares(withOthers, OVERALL_EFFECTIVENESS, dates)).toEqual(
      yearlyShares(defaults, OVERALL_EFFECTIVENESS, dates),
    );
    expect(yearlyShares(withOthers, OVERALL_EFFECTIVENESS, dates, { region: 'West Midlands' })).toEqual(
      yearlyShares(defaults, OVERALL_EFFECTIVENESS, dates, { region: 'West Midlands' }),
    );
  });

  it('lists none of them in the matrix of authorities as at a date, inspected or not', () => {
    const after = authorityMatrix(withOthers, { asAt: AS_AT, sort: 'name', authority: 'E08000030' });
    const before = authorityMatrix(defaults, { asAt: AS_AT, sort: 'name', authority: 'E08000030' });
    expect({ inspected: after.inspected, notInspected: after.notInspected }).toEqual({
      inspected: before.inspected,
      notInspected: before.notInspected,
    });
  });

  it('still places a body of its own against England and its region, which it is no part of', () => {
    const school = [...withOthers.authorities.values()].find((authority) => authority.name === 'Testshire Academy')!;
    const walsall = [...withOthers.authorities.values()].find((authority) => authority.name === 'Walsall')!;
    const position = positionAgainst(withOthers, authorityKey(school), AS_AT, [authorityKey(walsall)]);
    expect(position?.authority.name).toBe('Testshire Academy');
    const ownPosition = positionAgainst(defaults, authorityKey(walsall), AS_AT, []);
    const overall = (found: typeof position) => found?.areas.find((area) => area.area.id === OVERALL_EFFECTIVENESS);
    expect(overall(position)?.england).toEqual(overall(ownPosition)?.england);
    expect(overall(position)?.region).toEqual(overall(ownPosition)?.region);
    expect(overall(position)?.comparators.judged).toBe(1);
  });
});
