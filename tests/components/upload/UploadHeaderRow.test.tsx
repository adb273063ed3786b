// @vitest-environment jsdom
// The header row: Ofsted's history table read as several inspections a row, and a guessed header the user can correct.
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setUserStoreForTests } from '../../../src/data/useUserData';
import { FIXTURES, fixtureFile, openYourData, previewOf, summaryOf, textFile } from './uploadHelpers';

const HISTORY = 'real/ofsted/csc-in-england-2023/csc_in_england_2023__LA_inspections_2009-2023.csv';

afterEach(() => {
  setUserStoreForTests(undefined);
  window.history.replaceState(null, '', '/');
});

describe("Ofsted's history table", () => {
  it('is read from its real header, with several inspections on each row', async () => {
    const { choose } = await openYourData();
    await choose(fixtureFile(HISTORY));
    const preview = await previewOf('csc_in_england_2023__LA_inspections_2009-2023.csv', 20_000);
    const summary = summaryOf(preview);
    expect(summary['Format found']).toBe('Ofsted inspection history (several inspections on one row)');
    expect(summary['Header row']).toBe('Row 5');
    expect(summary['Rows left out']).toMatch(/^0 rows with an error/);

    // The sheet holds two tables with the same headings: each table's unused columns are listed as its own, with
    // their cells counted here from papaparse's rows (a table runs from its headings to the first empty row).
    const rows = Papa.parse<string[]>(readFileSync(`${FIXTURES}/${HISTORY}`, 'utf8')).data;
    const headerLines = rows.flatMap((cells, i) => (cells[0] === 'Web link' ? [i + 1] : []));
    expect(headerLines).toHaveLength(2);
    const filled = (headerLine: number, column: number) => {
      let count = 0;
      for (let i = headerLine; i < rows.length && rows[i]!.some((cell) => cell.trim() !== ''); i++)
        if ((rows[i]![column] ?? '').trim() !== '') count++;
      return count;
    };
    const unused = within(within(preview).getByRole('region', { name: /columns with data were not used/ }));
    const listed = unused.getAllByRole('term').map((term) => term.textContent);
    const expected = headerLines.flatMap((line) =>
      ['Web link', 'LA Authority Type'].map((heading) => `${heading} (the table headed on row ${line})`),
    );
    expect(listed).toEqual(expected);
    const counts = unused.getAllByRole('definition').map((definition) => definition.textContent);
    expect(counts).toEqual(
      headerLines.flatMap((line) =>
        ['Web link', 'LA Authority Type'].map((heading) =>
          expect.stringContaining(`${filled(line, rows[line - 1]!.indexOf(heading))} cells with data`),
        ),
      ),
    );
  }, 60_000);
});

describe('a header row that was a guess', () => {
  const text =
    'Local authority,Inspection date,Overall effectiveness\nWalsall,04/10/2021,Good\n\nLocal authority,Inspection date,Overall effectiveness\nDudley,01/02/2022,Good\n';

  it('is said to be a guess, and another row can be chosen, which reads the file again', async () => {
    const { choose } = await openYourData();
    await choose(textFile('guessed.csv', text));
    const preview = await previewOf('guessed.csv');
    expect(
      within(preview).getByText(/We were not sure which row holds the column headings, and took row 1/),
    ).toBeInTheDocument();
    const select = within(preview).getByRole('combobox', { name: 'Which row holds the column headings?' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Row 1: Local authority · Inspection date · Overall effectiveness',
      'Row 2: Walsall · 04/10/2021 · Good',
      'Row 4: Local authority · Inspection date · Overall effectiveness',
      'Row 5: Dudley · 01/02/2022 · Good',
    ]);
    await userEvent.selectOptions(select, '4');
    await waitFor(() =>
      expect(summaryOf(screen.getByRole('region', { name: 'Preview: guessed.csv' }))['Header row']).toBe('Row 4'),
    );
    const reread = screen.getByRole('region', { name: 'Preview: guessed.csv' });
    expect(summaryOf(reread)['Records']).toBe('1 inspection');
    // The rows above the chosen header are listed, not passed over in silence.
    // Rows 1 (the old header) and 2 (Walsall) hold data above it; row 3 is blank.
    expect(within(reread).getAllByText(/above the header row \(row 4\), so it was not read/)).toHaveLength(2);
  });

  it('can be chosen when a file is refused, so a refusal is not a dead end', async () => {
    const { choose } = await openYourData();
    await choose(
      textFile(
        'refused.csv',
        'Notes for the panel\nArea list,,\nCouncil name,Date seen,Overall effectiveness\nWalsall,04/10/2021,Good\n',
      ),
    );
    const preview = await previewOf('refused.csv');
    expect(within(preview).getByRole('combobox', { name: 'Which row holds the column headings?' })).toBeInTheDocument();
  });
});

describe('a record that gives only its publication date, beside a held one', () => {
  it('says its inspection date is not given, rather than show the publication date as one', async () => {
    const { choose } = await openYourData();
    // One family of Ofsted's history layout: Walsall's 2021 ILACS inspection, known here only by its publication date.
    const text = [
      'Local authority name,LA region,First ILACS inspection type,First ILACS publication date,First ILACS overall effectiveness,Second ILACS inspection type,Second ILACS publication date,Second ILACS overall effectiveness',
      'Walsall,West Midlands,ILACS Standard Inspection,26/11/2021,Good,,,',
      'Dudley,West Midlands,,,,ILACS Short Inspection,01/02/2030,Good',
    ].join('\n');
    await choose(textFile('published-only.csv', text));
    const preview = await previewOf('published-only.csv');
    const clash = await within(preview).findByRole(
      'region',
      { name: /^Held record and published-only\.csv’s record: Walsall/ },
      { timeout: 15_000 },
    );
    const date = within(clash).getByRole('row', { name: /^Date/ });
    expect(
      within(date)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['4 October 2021', 'Not given (only the publication date)']);
  }, 30_000);
});
