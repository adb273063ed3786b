// The dataset the views show: the default data with the user's files after it, or the user's alone; no inspection twice.
import { beforeAll, describe, expect, it } from 'vitest';
import { combineDatasets, defaultGroups, userGroups } from '../../../src/data/combine';
import type { DuplicateChoice, StoredDataset } from '../../../src/data/storedDataset';
import { formatIso, inspectionId, sourceLine, type Dataset, type Inspection } from '../../../src/domain';
import { buildFromGroups, importText, type ImportOptions, type ImportResult } from '../../../src/import';
import { loadDefaultDatasetFromDisk, readData } from '../../helpers/realData';
import { storedDataset } from '../../helpers/storedDatasets';

const HEADER = 'authority_name,authority_code,inspection_date,judgement_area,grade';

/** A council's own file, as the browser would keep it. */
function userFile(
  id: string,
  order: number,
  onDuplicate: DuplicateChoice,
  rows: readonly string[],
  options: ImportOptions = {},
): StoredDataset {
  const result = importText(`${id}.csv`, [HEADER, ...rows].join('\n'), 'utf-8', options);
  if (!result.ok || result.rowsRejected > 0) throw new Error(`fixture ${id} did not import cleanly`);
  return storedDataset(id, order, {
    format: result.format,
    onDuplicate,
    inspections: result.inspections,
    measures: result.measures,
  });
}

// Walsall's 2021 ILACS inspection with no code, and a grade the default data does not give it (Ofsted: Good).
const WALSALL_NO_CODE = 'Walsall,,04/10/2021,Overall effectiveness,Outstanding';
const WALSALL_REQUIRES_IMPROVEMENT =
  'Walsall,E08000030,04/10/2021,Overall effectiveness,Requires improvement to be good';
// An inspection the default data does not hold: Walsall before the ILACS framework's history starts.
/** No Walsall inspection is held in 2015 (its single inspection was published in September 2017). */
const WALSALL_2015 = 'Walsall,E08000030,2015-03-13,Overall effectiveness,Requires improvement to be good';

function walsall2021(dataset: Dataset): Inspection[] {
  return dataset.inspections.filter(
    (inspection) => inspection.authority.name === 'Walsall' && formatIso(inspection.date) === '2021-10-04',
  );
}

function overallOf(inspection: Inspection | undefined): string | undefined {
  const judgement = inspection?.judgements.find((candidate) => candidate.area.id === 'overall-effectiveness');
  return judgement?.outcome.kind === 'graded' ? judgement.outcome.grade : judgement?.outcome.kind;
}

let defaults: readonly ImportResult[];
let defaultOnly: Dataset;

beforeAll(async () => {
  defaults = (await loadDefaultDatasetFromDisk()).results;
  defaultOnly = combineDatasets(defaults, [], 'all');
});

