// Ofsted's history tables: several inspections on each row, and a second table part way down the sheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectionFamily } from '../../../src/domain/framework';
import type { Inspection } from '../../../src/domain/inspection';
import { formatIso } from '../../../src/domain/partialDate';
import { buildDataset, importBytes, importText } from '../../../src/import';
import { importBytesInChunks, importBytesPacked } from '../../../src/import/chunkedImport';
import { unpackResult } from '../../../src/import/packedResult';
import { splitCsvLine } from '../../helpers/realData';
import { FIXTURES_DIR, imported } from './helpers';

const HISTORY = join(
  FIXTURES_DIR,
  'real',
  'ofsted',
  'csc-in-england-2023',
  'csc_in_england_2023__LA_inspections_2009-2023.csv',
);
const historyBytes = () => new Uint8Array(readFileSync(HISTORY));

/**
 * The sheet read without the importer: physical lines joined while a quote is open (the SIF headings hold line breaks),
 * then split on commas outside quotes. Deliberately naive, so counts made with it check the importer independently.
 */
function naiveRows(text: string): string[][] {
  const rows: string[][] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    pending = pending === '' ? line : `${pending}\n${line}`;
    if ((pending.match(/"/g) ?? []).length % 2 === 1) continue;
    rows.push(splitCsvLine(pending));
    pending = '';
  }
  return rows;
}

/** The test's own reading of which framework family a date heading opens. */
function familyOfHeading(heading: string): string {
  const words = heading.toLowerCase();
  if (words.includes('ilacs')) return 'ilacs';
  if (words.includes('(sif)')) return words.includes('re-inspection') ? 'sif:re-inspection' : 'sif';
  if (words.includes('(cpri)')) return 'cpi:re-inspection';
  if (words.includes('(cpi)')) return 'cpi';
  if (words.includes('(tlac)')) return 'tlac';
  if (words.startsWith('slac re-inspection')) return 'slac:re-inspection';
  if (words.includes('(slac)')) return 'slac';
  throw new Error(`No family for ${heading}`);
}

const DATE = /^\d\d\/\d\d\/\d{4}$/;

/** Per family: inspections (filled dates), and graded cells by word, counted from the naive rows. */
function independentCounts() {
  const rows = naiveRows(readFileSync(HISTORY, 'utf8'));
  const inspections = new Map<string, number>();
  const grades = new Map<string, number>();
  // Distinct events: two families of one kind published the same day (a re-inspection of safeguarding and of services
  // for looked-after children) are one visit.
  let events = 0;
  let header: string[] = [];
  for (const row of rows) {
    if (row[0] === 'Web link') {
      header = row;
      continue;
    }
    if (row[0] !== 'Ofsted Local Authority Webpage') continue;
    const seen = new Set<string>();
    let family = '';
    for (let i = 0; i < header.length; i++) {
      const heading = header[i] ?? '';
      if (/date$/i.test(heading)) family = familyOfHeading(heading);
      const cell = (row[i] ?? '').trim();
      if (!family || cell === '' || cell === '-') continue;
      if (DATE.test(cell)) {
        inspections.set(family, (inspections.get(family) ?? 0) + 1);
        seen.add(`${family} ${cell}`);
      } else if (!/type$/i.test(heading)) {
        // Before the single inspection framework the word was Adequate, which the table prints as "Requires improvement to be good".
        const older = ['slac', 'slac:re-inspection', 'cpi', 'cpi:re-inspection', 'tlac'].includes(family);
        const word =
          older && cell === 'Requires improvement to be good'
            ? 'adequate'
            : cell
                .toLowerCase()
                .replace(/ to be good$/, '')
                .replace(/ /g, '-');
        grades.set(`${family} ${word}`, (grades.get(`${family} ${word}`) ?? 0) + 1);
      }
    }
    events += seen.size;
  }
  return { inspections, grades, events };
}

function countsHeld(inspections: readonly Inspection[]) {
  const byFamily = new Map<string, number>();
  const grades = new Map<string, number>();
  for (const inspection of inspections) {
    const family = inspectionFamily(inspection.framework, inspection.type);
    byFamily.set(family, (byFamily.get(family) ?? 0) + 1);
    for (const judgement of inspection.judgements) {
      if (judgement.outcome.kind !== 'graded') continue;
      const key = `${family} ${judgement.outcome.grade}`;
      grades.set(key, (grades.get(key) ?? 0) + 1);
    }
  }
  return { inspections: byFamily, grades };
}

const sorted = (map: Map<string, number>) => [...map].sort(([a], [b]) => a.localeCompare(b));

describe("Ofsted's table of every inspection since 2009", () => {
  const result = imported(importBytes('history.csv', historyBytes()));

  it('is read as several inspections on each row, from both of its tables', () => {
    expect(result.format).toBe('ofsted-history');
    const expected = independentCounts();
    const held = countsHeld(result.inspections);
    expect(sorted(held.inspections)).toEqual(sorted(expected.inspections));
    expect(sorted(held.grades)).toEqual(sorted(expected.grades));
    expect(result.rowsRejected).toBe(0);
  });

  it("gives Walsall's inspections, each in its framework's own words", () => {
    const walsall = result.inspections.filter((inspection) => inspection.authority.name === 'Walsall');
    const summary = walsall.map((inspection) => [
      formatIso(inspection.date),
      inspection.framework,
      inspection.judgements
        .map(
          (judgement) => `${judgement.area.id}=${judgement.outcome.kind === 'graded' ? judgement.outcome.grade : '-'}`,
        )
        .join(' '),
    ]);
    expect(summary).toEqual([
      ['2012-07-31', 'slac', 'safeguarding=inadequate looked-after-children=adequate'],
      ['2013-08-02', 'cpi', 'overall-effectiveness=adequate'],
      [
        '2017-09-04',
        'sif',
        'overall-effectiveness=requires-improvement help-and-protection=requires-improvement children-in-care=requires-improvement adoption-performance=good sif-care-leavers=requires-improvement impact-of-leaders=requires-improvement lscb=requires-improvement',
      ],
      [
        '2021-11-26',
        'ilacs',
        'overall-effectiveness=good impact-of-leaders=good help-and-protection=requires-improvement children-in-care=good',
      ],
    ]);
    // Adequate stays Adequate, and the record says how Ofsted's table printed it.
    const lookedAfter = walsall[0]!.judgements[1]!;
    expect(lookedAfter.note).toMatch(/records this grade as 'Requires improvement to be good'.*called it Adequate/);
    // Only the publication date is known: the record is placed at it, and says it is the publication date.
    expect(walsall[0]!.publicationDate).toEqual(walsall[0]!.date);
  });

  it('keeps the authorities of the second table, which no longer exist', () => {
    const second = result.inspections.filter((inspection) =>
      ['Bournemouth', 'Poole', 'Northamptonshire', 'Cumbria'].includes(inspection.authority.name),
    );
    expect(new Set(second.map((inspection) => inspection.authority.name))).toEqual(
      new Set(['Bournemouth', 'Poole', 'Northamptonshire', 'Cumbria']),
    );
    const title = result.problems.find((problem) => problem.value.startsWith('Table 11'));
    expect(title?.message).toMatch(/title of the table whose headings are on row/);
  });

  it('gives the same records whole, in chunks and packed', () => {
    const bytes = historyBytes();
    const whole = importBytes('history.csv', bytes);
    for (const chunkSize of [97, 4096, 1 << 20]) {
      expect(importBytesInChunks('history.csv', bytes, {}, { chunkSize })).toEqual(whole);
      expect(unpackResult(importBytesPacked('history.csv', bytes, {}, { chunkSize }))).toEqual(whole);
    }
  });
});

describe('families found by position and words, not by a list of headings', () => {
  // Families renamed, their columns reordered within them, and a third ILACS family that no table of Ofsted's has.
  const text = [
    'Council,Region,Protection inspection (CPI) publication date,Protection verdict OE,' +
      'Single inspection (SIF) publication date,Children who need help and protection grade,SIF overall judgement,' +
      'ILACS round one inspection type,ILACS round one publication date,Round one children in care and care leavers,Round one overall effectiveness,' +
      'Third ILACS inspection type,Third ILACS publication date,Third ILACS overall effectiveness,Third ILACS care leavers',
    'Walsall,West Midlands,02/08/2013,Requires improvement to be good,04/09/2017,Inadequate,Requires improvement to be good,ILACS Standard Inspection,26/11/2021,Good,Good,ILACS Short Inspection,01/05/2025,Outstanding,Good',
    'Dudley,West Midlands,,,01/02/2016,Good,Good,,,,,,,,',
  ].join('\n');

  it('reads each filled family as one inspection of its framework', () => {
    const result = imported(importText('renamed.csv', text));
    expect(result.format).toBe('ofsted-history');
    const read = result.inspections.map((inspection) => [
      inspection.authority.name,
      formatIso(inspection.date),
      inspection.framework,
      inspection.type,
      inspection.judgements
        .map(
          (judgement) => `${judgement.area.id}=${judgement.outcome.kind === 'graded' ? judgement.outcome.grade : '-'}`,
        )
        .join(' '),
    ]);
    expect(read).toEqual([
      ['Walsall', '2013-08-02', 'cpi', 'Protection inspection (CPI)', 'overall-effectiveness=adequate'],
      [
        'Walsall',
        '2017-09-04',
        'sif',
        'Single inspection (SIF)',
        'help-and-protection=inadequate overall-effectiveness=requires-improvement',
      ],
      [
        'Walsall',
        '2021-11-26',
        'ilacs',
        'ILACS Standard Inspection',
        'children-in-care=good overall-effectiveness=good',
      ],
      [
        'Walsall',
        '2025-05-01',
        'ilacs',
        'ILACS Short Inspection',
        'overall-effectiveness=outstanding care-leavers=good',
      ],
      ['Dudley', '2016-02-01', 'sif', 'Single inspection (SIF)', 'help-and-protection=good overall-effectiveness=good'],
    ]);
  });

  it('refuses a family with grades and no date, naming the row and the column', () => {
    const broken = text.replace('Dudley,West Midlands,,,01/02/2016', 'Dudley,West Midlands,,Good,01/02/2016');
    const result = imported(importText('renamed.csv', broken));
    expect(result.rowsRejected).toBe(1);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ line: 3, column: 'Protection inspection (CPI) publication date', severity: 'error' }),
    );
  });

  it('leaves an ordinary table with its two dates apart as one inspection per row', () => {
    const ordinary =
      'Publication date,Local authority,Overall effectiveness,Inspection date,Impact of leaders\n26/11/2021,Walsall,Good,04/10/2021,Good\n';
    const result = imported(importText('ordinary.csv', ordinary));
    expect(result.format).toBe('ofsted-wide');
    expect(result.inspections).toHaveLength(1);
  });
});

