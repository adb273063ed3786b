// A file read but not kept: which sheets can be offered, what would be stored, and when it is a file already held.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../../../src/domain';
import { STORED_FORMAT_VERSION } from '../../../../src/data/storedDataset';
import {
  currentResult,
  firstReadableSheet,
  readableSheets,
  sameFileAs,
  toStoredDataset,
} from '../../../../src/features/upload/pendingImport';
import type { UploadRead } from '../../../../src/features/upload/readUpload';
import { COVER_ROWS, held, ok, pending, sheetRead, TABLE_ROWS, textRead, TIDY_WALSALL } from './uploadFixtures';

const NOTES_ROWS = [['Notes'], ['1', 'Blank means not judged']];

describe('readableSheets and firstReadableSheet', () => {
  it.each<[string, UploadRead, number[], number]>([
    ['a text file has no sheets', textRead(TIDY_WALSALL), [], 0],
    [
      'a cover, then two tables: the tables',
      sheetRead('o.ods', [
        ['Cover', COVER_ROWS],
        ['History', TABLE_ROWS],
        ['Latest', TABLE_ROWS],
      ]),
      [1, 2],
      1,
    ],
    [
      'the table last, after notes',
      sheetRead('o.ods', [
        ['Cover', COVER_ROWS],
        ['Notes', NOTES_ROWS],
        ['Data', TABLE_ROWS],
      ]),
      [2],
      2,
    ],
    [
      'no sheet holds a table: every sheet, so the user sees why',
      sheetRead('o.ods', [
        ['Cover', COVER_ROWS],
        ['Notes', NOTES_ROWS],
      ]),
      [0, 1],
      0,
    ],
    ['a spreadsheet with no sheets at all', { kind: 'spreadsheet', sheets: [] }, [], 0],
  ])('%s', (_name, read, readable, first) => {
    expect(readableSheets(read)).toEqual(readable);
    expect(firstReadableSheet(read)).toBe(first);
  });

  it('gives a result saying so when a spreadsheet has no sheets, rather than throwing', () => {
    const result = currentResult(pending({ kind: 'spreadsheet', sheets: [] }, { fileName: 'blank.xlsx' }));
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(/no sheets/);
  });
});

describe('toStoredDataset', () => {
  const importedAt = new Date('2026-11-26T10:15:00Z');

  it.each<[string, UploadRead, number, 'replace' | 'skip', string]>([
    ['a text file is named after the file', textRead(TIDY_WALSALL), 0, 'replace', 'walsall.csv'],
    [
      'a sheet is named after the file and the sheet',
      sheetRead('outcomes.ods', [
        ['Cover', COVER_ROWS],
        ['ILACS_inspection_history', TABLE_ROWS],
      ]),
      1,
      'skip',
      'outcomes.ods (ILACS_inspection_history)',
    ],
  ])('%s', (_name, read, sheetIndex, onDuplicate, name) => {
    const fileName = read.kind === 'text' ? 'walsall.csv' : 'outcomes.ods';
    const item = pending(read, { fileName, fileSize: 4321, hash: 'f00d', sheetIndex, onDuplicate });
    const stored = toStoredDataset(item, ok(currentResult(item)), 7, 'id-7', importedAt);
    expect(stored).toMatchObject({
      id: 'id-7',
      name,
      sourceFile: fileName,
      fileSize: 4321,
      contentHash: 'f00d',
      importedAt: '2026-11-26T10:15:00.000Z',
      order: 7,
      format: 'tidy',
      onDuplicate,
      formatVersion: STORED_FORMAT_VERSION,
    });
    // The two rows of the tidy table: Walsall in 2021 and Dudley in 2022, nothing else.
    expect(
      stored.inspections.map((inspection) => `${inspection.authority.onsCode} ${formatIso(inspection.date)}`),
    ).toEqual(['E08000030 2021-10-04', 'E08000027 2022-10-31']);
    expect(stored.measures).toEqual([]);
  });

  it('survives structured cloning (what IndexedDB does to it) unchanged', () => {
    const item = pending(textRead(TIDY_WALSALL));
    const stored = toStoredDataset(item, ok(currentResult(item)), 1, 'id-1', importedAt);
    expect(structuredClone(stored)).toEqual(stored);
  });
});

describe('sameFileAs', () => {
  const spreadsheet = sheetRead('outcomes.ods', [
    ['Cover', COVER_ROWS],
    ['History', TABLE_ROWS],
    ['Latest', TABLE_ROWS],
  ]);
  const heldText = held({ id: 'text', contentHash: 'abc123' });
  const heldSheet = held({
    id: 'sheet',
    name: 'outcomes.ods (History)',
    sourceFile: 'outcomes.ods',
    contentHash: 'ods-hash',
    format: 'ofsted-wide',
  });

  it.each<[string, ReturnType<typeof pending>, string | undefined]>([
    ['the same bytes as a held text file', pending(textRead(TIDY_WALSALL)), 'text'],
    ['the same bytes under another name', pending(textRead(TIDY_WALSALL), { fileName: 'walsall (1).csv' }), 'text'],
    ['different bytes under the same name', pending(textRead(TIDY_WALSALL), { hash: 'edited' }), undefined],
    [
      'the same sheet of the same spreadsheet',
      pending(spreadsheet, { fileName: 'outcomes.ods', hash: 'ods-hash', sheetIndex: 1 }),
      'sheet',
    ],
    [
      'the same sheet of a renamed copy of the spreadsheet',
      pending(spreadsheet, { fileName: 'outcomes (1).ods', hash: 'ods-hash', sheetIndex: 1 }),
      'sheet',
    ],
    [
      'another sheet of the same spreadsheet',
      pending(spreadsheet, { fileName: 'outcomes.ods', hash: 'ods-hash', sheetIndex: 2 }),
      undefined,
    ],
    ['a file too big to read (no hash)', pending(textRead(TIDY_WALSALL), { hash: '' }), undefined],
  ])('%s', (_name, item, expected) => {
    expect(sameFileAs(item, [heldText, heldSheet])?.id).toBe(expected);
  });

  it('finds nothing when nothing is held', () => {
    expect(sameFileAs(pending(textRead(TIDY_WALSALL)), [])).toBeUndefined();
  });
});
