// Every inspection since 2009 in the default data, checked against Ofsted's table read here on its own: the inspections
// of each framework, their grades, and four authorities' histories (one of which no longer exists).
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/import';
import { importDefaultFiles } from '../../../src/data/defaultFiles';
import { defaultDataPaths } from '../../../scripts/defaultDataPlugin';
import { formatIso, type Dataset, type FrameworkId, type Inspection } from '../../../src/domain';
import { DATA_DIR, readData } from '../../helpers/realData';

const FILE = 'csc_in_england_2023__LA_inspections_2009-2023.csv';

/** One inspection as the table gives it: whose, which framework, published when, and its grade cells' words. */
interface TableInspection {
  readonly authority: string;
  readonly framework: FrameworkId;
  readonly published: string;
  readonly grades: string[];
}

/** The framework a date column's heading names, by the abbreviation Ofsted's headings carry. */
function frameworkOf(heading: string): FrameworkId {
  if (/\bILACS\b/.test(heading)) return 'ilacs';
  if (/\bSIF\b/.test(heading)) return 'sif';
  if (/\bTLAC\b/.test(heading)) return 'tlac';
  if (/\bCPR?I\b/.test(heading)) return 'cpi';
  if (/\bSLAC\b/.test(heading)) return 'slac';
  throw new Error(`No framework in ${heading}`);
}

const GRADE_WORDS = new Set(['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate', 'Adequate']);

/**
 * Read with papaparse alone: each table starts at a row whose second cell is "Local authority name"; each column whose
 * heading ends "publication date" starts an inspection, whose grades are the grade words up to the next date column
 * (an ILACS "inspection type" column just before a date belongs to that date). The same authority, framework and date
 * twice on a row (SLAC's two re-inspection columns) is one inspection.
 */
function tableInspections(): TableInspection[] {
  const rows = Papa.parse<string[]>(readData(`ofsted/${FILE}`)).data;
  const found = new Map<string, TableInspection>();
  let header: string[] | undefined;
  for (const row of rows) {
    if (row[1] === 'Local authority name') {
      header = row;
      continue;
    }
    if (!header || !row[1] || row[0] !== 'Ofsted Local Authority Webpage') continue;
    const dateColumns = header.flatMap((heading, index) => (/publication date$/i.test(heading) ? [index] : []));
    dateColumns.forEach((column, i) => {
      const published = row[column]?.trim() ?? '';
      if (!published) return;
      const end =
        (dateColumns[i + 1] ?? header!.length) -
        (/inspection type/i.test(header![(dateColumns[i + 1] ?? 0) - 1] ?? '') ? 1 : 0);
      const grades = row
        .slice(column + 1, end)
        .map((cell) => cell.trim())
        .filter((cell) => GRADE_WORDS.has(cell));
      const [day, month, year] = published.split('/');
      const framework = frameworkOf(header![column]!);
      const key = `${row[1]}|${framework}|${year}-${month}-${day}`;
      const held = found.get(key);
      if (held) held.grades.push(...grades);
      else found.set(key, { authority: row[1]!, framework, published: `${year}-${month}-${day}`, grades });
    });
  }
  return [...found.values()];
}

/** The framework's own word for a grade the table prints: before November 2013, "Requires improvement to be good" was Adequate. */
function gradeIn(framework: FrameworkId, word: string): string {
  if (word === 'Requires improvement to be good')
    return ['slac', 'cpi', 'tlac'].includes(framework) ? 'adequate' : 'requires-improvement';
  return word.toLowerCase();
}

let dataset: Dataset;
let table: TableInspection[];
beforeAll(() => {
  const files = defaultDataPaths(DATA_DIR);
  dataset = buildDataset(
    importDefaultFiles(
      files.map((path) => ({ name: path.split(/[\\/]/).pop()!, text: readData(path.slice(DATA_DIR.length + 1)) })),
    ),
  ).dataset;
  table = tableInspections();
});

const fromTable = (inspection: Inspection) => inspection.sources.some((source) => source.file === FILE);
const published = (inspection: Inspection) => formatIso(inspection.publicationDate ?? inspection.date);

