// Finding which incoming inspections are held ones: by code or by name, each beside the held record, and the same answer whether found at once or in slices.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildFromGroups,
  findHeldClashes,
  findHeldClashesInSlices,
  type Clash,
  type RecordGroup,
} from '../../../src/import';
import { formatIso } from '../../../src/domain';
import { splitCsvLine } from '../../helpers/realData';
import { FIXTURES_DIR, HISTORY_FILE, importFixture, importOfsted, imported, OFSTED_DIR } from './helpers';

const history = importOfsted(HISTORY_FILE);
const held: RecordGroup[] = [
  { file: HISTORY_FILE, inspections: history.inspections, measures: [], onDuplicate: 'merge' },
];
const briefing = imported(importFixture('upload/black-country-briefing.csv'));

/** Name and dd/mm/yyyy date of each inspection in Ofsted's sheet, read straight from its lines. */
const historyRows = new Set(
  readFileSync(join(OFSTED_DIR, HISTORY_FILE), 'utf8')
    .split(/\r?\n/)
    .slice(3)
    .map(splitCsvLine)
    .map((cells) => `${cells[2]}|${cells[5]}`),
);
const briefingRows = readFileSync(join(FIXTURES_DIR, 'upload/black-country-briefing.csv'), 'utf8')
  .split(/\r?\n/)
  .slice(2)
  .map(splitCsvLine);

const label = (inspection: { authority: { name: string }; date: Parameters<typeof formatIso>[0] }) =>
  `${inspection.authority.name} ${formatIso(inspection.date)}`;
const ddmmyyyy = (text: string) => text.split('/').reverse().join('-');
const incomingOf = (clashes: readonly Clash[]) => clashes.map((clash) => clash.incoming);

describe('inspections already held', () => {
  it("are the briefing's rows that Ofsted's history also lists, matched by code or, for Walsall with no code, by name", () => {
    const expected = briefingRows
      .filter((cells) => historyRows.has(`${cells[0]}|${cells[2]}`))
      .map((cells) => `${cells[0]} ${ddmmyyyy(cells[2]!)}`);
    expect(expected).toContain('Walsall 2021-10-04');
    expect(incomingOf(findHeldClashes(held, briefing.inspections)).map(label).sort()).toEqual(expected.sort());
  });

  it("each stand beside the held record: Ofsted's, with its own source line, not the file's", () => {
    const walsall = findHeldClashes(held, briefing.inspections).find(
      (clash) => label(clash.incoming) === 'Walsall 2021-10-04',
    );
    expect(walsall?.incoming.sources.map((source) => source.file)).toEqual(['upload/black-country-briefing.csv']);
    // Row 247 of Ofsted's sheet, as a spreadsheet numbers it.
    expect(walsall?.held.sources).toEqual([{ file: HISTORY_FILE, line: 247 }]);
  });

  it('are the clashes a whole build lists for the file set aside as its last, though the file is only looked for', () => {
    // Ofsted's own records held again, and the briefing twice over: held clashes, and repeats within the file.
    const incoming = [...history.inspections.slice(0, 400), ...briefing.inspections, ...briefing.inspections];
    const built = buildFromGroups(
      [...held, { file: 'the file being previewed', inspections: incoming, measures: [], onDuplicate: 'skip' }],
      { clashes: true },
    ).clashes.filter((clash) => clash.group === held.length);
    expect(built.length).toBeGreaterThan(findHeldClashes(held, briefing.inspections).length);
    expect(findHeldClashes(held, incoming)).toEqual(built);
  });

  it('are none when nothing is held', () => {
    expect(findHeldClashes([], briefing.inspections)).toEqual([]);
  });

  it('are the same found in slices as at once, over a file of thousands of inspections', async () => {
    const incoming = [...history.inspections, ...briefing.inspections];
    const walsallHeld: RecordGroup[] = [
      { file: 'walsall', inspections: briefing.inspections, measures: [], onDuplicate: 'merge' },
    ];
    const atOnce = findHeldClashes(walsallHeld, incoming);
    expect(atOnce.length).toBeGreaterThan(briefing.inspections.length);
    expect(await findHeldClashesInSlices(walsallHeld, incoming)).toEqual(atOnce);
  });

  it('stop being looked for once the search is aborted', async () => {
    const controller = new AbortController();
    // Enough records for several slices, so the search pauses and sees the abort.
    const many = Array.from({ length: 20 }, () => history.inspections).flat();
    const search = findHeldClashesInSlices(held, many, { signal: controller.signal });
    controller.abort(new Error('what is held changed'));
    await expect(search).rejects.toThrow('what is held changed');
  });
});
