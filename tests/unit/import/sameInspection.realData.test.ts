// Ofsted's releases that disagree on a date are still one inspection: the Isles of Scilly's 2023 inspection and
// Nottingham's 2022 one, read from the real files, beside the default data's 2025 release.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dateDisagreements, formatIso, type Inspection } from '../../../src/domain';
import { buildFromGroups, importText, type RecordGroup } from '../../../src/import';
import { AS_AT_FILE, FIXTURES_DIR, HISTORY_FILE, IN_YEAR_FILE, importOfsted, imported, OFSTED_DIR } from './helpers';

const defaults: RecordGroup[] = [HISTORY_FILE, AS_AT_FILE, IN_YEAR_FILE].map((file) => ({
  file,
  inspections: importOfsted(file).inspections,
  measures: [],
  onDuplicate: 'merge',
}));

const ofstedLines = (file: string) => readFileSync(join(OFSTED_DIR, file), 'utf8').split('\n');
const lineOf = (lines: readonly string[], text: string) => lines.findIndex((line) => line.includes(text)) + 1;

/** Every record the build holds for one authority and one year, with its dates. */
function held(inspections: readonly Inspection[], code: string, year: number): Inspection[] {
  return inspections.filter(
    (inspection) =>
      inspection.authority.onsCode === code && inspection.date.year === year && inspection.framework === 'ilacs',
  );
}

describe("the Isles of Scilly's 2023 inspection: 10 July in an earlier release, 11 July in 2025's", () => {
  // Ofsted's 2025 as-at sheet, its own title and header rows, and the Isles of Scilly's row with the start date the
  // earlier release gave. (That release is not among our fixtures: its row is the 2025 row with its own date.)
  const lines = ofstedLines(AS_AT_FILE);
  const scillyLine = lineOf(lines, 'Isles of Scilly');
  const earlier = [...lines.slice(0, 3), lines[scillyLine - 1]!.replace('11/07/2023', '10/07/2023')].join('\n');
  const earlierRelease = imported(importText('as-at-earlier-release.csv', `${earlier}\n`));

  it('is the file we meant: one row, the 10 July date', () => {
    expect(earlierRelease.inspections.map((inspection) => formatIso(inspection.date))).toEqual(['2023-07-10']);
  });

  it('is one inspection when the earlier release is merged with the default files, both dates kept with their sources', () => {
    const { dataset } = buildFromGroups([
      ...defaults,
      {
        file: 'as-at-earlier-release.csv',
        inspections: earlierRelease.inspections,
        measures: [],
        onDuplicate: 'merge',
      },
    ]);
    const scilly = held(dataset.inspections, 'E06000053', 2023);
    expect(scilly).toHaveLength(1);
    const historyLine = lineOf(ofstedLines(HISTORY_FILE), 'Isles of Scilly,Current,South West,11/07/2023');
    expect(dateDisagreements(scilly[0]!)).toEqual([
      `Sources disagree on when this inspection began: 11 July 2023 (${HISTORY_FILE}, row ${historyLine}; ${AS_AT_FILE}, row ${scillyLine}); 10 July 2023 (as-at-earlier-release.csv, row 4). Both are kept; check the inspection report.`,
    ]);
  });

  it('is one inspection held, with the date Ofsted gives in 2025, when the earlier release is a file the user brings', () => {
    const { dataset } = buildFromGroups([
      ...defaults,
      { file: 'as-at-earlier-release.csv', inspections: earlierRelease.inspections, measures: [], onDuplicate: 'skip' },
    ]);
    const scilly = held(dataset.inspections, 'E06000053', 2023);
    expect(scilly.map((inspection) => formatIso(inspection.date))).toEqual(['2023-07-11']);
    expect(scilly[0]!.sources.map((source) => source.file)).toEqual([HISTORY_FILE, AS_AT_FILE]);
  });
});

describe("Nottingham's 2022 inspection: published 5 November 2022 in the 2023 release's table, 5 September 2022 in 2025's", () => {
  // The 2023 release's table of every inspection since 2009 gives each ILACS inspection's publication date only.
  const path = join(
    FIXTURES_DIR,
    'real',
    'ofsted',
    'csc-in-england-2023',
    'csc_in_england_2023__LA_inspections_2009-2023.csv',
  );
  // Its headings hold line breaks inside quotes, so it is read with papaparse rather than line by line.
  const rows = Papa.parse<string[]>(readFileSync(path, 'utf8')).data;
  const header = rows[4]!;
  const cells = rows.find((row) => row[0] === 'Ofsted Local Authority Webpage' && row[1] === 'Nottingham')!;
  const cell = (heading: string) => {
    const index = header.indexOf(heading);
    if (index < 0) throw new Error(`no column ${heading}`);
    return cells[index]!;
  };
  const published = cell('Second ILACS framework publication date').split('/').reverse().join('-');
  // The row as a record that knows only its publication date (its date is that date), in our tidy format.
  const areas: ReadonlyArray<[string, string]> = [
    ['Overall effectiveness', 'Second ILACS framework overall effectiveness'],
    [
      'The impact of leaders on social work practice with children and families',
      'Second ILACS framework impact of leaders',
    ],
  ];
  const tidy = [
    'authority_name,authority_code,inspection_type,inspection_date,publication_date,judgement_area,grade',
    ...areas.map(
      ([area, heading]) =>
        `Nottingham,E06000018,${cell('Second ILACS framework inspection type')},${published},${published},${area},${cell(heading)}`,
    ),
  ].join('\n');
  const release2023 = imported(importText('csc-2023-nottingham.csv', `${tidy}\n`));

  it('reads the row we meant', () => {
    expect(published).toBe('2022-11-05');
    expect(release2023.inspections).toHaveLength(1);
  });

  it('is one inspection: the 2025 inspection date, and both publication dates with their sources', () => {
    const { dataset } = buildFromGroups([
      ...defaults,
      { file: 'csc-2023-nottingham.csv', inspections: release2023.inspections, measures: [], onDuplicate: 'merge' },
    ]);
    const nottingham = held(dataset.inspections, 'E06000018', 2022);
    expect(nottingham).toHaveLength(1);
    expect(formatIso(nottingham[0]!.date)).toBe('2022-07-11');
    const historyLine = lineOf(ofstedLines(HISTORY_FILE), 'Nottingham,Current,East Midlands,11/07/2022');
    const asAtLine = lineOf(ofstedLines(AS_AT_FILE), 'Nottingham,East Midlands,11/07/2022');
    expect(dateDisagreements(nottingham[0]!)).toEqual([
      `Sources disagree on when its report was published: 5 September 2022 (${HISTORY_FILE}, row ${historyLine}; ${AS_AT_FILE}, row ${asAtLine}); 5 November 2022 (csc-2023-nottingham.csv, row 2; csc-2023-nottingham.csv, row 3). Both are kept; check the inspection report.`,
    ]);
  });

  it("stays apart from Nottingham's 2024 monitoring visits, which are three visits", () => {
    const { dataset } = buildFromGroups([
      ...defaults,
      { file: 'csc-2023-nottingham.csv', inspections: release2023.inspections, measures: [], onDuplicate: 'merge' },
    ]);
    const visits = dataset.inspections.filter(
      (inspection) => inspection.authority.onsCode === 'E06000018' && inspection.framework === 'ilacs-visit',
    );
    expect(visits.map((visit) => formatIso(visit.date)).sort()).toEqual(['2024-04-03', '2024-07-31', '2024-11-12']);
  });
});
