// @vitest-environment jsdom
// Bad input, one file each: a clear message in the preview, and what is already held stays exactly as it was.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUserStoreForTests } from '../../../src/data/useUserData';
import {
  fixtureFile,
  heldDataset,
  heldList,
  heldNames,
  openYourData,
  previewOf,
  problemsShown,
  storeHolding,
  textFile,
} from './uploadHelpers';

afterEach(() => {
  setUserStoreForTests(undefined);
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

/** Random bytes from a fixed seed, as a damaged download leaves them. */
function damagedBytes(length: number): Uint8Array<ArrayBuffer> {
  let state = 11;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state >> 16) & 0xff;
  });
}

/** The page over a store already holding one dataset, so "nothing changed" has something to keep. */
async function withOneHeld() {
  const page = await openYourData(await storeHolding(heldDataset('kept', 'panel-2021.csv')));
  await waitFor(() => expect(heldList().slice(1)).toEqual([['panel-2021.csv', '0']]));
  return page;
}

async function expectNothingChanged(store: Awaited<ReturnType<typeof withOneHeld>>['store']) {
  expect(heldList().slice(1)).toEqual([['panel-2021.csv', '0']]);
  expect(await heldNames(store)).toEqual(['panel-2021.csv']);
}

describe('a file that cannot be imported at all', () => {
  it.each<[string, () => File, RegExp]>([
    [
      'an empty file',
      () => fixtureFile('empty.csv'),
      /The file is empty\. Choose the file again, or check it was saved\./,
    ],
    [
      'a header with no rows',
      () => fixtureFile('header-only.csv'),
      /The file has headings but no rows of data below them/,
    ],
    [
      'a screenshot renamed .csv',
      () => fixtureFile('screenshot-saved-as.csv'),
      /This file is not text: it looks like a program, image or other binary file/,
    ],
    [
      'a file separated by colons',
      () => fixtureFile('upload/colon-delimited.txt'),
      /its columns seem to be separated by colons \(:\), which Scrutiny Lens does not read/,
    ],
    [
      'a file with no date column',
      () => fixtureFile('upload/no-date-column.csv'),
      /has no column for: Date \(heading inspection_date\)\. Add the column and try again\./,
    ],
    [
      'random bytes named .xlsx',
      () => new File([damagedBytes(3000)], 'inspections.xlsx'),
      /This spreadsheet could not be opened: it may be damaged, password-protected or not really a spreadsheet/,
    ],
  ])('%s: says why in plain words, offers only Close, and changes nothing held', async (_name, file, message) => {
    const { user, store, choose } = await withOneHeld();
    const chosen = file();
    await choose(chosen);
    const preview = await previewOf(chosen.name);
    const alert = within(preview).getByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be imported as it is');
    expect(alert).toHaveTextContent(message);
    expect(within(preview).queryByRole('button', { name: /^Import/ })).toBeNull();
    // The error summary says it all; the row-by-row problem table is for files that partly import.
    expect(within(preview).queryByRole('button', { name: /^Download/ })).toBeNull();
    await user.click(within(preview).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: /^Preview:/ })).toBeNull();
    await expectNothingChanged(store);
  });

  it('a file over the size limit is refused at once, naming the limit, without reading a byte', async () => {
    const { store, choose } = await withOneHeld();
    const huge = textFile('every-inspection-since-2008.csv', 'authority_name,inspection_date,judgement_area,grade\n');
    Object.defineProperty(huge, 'size', { value: 2 * 1024 ** 3 });
    const read = vi.fn(() => Promise.reject(new Error('a 2 GB file must not be read')));
    Object.defineProperty(huge, 'arrayBuffer', { value: read });
    await choose(huge);
    const preview = await previewOf('every-inspection-since-2008.csv');
    expect(within(preview).getByRole('alert')).toHaveTextContent(
      /This file is 2048 MB; the largest file Scrutiny Lens reads is 50 MB\. Split it into smaller files/,
    );
    expect(read).not.toHaveBeenCalled();
    expect(screen.getByText(/up to 50 MB each/)).toBeInTheDocument();
    await expectNothingChanged(store);
  });

  it('a file the browser cannot read gets a preview saying so, and the other files chosen with it are still read', async () => {
    const { store, choose } = await withOneHeld();
    const vanished = textFile('moved-since.csv', 'authority_name\n');
    Object.defineProperty(vanished, 'arrayBuffer', {
      value: () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError')),
    });
    await choose(vanished, fixtureFile('tidy-own-format.csv'));
    expect(within(await previewOf('moved-since.csv')).getByRole('alert')).toHaveTextContent(
      /could not read this file: it may have been moved, changed or deleted/,
    );
    expect(within(await previewOf('tidy-own-format.csv')).getByRole('button', { name: /^Import/ })).toBeInTheDocument();
    await expectNothingChanged(store);
  });
});

describe('a file with some bad rows: each problem named by row, column and value, nothing kept until confirmed', () => {
  it.each<[string, string, string[], RegExp]>([
    ['an unknown grade', 'tidy-bad-rows.csv', ['3', 'grade', 'Very good'], /This is not an Ofsted grade/],
    ['an impossible date', 'tidy-bad-rows.csv', ['4', 'inspection_date', '31/02/2021'], /This date does not exist/],
    [
      'an unknown grade in Windows-1252 text',
      'excel-windows-1252.csv',
      ['8', 'Grade', 'Very good'],
      /This is not an Ofsted grade/,
    ],
    [
      'a Total row at the bottom',
      'upload/black-country-briefing.csv',
      ['7', 'Local authority', 'Total'],
      /total row; it was skipped/,
    ],
  ])('%s', async (_name, path, where, message) => {
    const { store, choose } = await withOneHeld();
    const file = fixtureFile(path);
    await choose(file);
    const preview = await previewOf(file.name);
    const index = problemsShown(preview).findIndex((cells) => cells.join('|') === where.join('|'));
    expect(index).toBeGreaterThanOrEqual(0);
    const row = within(within(preview).getByRole('table', { name: /problems?$/ })).getAllByRole('row')[index + 1];
    expect(row).toHaveTextContent(message);
    // A count once the check for inspections already held is done (these files' Walsall records are all held).
    expect(
      await within(preview).findByRole('button', {
        name: /^Import (\d+ inspections?|the file \(it adds no inspections\))$/,
      }),
    ).toBeInTheDocument();
    await expectNothingChanged(store);
  });
});
