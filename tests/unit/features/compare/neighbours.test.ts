// Compare's neighbour figures on the real default data, checked against the as-at-31-March sheet and DfE's CSV read by
// hand: Walsall's place among its neighbours, who to learn from, and the neighbours over time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, PartialDate } from '../../../../src/domain';
import { heldNeighbours, NEIGHBOURS_NOUN } from '../../../../src/features/compare/compareGroup';
import { comparePosition } from '../../../../src/features/compare/comparePosition';
import { learnFromKeys, learnFromRows } from '../../../../src/features/compare/learnFrom';
import { describeNeighbours, neighbourRows } from '../../../../src/features/compare/neighbourRows';
import { neighboursOverTime } from '../../../../src/features/compare/neighboursOverTime';
import { describeStanding, neighbourStanding, placeWords } from '../../../../src/features/compare/neighbourStanding';
import { loadDefaultDatasetFromDisk, OFSTED_FILES, readData, splitCsvLine } from '../../../helpers/realData';

const MARCH_2025: PartialDate = { precision: 'day', year: 2025, month: 3, day: 31 };
const RANK: Record<string, number> = { Outstanding: 1, Good: 2, 'Requires improvement to be good': 3, Inadequate: 4 };

/** The as-at-31-March sheet by ONS code: its cells by heading. */
function sheet(): Map<string, Record<string, string>> {
  const lines = readData(OFSTED_FILES[1])
    .split('\n')
    .filter((line) => line.trim() !== '');
  const header = splitCsvLine(lines[2]!);
  return new Map(
    lines.slice(3).map((line) => {
      const cells = splitCsvLine(line);
      const row = Object.fromEntries(header.map((heading, index) => [heading, cells[index] ?? '']));
      return [row['Local authority area code']!, row];
    }),
  );
}

/** Walsall's ten neighbours' LA numbers from DfE's CSV, and each number's ONS codes from la_codes.csv, by hand. */
function walsallNeighbourCodes(): string[] {
  const dfe = join(__dirname, '..', '..', '..', 'fixtures', 'real', 'dfe');
  const row = readFileSync(join(dfe, 'statistical_neighbours_may_2025.csv'), 'utf8')
    .split(/\r?\n/)
    .find((line) => line.startsWith('335,'))!
    .split(',');
  const codes = readFileSync(join(dfe, 'la_codes.csv'), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.split(','));
  return Array.from({ length: 10 }, (_, index) => codes.find((cells) => cells[0] === row[4 + index * 2])![1]!);
}

const OVERALL = 'Overall effectiveness';
let dataset: Dataset;
const rows = sheet();
const codes = walsallNeighbourCodes();

beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
});

const walsallModel = () => {
  const neighbours = heldNeighbours(dataset, 'sn2025', 'E08000030');
  const model = comparePosition(
    dataset,
    'E08000030',
    MARCH_2025,
    neighbours.map((neighbour) => neighbour.key!),
    NEIGHBOURS_NOUN,
  );
  if (model.kind !== 'position') throw new Error('Walsall was inspected');
  return { neighbours, model };
};

