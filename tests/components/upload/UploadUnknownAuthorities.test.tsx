// @vitest-environment jsdom
// Names that are no English local authority: refused by row, with the choice to keep them as bodies of their own.
import { waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUserStoreForTests } from '../../../src/data/useUserData';
import { openYourData, previewOf, problemsShown, summaryOf, textFile } from './uploadHelpers';

afterEach(() => {
  setUserStoreForTests(undefined);
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const FILE = [
  'authority_name,inspection_date,judgement_area,grade',
  '"=HYPERLINK(""http://evil.example/x"",""Report"")",2021-10-04,Overall effectiveness,Good',
  '<img src=x onerror=alert(1)>,2021-10-04,Overall effectiveness,Good',
  '+SUM(1+1),2021-10-04,Overall effectiveness,Good',
  'Walsall,2021-10-04,Overall effectiveness,Good',
].join('\n');

const CHOICE = 'Keep them as bodies of their own, not local authorities';

describe('a file with names that are not English local authorities', () => {
  it('leaves their rows out, says why by row, and offers to keep them', async () => {
    const { choose } = await openYourData();
    await choose(textFile('odd-names.csv', FILE));
    const preview = await previewOf('odd-names.csv');
    expect(summaryOf(preview)).toMatchObject({ 'Rows that will be imported': '1', Records: '1 inspection' });
    expect(problemsShown(preview).map((cells) => cells.slice(0, 3))).toEqual([
      ['2', 'authority_name', '=HYPERLINK("http://evil.example/x","Report")'],
      ['3', 'authority_name', '<img src=x onerror=alert(1)>'],
      ['4', 'authority_name', '+SUM(1+1)'],
    ]);
    expect(within(preview).queryByText(/No problems/)).toBeNull();
    const group = within(preview).getByRole('group', { name: 'Names that are not English local authorities' });
    expect(group).toHaveTextContent('3 names in this file are not an English local authority we know');
    expect(within(group).getByRole('checkbox', { name: CHOICE })).not.toBeChecked();
    // Shown as text: no image element was made from the cell.
    expect(preview.querySelector('img')).toBeNull();
  });

  it('reads the file again with them kept when the box is ticked, and without them when it is cleared', async () => {
    const { choose, user } = await openYourData();
    await choose(textFile('odd-names.csv', FILE));
    const preview = await previewOf('odd-names.csv');
    await user.click(within(preview).getByRole('checkbox', { name: CHOICE }));
    await waitFor(() =>
      expect(summaryOf(preview)).toMatchObject({ 'Rows that will be imported': '4', Records: '4 inspections' }),
    );
    expect(within(preview).getByRole('checkbox', { name: CHOICE })).toBeChecked();
    expect(within(preview).queryByRole('table', { name: /problems?$/ })).toBeNull();
    // Walsall's row repeats the 2021 inspection the built-in data holds, which is kept: three of the four are added.
    await waitFor(() => expect(within(preview).getByRole('button', { name: 'Import 3 inspections' })).toBeEnabled(), {
      timeout: 15_000,
    });
    await user.click(within(preview).getByRole('checkbox', { name: CHOICE }));
    await waitFor(() => expect(summaryOf(preview)).toMatchObject({ 'Rows that will be imported': '1' }));
  });

  it('is not offered for a file whose every authority is known', async () => {
    const { choose } = await openYourData();
    await choose(
      textFile(
        'known.csv',
        'authority_name,inspection_date,judgement_area,grade\nWalsall,2021-10-04,Overall effectiveness,Good\nDudley,2021-10-04,Overall effectiveness,Good\n',
      ),
    );
    const preview = await previewOf('known.csv');
    expect(summaryOf(preview)).toMatchObject({ 'Rows that will be imported': '2' });
    expect(within(preview).queryByRole('checkbox', { name: CHOICE })).toBeNull();
  });
});