describe('the header row', () => {
  it('is never a row of values, however many of its cells are also heading words', () => {
    // No heading on this sheet is one the importer knows: its first row of grades and dates must not be taken for one.
    const text =
      'Council list\nName,Where,Kind\nBarking and Dagenham,London,27/07/2012,Good,Requires improvement to be good\n';
    const result = importText('values.csv', text);
    expect(result.ok ? result.headerLine : result.headerLine).not.toBe(3);
  });

  it('can be chosen by the user, and the preview is told when it was a guess', () => {
    // Two rows could be the header: the first is taken, and the preview is told it was a guess.
    const text =
      'Local authority,Region,,\nLocal authority,Inspection date,Overall effectiveness,Impact of leaders\nWalsall,04/10/2021,Good,Good\n';
    const guessed = importText('guess.csv', text);
    expect(guessed.headerLine).toBe(1);
    expect(guessed.ok).toBe(false);
    expect(guessed.ok ? undefined : guessed.headerCandidates?.map((candidate) => candidate.line)).toEqual([1, 2, 3]);
    const chosen = imported(importText('guess.csv', text, 'utf-8', { headerLine: 2 }));
    expect(chosen.headerLine).toBe(2);
    expect(chosen.inspections).toHaveLength(1);
    expect(chosen.headerUncertain).toBe(false);
    const plain = imported(importText('plain.csv', text.split('\n').slice(1).join('\n')));
    expect(plain.headerUncertain).toBe(false);
    // Another row a few rows down that could head a table: the preview asks which is the header.
    const unsure = imported(
      importText(
        'unsure.csv',
        `${text.split('\n').slice(1, 3).join('\n')}\n\nLocal authority,Inspection date,Overall effectiveness\n`,
      ),
    );
    expect(unsure.headerLine).toBe(1);
    expect(unsure.headerUncertain).toBe(true);
  });
});