describe('Walsall among its statistical neighbours as at 31 March 2025', () => {
  it('holds all ten neighbours under the codes the sheet uses, in DfE’s order', () => {
    const { neighbours } = walsallModel();
    expect(neighbours.map((neighbour) => neighbour.key)).toEqual(codes);
    expect(codes.every((code) => rows.has(code))).toBe(true);
  });

  it('counts the neighbours good or better, and those better, the same and worse than Walsall, as the sheet does', () => {
    const { model } = walsallModel();
    const [overall] = neighbourStanding(model.areas, model.scale);
    const grades = codes.map((code) => rows.get(code)![OVERALL]!);
    const own = RANK[rows.get('E08000030')![OVERALL]!]!;
    expect(overall).toMatchObject({
      members: 10,
      judged: grades.filter((grade) => RANK[grade]).length,
      goodOrBetter: grades.filter((grade) => RANK[grade]! <= 2).length,
      better: grades.filter((grade) => RANK[grade]! < own).length,
      same: grades.filter((grade) => RANK[grade] === own).length,
      worse: grades.filter((grade) => RANK[grade]! > own).length,
    });
    const better = grades.filter((grade) => RANK[grade]! < own).length;
    expect(placeWords(overall!)).toBe(
      `joint ${better + 1}${better + 1 === 2 ? 'nd' : better + 1 === 1 ? 'st' : 'th'} of 11`,
    );
    expect(describeStanding('Walsall', overall!, model.scale, NEIGHBOURS_NOUN)).toMatch(
      /^10 of the 10 statistical neighbours had a grade for overall effectiveness; /,
    );
  });

  it('names the neighbours with their bands and says how many were inspected', () => {
    const { neighbours, model } = walsallModel();
    const table = neighbourRows(neighbours, model.areas);
    expect(table.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(table.every((row) => row.inspected)).toBe(true);
    expect(describeNeighbours('Walsall', 'sn2025', table, MARCH_2025)).toContain(
      '10 of the 10 neighbours had been inspected under ILACS by 31 March 2025.',
    );
  });
});

describe('who to learn from', () => {
  it('lists exactly the neighbours and West Midlands authorities the sheet grades Good or Outstanding, area by area', () => {
    const { neighbours } = walsallModel();
    const region = [...rows.values()]
      .filter((row) => row['Ofsted region'] === 'West Midlands' && row['Local authority area code'] !== 'E08000030')
      .map((row) => row['Local authority area code']!);
    const keys = learnFromKeys(neighbours, region, 'E08000030');
    const model = comparePosition(dataset, 'E08000030', MARCH_2025, keys);
    if (model.kind !== 'position') throw new Error('Walsall was inspected');
    const listed = learnFromRows(model.areas, neighbours, 'the West Midlands', region);
    for (const [areaId, heading] of [
      ['overall-effectiveness', OVERALL],
      ['children-in-care', 'The experiences and progress of children in care'],
    ] as const) {
      const expected = [...new Set([...codes, ...region])]
        .filter((code) => RANK[rows.get(code)?.[heading] ?? '']! <= 2)
        .sort();
      expect(
        listed
          .filter((row) => row.area.id === areaId)
          .map((row) => row.key)
          .sort(),
        areaId,
      ).toEqual(expected);
    }
    const derby = listed.find((row) => row.name === 'Derby' && row.area.id === 'overall-effectiveness');
    expect(derby?.why).toBe('SN6, very close');
    const wolverhampton = listed.find((row) => row.name === 'Wolverhampton' && row.area.id === 'overall-effectiveness');
    expect(wolverhampton?.why).toBe('SN4, very close; in the West Midlands');
  });
});

describe('the neighbours over time', () => {
  it('at 31 March 2025 counts what the sheet counts, and Walsall’s own grade beside it', () => {
    const points = neighboursOverTime(dataset, 'E08000030', codes, 'overall-effectiveness', [MARCH_2025]);
    const grades = codes.map((code) => rows.get(code)![OVERALL]!);
    expect(points[0]!.neighbours.judged).toBe(grades.filter((grade) => RANK[grade]).length);
    expect(points[0]!.neighbours.goodOrBetter).toBe(grades.filter((grade) => RANK[grade]! <= 2).length);
    const walsall = rows.get('E08000030')!;
    expect(points[0]!.own).toBe(
      walsall[OVERALL]!.toLowerCase()
        .replace(/ /g, '-')
        .replace('requires-improvement-to-be-good', 'requires-improvement'),
    );
  });

  it('leaves out neighbours not yet inspected under ILACS at an early date', () => {
    const early: PartialDate = { precision: 'day', year: 2018, month: 3, day: 31 };
    const [point] = neighboursOverTime(dataset, 'E08000030', codes, 'overall-effectiveness', [early]);
    expect(point!.neighbours.authorities).toBeLessThan(10);
    expect(point!.own).toBeUndefined();
  });
});