describe('combineDatasets with the default data shown', () => {
  it('holds each default inspection once, and Walsall’s 2021 inspection as Ofsted graded it', () => {
    const ids = defaultOnly.inspections.map(inspectionId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(walsall2021(defaultOnly).map(overallOf)).toEqual(['good']);
  });

  it('adds a user’s new inspection to the default ones', () => {
    const combined = combineDatasets(defaults, [userFile('own', 1, 'replace', [WALSALL_2015])], 'all');
    expect(combined.inspections).toHaveLength(defaultOnly.inspections.length + 1);
    expect(combined.files).toEqual([...defaultOnly.files, 'own.csv']);
  });

  it.each<[DuplicateChoice, string, string[]]>([
    ['replace', 'outstanding', ['own.csv']],
    [
      'skip',
      'good',
      [
        'la_outcomes_2025__ILACS_inspection_history.csv',
        'la_outcomes_2025__Inspections_as_at_31_March.csv',
        'csc_in_england_2023__LA_inspections_2009-2023.csv',
      ],
    ],
  ])(
    'a user file naming "Walsall" without a code is the same inspection as E08000030’s; %s keeps the %s grade',
    (choice, grade, sources) => {
      const combined = combineDatasets(defaults, [userFile('own', 1, choice, [WALSALL_NO_CODE])], 'all');
      expect(combined.inspections).toHaveLength(defaultOnly.inspections.length);
      const [inspection, ...others] = walsall2021(combined);
      expect(others).toEqual([]);
      expect(inspection?.authority.onsCode).toBe('E08000030');
      expect(overallOf(inspection)).toBe(grade);
      expect(inspection?.sources.map((source) => source.file)).toEqual(sources);
    },
  );

  it('a replacing record wins whole: areas only the default had are not kept beside it', () => {
    const combined = combineDatasets(defaults, [userFile('own', 1, 'replace', [WALSALL_NO_CODE])], 'all');
    expect(walsall2021(combined)[0]?.judgements.map((judgement) => judgement.area.id)).toEqual([
      'overall-effectiveness',
    ]);
  });

  it.each<[DuplicateChoice, DuplicateChoice, string]>([
    ['replace', 'replace', 'requires-improvement'],
    ['replace', 'skip', 'outstanding'],
    ['skip', 'replace', 'requires-improvement'],
    ['skip', 'skip', 'good'],
  ])(
    'two user files repeating it (first %s, second %s): the later file’s choice decides, giving %s',
    (first, second, grade) => {
      const user = [
        userFile('first', 1, first, [WALSALL_NO_CODE]),
        userFile('second', 2, second, [WALSALL_REQUIRES_IMPROVEMENT]),
      ];
      const combined = combineDatasets(defaults, user, 'all');
      expect(walsall2021(combined).map(overallOf)).toEqual([grade]);
      expect(combined.inspections).toHaveLength(defaultOnly.inspections.length);
    },
  );

  it('merges the user files in the order given, whatever order they were stored in', () => {
    const first = userFile('first', 1, 'replace', [WALSALL_NO_CODE]);
    const second = userFile('second', 2, 'replace', [WALSALL_REQUIRES_IMPROVEMENT]);
    expect(walsall2021(combineDatasets(defaults, [second, first], 'all')).map(overallOf)).toEqual(['outstanding']);
  });
});

describe('the default data is a layer an upload never changes', () => {
  const ONE_JUDGEMENT = readData('../tests/fixtures/upload/walsall-one-judgement.csv');
  const oneJudgement = (onDuplicate: DuplicateChoice) => {
    const result = importText('walsall-one-judgement.csv', ONE_JUDGEMENT);
    if (!result.ok) throw new Error('fixture did not import');
    return storedDataset('one', 1, {
      sourceFile: 'walsall-one-judgement.csv',
      onDuplicate,
      inspections: result.inspections,
    });
  };
  const areas = (inspection: Inspection | undefined) =>
    inspection?.judgements
      .filter((judgement) => judgement.outcome.kind === 'graded')
      .map((judgement) => judgement.area.id);

  it("a one-judgement file kept with the default choice leaves Walsall's 2021 inspection as Ofsted published it, four areas, Ofsted the only source", () => {
    const combined = combineDatasets(defaults, [oneJudgement('skip')], 'all');
    expect(walsall2021(combined)).toEqual(walsall2021(defaultOnly));
    expect(areas(walsall2021(combined)[0])).toEqual([
      'overall-effectiveness',
      'impact-of-leaders',
      'help-and-protection',
      'children-in-care',
    ]);
    expect(sourceLine(walsall2021(combined)[0]!.sources)).not.toMatch(/your file/);
    expect(sourceLine(walsall2021(combined)[0]!.sources)).toMatch(/^Ofsted/);
  });

  it("Ofsted's own history brought as a file, with the default choice, changes nothing at all", () => {
    const history = defaults.find((result) => result.file === 'la_outcomes_2025__ILACS_inspection_history.csv');
    if (!history?.ok) throw new Error('no history');
    const combined = combineDatasets(
      defaults,
      [
        storedDataset('again', 1, {
          sourceFile: 'history-again.csv',
          onDuplicate: 'skip',
          inspections: history.inspections,
        }),
      ],
      'all',
    );
    expect(combined.inspections).toEqual(defaultOnly.inspections);
  });

  it.each<[DuplicateChoice]>([['skip'], ['replace']])(
    "removing a file kept with '%s' restores exactly what was shown before it",
    (choice) => {
      const withFile = combineDatasets(
        defaults,
        [oneJudgement(choice), userFile('own', 2, choice, [WALSALL_2015])],
        'all',
      );
      expect(withFile.inspections).not.toEqual(defaultOnly.inspections);
      const removed = combineDatasets(defaults, [], 'all');
      expect(removed.inspections).toEqual(defaultOnly.inspections);
      expect(removed.files).toEqual(defaultOnly.files);
    },
  );

  it("source lines name the user's file whose record a figure shows: added, shown instead, or merged with a held record", () => {
    const added = combineDatasets(defaults, [userFile('own', 1, 'skip', [WALSALL_2015])], 'all');
    const walsall2015 = added.inspections.find(
      (inspection) => inspection.authority.onsCode === 'E08000030' && inspection.date.year === 2015,
    );
    expect(sourceLine(walsall2015!.sources)).toBe('Your file “own.csv”.');

    const shownInstead = combineDatasets(defaults, [oneJudgement('replace')], 'all');
    expect(sourceLine(walsall2021(shownInstead)[0]!.sources)).toBe('Your file “walsall-one-judgement.csv”.');

    // Merged (as the command line merges every file it is given): both Ofsted and the user's file are named.
    const history = defaults.find((result) => result.file === 'la_outcomes_2025__ILACS_inspection_history.csv');
    if (!history?.ok) throw new Error('no history');
    const own = oneJudgement('skip');
    const merged = buildFromGroups([
      { file: history.file, inspections: history.inspections, measures: [], onDuplicate: 'merge' },
      { file: own.sourceFile, inspections: own.inspections, measures: [], onDuplicate: 'merge' },
    ]).dataset;
    const line = sourceLine(walsall2021(merged)[0]!.sources);
    expect(line).toMatch(/^Ofsted/);
    expect(line).toContain('your file “walsall-one-judgement.csv”');
  });
});

describe("combineDatasets with 'mine'", () => {
  it('leaves every default inspection and file out', () => {
    const combined = combineDatasets(
      defaults,
      [userFile('own', 1, 'replace', [WALSALL_NO_CODE, WALSALL_2015])],
      'mine',
    );
    expect(combined.inspections.map((inspection) => formatIso(inspection.date))).toEqual(['2015-03-13', '2021-10-04']);
    expect(combined.files).toEqual(['own.csv']);
    expect(combined.measures).toEqual([]);
    expect([...combined.authorities.values()].map((authority) => authority.name)).toEqual(['Walsall']);
  });

  it('gives an authority named without a code the code and region the default data knows it by', () => {
    const combined = combineDatasets(
      defaults,
      [userFile('own', 1, 'replace', [WALSALL_NO_CODE, 'Dudley,,2022-10-31,Overall effectiveness,Good'])],
      'mine',
    );
    expect(
      [...combined.authorities.entries()].map(([key, authority]) => [key, authority.name, authority.region]),
    ).toEqual([
      ['E08000030', 'Walsall', 'West Midlands'],
      ['E08000027', 'Dudley', 'West Midlands'],
    ]);
    expect(walsall2021(combined)[0]?.authority.onsCode).toBe('E08000030');
  });

  it('keys a body the register does not know, kept as one of its own, by its name, as before', () => {
    const combined = combineDatasets(
      defaults,
      [
        userFile('own', 1, 'replace', ['Newtown Borough,,2022-10-31,Overall effectiveness,Good'], {
          keepUnknownAuthorities: true,
        }),
      ],
      'mine',
    );
    expect([...combined.authorities.keys()]).toEqual(['name:newtown borough']);
    expect(combined.authorities.get('name:newtown borough')?.kind).toBe('other');
  });

  it('is empty when the user holds nothing', () => {
    const combined = combineDatasets(defaults, [], 'mine');
    expect({
      inspections: combined.inspections.length,
      measures: combined.measures.length,
      authorities: combined.authorities.size,
    }).toEqual({ inspections: 0, measures: 0, authorities: 0 });
  });

  it('still never counts one inspection twice across the user’s own files', () => {
    const user = [
      userFile('first', 1, 'replace', [WALSALL_NO_CODE]),
      userFile('second', 2, 'skip', [WALSALL_REQUIRES_IMPROVEMENT]),
    ];
    expect(walsall2021(combineDatasets(defaults, user, 'mine')).map(overallOf)).toEqual(['outstanding']);
  });
});

describe('the groups', () => {
  it('defaultGroups merges, and leaves out a default file that failed to import', () => {
    const failed: ImportResult = { ok: false, file: 'broken.csv', problems: [] };
    const groups = defaultGroups([...defaults, failed]);
    expect(groups.map((group) => group.file)).toEqual(defaults.map((result) => result.file));
    expect(new Set(groups.map((group) => group.onDuplicate))).toEqual(new Set(['merge']));
  });

  it('userGroups carries each file’s own duplicate choice and source file', () => {
    const groups = userGroups([userFile('a', 1, 'skip', [WALSALL_2015]), userFile('b', 2, 'replace', [WALSALL_2015])]);
    expect(groups.map((group) => [group.file, group.onDuplicate, group.inspections.length])).toEqual([
      ['a.csv', 'skip', 1],
      ['b.csv', 'replace', 1],
    ]);
  });
});