describe('a second table of another kind on the same sheet', () => {
  it('is not read, and says so on the row where it starts', () => {
    const text = [
      'Local authority,Inspection date,Overall effectiveness',
      'Walsall,04/10/2021,Good',
      '',
      'Measure,Value,Date,Local authority',
      'Felt safe,94,2012-06,Walsall',
    ].join('\n');
    const result = imported(importText('two.csv', text));
    expect(result.inspections).toHaveLength(1);
    // Its header and its row are refused, each with an error on its own line.
    expect(result.rowsRejected).toBe(2);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ line: 4, severity: 'error', message: expect.stringMatching(/another kind/) }),
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        line: 5,
        severity: 'error',
        message: expect.stringMatching(/table that starts on row 4, which was not read/),
      }),
    );
  });
});

describe('beside the 2025 sheets', () => {
  it('holds every ILACS inspection once, though one table gives its publication date and the other both dates', () => {
    const sheet = join(FIXTURES_DIR, 'real', 'ofsted', 'la_outcomes_2025__ILACS_inspection_history.csv');
    const history = imported(importBytes('history.csv', historyBytes()));
    const ilacs2025 = imported(importBytes('ilacs.csv', new Uint8Array(readFileSync(sheet))));
    // Counted from the files: the 2025 sheet's data rows (below its title, description and header), and the history's ILACS dates.
    const sheetRows = naiveRows(readFileSync(sheet, 'utf8'))
      .slice(3)
      .filter((row) => row.some((cell) => cell.trim() !== '')).length;
    const counted = independentCounts();
    const historyIlacs = counted.inspections.get('ilacs') ?? 0;
    const { dataset } = buildDataset([history, ilacs2025]);
    const held = dataset.inspections.filter((inspection) => inspection.framework === 'ilacs');
    expect(held).toHaveLength(sheetRows);
    expect(dataset.inspections).toHaveLength(counted.events + ilacs2025.inspections.length - historyIlacs);
    // Walsall's 2021 inspection: its inspection date from the 2025 sheet, and both files as its sources.
    const walsall = held.filter((inspection) => inspection.authority.onsCode === 'E08000030');
    expect(walsall.map((inspection) => formatIso(inspection.date))).toEqual(['2021-10-04']);
    expect(new Set(walsall[0]!.sources.map((source) => source.file))).toEqual(new Set(['history.csv', 'ilacs.csv']));
  });
});
