// @vitest-environment jsdom
// The preview says what the user can decide about values and columns: what an unrecognised value means, which columns
// were not used and why, how cells were read, and "No problems" only when that is literally true.
import { within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUserStoreForTests } from '../../../src/data/useUserData';
import { fixtureFile, openYourData, previewOf, summaryOf } from './uploadHelpers';

afterEach(() => {
  setUserStoreForTests(undefined);
  window.history.replaceState(null, '', '/');
});

describe('values in grade columns that are not grades', () => {
  it('asks what each means; the answer applies to every cell holding it, and the rows are read again', async () => {
    const { user, choose } = await openYourData();
    await choose(fixtureFile('upload/council-grade-codes.csv'));
    const preview = await previewOf('council-grade-codes.csv');
    expect(summaryOf(preview)['Rows that will be imported']).toBe('1');
    expect(within(preview).queryByText('No problems')).toBeNull();
    const meansG = within(preview).getByRole('combobox', { name: 'What does “G” mean? (3 cells)' });
    expect(meansG).toHaveDisplayValue('Not known: a problem (rows left out)');
    await user.selectOptions(meansG, 'Good');
    await user.selectOptions(
      within(preview).getByRole('combobox', { name: 'What does “awaiting report” mean? (1 cell)' }),
      'Not judged (no grade)',
    );
    expect(summaryOf(preview)['Rows that will be imported']).toBe('5');
    expect(summaryOf(preview)['Rows left out']).toBe('0 rows with an error, 0 rows skipped (blank, totals, notes)');
    // The choice stays on show, so it can be changed back.
    expect(within(preview).getByRole('combobox', { name: 'What does “G” mean?' })).toHaveDisplayValue('Good');
    expect(within(preview).getByText('No problems')).toBeInTheDocument();
  });
});

describe('columns not used and notes on how cells were read', () => {
  it('lists every column with data that was not used, with why, and notes two-digit years without calling them problems', async () => {
    const { choose } = await openYourData();
    await choose(fixtureFile('upload/d2i-ilacs-history.csv'));
    const preview = await previewOf('d2i-ilacs-history.csv');
    const unused = within(preview).getByRole('region', { name: '6 columns with data were not used' });
    const terms = within(unused)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual([
      'urn',
      'la_code',
      'region_code',
      'inspection_link',
      'inspector_name',
      'inspection_end_date',
    ]);
    expect(within(unused).getAllByRole('definition')[1]).toHaveTextContent(
      'DfE LA numbers, not needed: the ONS codes in “la_code_new” identify each authority. 8 cells with data.',
    );
    expect(within(preview).getByText(/6 dates are written with a two-digit year/)).toBeInTheDocument();
    expect(summaryOf(preview)['Rows that will be imported']).toBe('7');
  });

  it('a percentage column it could have read is a problem until it is made a measure by hand', async () => {
    const { user, choose } = await openYourData();
    await choose(fixtureFile('upload/percent-without-heading.csv'));
    const preview = await previewOf('percent-without-heading.csv');
    expect(within(preview).queryByText('No problems')).toBeNull();
    expect(
      within(preview).getByText(/This column holds percentages, but none of its 2 cells was read/),
    ).toBeInTheDocument();
    await user.selectOptions(
      within(preview).getByRole('combobox', { name: 'Read column “Felt safe” as' }),
      'A measure beside the inspection',
    );
    expect(summaryOf(preview).Records).toBe('2 inspections, 2 measures');
    expect(within(preview).getByText('No problems')).toBeInTheDocument();
  });
});
