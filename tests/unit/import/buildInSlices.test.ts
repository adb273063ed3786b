// Building a dataset in slices gives what building it at once gives; records on one date keep the order they came in.
import { describe, expect, it } from 'vitest';
import { buildFromGroups, buildFromGroupsInSlices, importText, type RecordGroup } from '../../../src/import';
import { compareDates, formatIso } from '../../../src/domain';
import { HISTORY_FILE, IN_YEAR_FILE, importOfsted, imported } from './helpers';

const history = importOfsted(HISTORY_FILE);
const inYear = importOfsted(IN_YEAR_FILE);

/** A table of 6,000 inspections (more than a slice) of 300 bodies kept as their own, several on each date, with names only. */
function councilTable(): RecordGroup {
  const lines = ['authority_name,inspection_date,judgement_area,grade'];
  for (let i = 0; i < 6000; i++) {
    const date = `${2000 + Math.floor(i / 300)}-${String(1 + (i % 12)).padStart(2, '0')}-10`;
    lines.push(`Council ${i % 300},${date},Overall effectiveness,${i % 2 ? 'Good' : 'Inadequate'}`);
  }
  const result = imported(
    importText('council.csv', `${lines.join('\n')}\n`, 'utf-8', { keepUnknownAuthorities: true }),
  );
  return { file: 'council.csv', inspections: result.inspections, measures: [], onDuplicate: 'replace' };
}

const groups: RecordGroup[] = [
  { file: HISTORY_FILE, inspections: history.inspections, measures: [], onDuplicate: 'merge' },
  { file: IN_YEAR_FILE, inspections: inYear.inspections, measures: [], onDuplicate: 'merge' },
  councilTable(),
];

describe('a dataset built in slices', () => {
  it('is the dataset built at once, conflicts and all', async () => {
    // More records than one slice, so the sliced build really pauses.
    expect(groups.reduce((sum, group) => sum + group.inspections.length, 0)).toBeGreaterThan(5000);
    const atOnce = buildFromGroups(groups);
    expect(await buildFromGroupsInSlices(groups)).toEqual(atOnce);
  });

  it('stops once aborted', async () => {
    const controller = new AbortController();
    const building = buildFromGroupsInSlices(groups, { signal: controller.signal });
    controller.abort(new Error('the data changed'));
    await expect(building).rejects.toThrow('the data changed');
  });
});

describe('the order of inspections', () => {
  it('is by date, and on one date the order the files and rows gave', () => {
    const { inspections } = buildFromGroups(groups).dataset;
    for (let i = 1; i < inspections.length; i++)
      expect(compareDates(inspections[i - 1]!.date, inspections[i]!.date)).toBeLessThanOrEqual(0);
    // The council's table gives several inspections on 2010-01-10: they stay in its row order.
    const council = groups[2]!.inspections.filter((inspection) => formatIso(inspection.date) === '2010-01-10');
    const kept = inspections.filter((inspection) => council.includes(inspection));
    expect(council.length).toBeGreaterThan(2);
    expect(kept).toEqual(council);
  });
});