describe('the default data against Ofsted’s table of inspections since 2009', () => {
  it('holds as many inspections of each framework as the table has', () => {
    const count = (frameworks: readonly FrameworkId[]) =>
      Object.fromEntries(
        ['slac', 'cpi', 'tlac', 'sif', 'ilacs'].map((id) => [
          id,
          frameworks.filter((framework) => framework === id).length,
        ]),
      );
    expect(table.length).toBeGreaterThan(500);
    expect(count(dataset.inspections.filter(fromTable).map((inspection) => inspection.framework))).toEqual(
      count(table.map((inspection) => inspection.framework)),
    );
  });

  it.each<FrameworkId>(['slac', 'cpi', 'tlac', 'sif'])(
    'holds the grades of every %s inspection in the framework’s own words',
    (framework) => {
      const tally = (grades: readonly string[]) =>
        Object.fromEntries(
          [...new Set(grades)].sort().map((grade) => [grade, grades.filter((g) => g === grade).length]),
        );
      const expected = table
        .filter((inspection) => inspection.framework === framework)
        .flatMap((inspection) => inspection.grades.map((word) => gradeIn(framework, word)));
      const held = dataset.inspections
        .filter((inspection) => inspection.framework === framework && fromTable(inspection))
        .flatMap((inspection) =>
          inspection.judgements.flatMap((judgement) =>
            judgement.outcome.kind === 'graded' ? [judgement.outcome.grade] : [],
          ),
        );
      expect(expected.length).toBeGreaterThan(0);
      expect(tally(held)).toEqual(tally(expected));
    },
  );

  // Four regions; Bournemouth ceased on 31 March 2019 and is in the table's second table.
  it.each([['Walsall'], ['Devon'], ['Liverpool'], ['Bournemouth']])(
    'gives %s every inspection the table has, with its dates and grades',
    (name) => {
      const expected = table
        .filter((inspection) => inspection.authority === name)
        .map((inspection) => ({
          framework: inspection.framework,
          published: inspection.published,
          grades: inspection.grades.map((word) => gradeIn(inspection.framework, word)).sort(),
        }))
        .sort((a, b) => a.published.localeCompare(b.published));
      const held = dataset.inspections
        .filter((inspection) => inspection.authority.name === name && fromTable(inspection))
        .map((inspection) => ({
          framework: inspection.framework,
          published: published(inspection),
          // An ILACS record also read from the 2025 sheets has areas the table does not: only the table's own are compared.
          grades: inspection.judgements
            .flatMap((judgement) => (judgement.outcome.kind === 'graded' ? [judgement.outcome.grade] : []))
            .sort(),
        }))
        .sort((a, b) => a.published.localeCompare(b.published));
      expect(expected.length).toBeGreaterThan(1);
      expect(held.map(({ framework, published }) => ({ framework, published }))).toEqual(
        expected.map(({ framework, published }) => ({ framework, published })),
      );
      for (const [i, inspection] of expected.entries()) {
        if (inspection.framework !== 'ilacs')
          expect(held[i]!.grades, `${name} ${inspection.published}`).toEqual(inspection.grades);
      }
    },
  );

  it('keeps Walsall’s 2012 inspection as one record with both sources: Ofsted’s two overall judgements and the panel’s 22 counts', () => {
    const walsall2012 = dataset.inspections.filter(
      (inspection) => inspection.authority.name === 'Walsall' && inspection.date.year === 2012,
    );
    expect(walsall2012).toHaveLength(1);
    const [record] = walsall2012;
    const counts = readData('walsall/walsall-2012-inspection-counts.csv').split('\n')[1]!.split(',');
    expect(record!.summaryCounts).toEqual({
      good: Number(counts[7]),
      adequate: Number(counts[8]),
      inadequate: Number(counts[9]),
    });
    expect(
      record!.judgements.map((judgement) => [
        judgement.area.id,
        judgement.outcome.kind === 'graded' ? judgement.outcome.grade : '',
        Boolean(judgement.note),
      ]),
    ).toEqual([
      ['safeguarding', 'inadequate', false],
      ['looked-after-children', 'adequate', true],
    ]);
    expect([...new Set(record!.sources.map((source) => source.file))]).toEqual([
      FILE,
      'walsall-2012-inspection-counts.csv',
    ]);
  });
});
