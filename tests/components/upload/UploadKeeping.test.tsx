// @vitest-environment jsdom
// Keeping a file or not: confirm, cancel, a full browser, duplicates, the same file twice, and removing with confirmation.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUserStoreForTests } from '../../../src/data/useUserData';
import {
  bodyRows,
  fixtureFile,
  fullStore,
  textFile,
  heldDataset,
  heldList,
  heldNames,
  openYourData,
  previewOf,
  storeHolding,
} from './uploadHelpers';

afterEach(() => {
  setUserStoreForTests(undefined);
  window.history.replaceState(null, '', '/');
});

// The built-in data's row names every source in the manifest.
const BUILT_IN =
  /^Ofsted’s outcomes to 31 March 2025, Ofsted’s inspections 2009 to 2023 and Walsall’s scrutiny panel minutes \(2012\)/;
// jsdom's accessible-name library drops the space before the visually hidden name ("Removepanel-2012.csv"); Chromium keeps it.
const REMOVE_2012 = /^Remove ?panel-2012\.csv$/;

describe('confirming and cancelling', () => {
  it('confirming keeps the whole file, lists it under "Datasets held in this browser" and closes the preview', async () => {
    const { user, store, choose } = await openYourData();
    await choose(fixtureFile('ofsted-history-excerpt.csv'));
    const preview = await previewOf('ofsted-history-excerpt.csv');
    // Every one of its 13 inspections is Ofsted's, already held: the file is kept, its records set aside.
    await user.click(await within(preview).findByRole('button', { name: 'Import the file (it adds no inspections)' }));

    expect(
      await screen.findByText(
        /Imported “ofsted-history-excerpt\.csv”: 0 inspections in use; 13 records of inspections already held are kept with it but not shown\./,
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(heldList().slice(1)).toEqual([['ofsted-history-excerpt.csv', '0 (13 already held, not shown)']]),
    );
    expect(screen.queryByRole('region', { name: /^Preview:/ })).toBeNull();
    expect(await heldNames(store)).toEqual(['ofsted-history-excerpt.csv']);
    const listed = await store.list();
    expect(listed.ok && listed.value[0]).toMatchObject({
      sourceFile: 'ofsted-history-excerpt.csv',
      format: 'ofsted-wide',
      onDuplicate: 'skip',
      order: 1,
    });
    expect(listed.ok && listed.value[0]?.inspections).toHaveLength(13);
    expect(screen.getByRole('radio', { name: 'Ofsted’s data and yours' })).toBeChecked();
  });

  it('a second import comes after the first, in the order they were kept', async () => {
    const { user, store, choose } = await openYourData(await storeHolding(heldDataset('earlier', 'earlier.csv', 4)));
    await choose(fixtureFile('tidy-own-format.csv'));
    await user.click(within(await previewOf('tidy-own-format.csv')).getByRole('button', { name: /^Import/ }));
    await waitFor(async () => expect(await heldNames(store)).toEqual(['earlier.csv', 'tidy-own-format.csv']));
    const listed = await store.list();
    expect(listed.ok && listed.value.map((dataset) => dataset.order)).toEqual([4, 5]);
    await waitFor(() =>
      expect(
        heldList()
          .slice(1)
          .map(([name]) => name),
      ).toEqual(['earlier.csv', 'tidy-own-format.csv']),
    );
  });

  it('cancelling keeps nothing', async () => {
    const { user, store, choose } = await openYourData();
    await choose(fixtureFile('ofsted-history-excerpt.csv'));
    await user.click(within(await previewOf('ofsted-history-excerpt.csv')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /^Preview:/ })).toBeNull();
    expect(heldList()).toEqual([[expect.stringMatching(BUILT_IN), expect.any(String)]]);
    expect(await heldNames(store)).toEqual([]);
  });

  it('when the browser has no room, says "Nothing was saved" and the held list is unchanged', async () => {
    const { user, choose } = await openYourData(fullStore(await storeHolding(heldDataset('kept', 'kept-before.csv'))));
    await waitFor(() => expect(heldList().slice(1)).toEqual([['kept-before.csv', '0']]));
    await choose(fixtureFile('ofsted-history-excerpt.csv'));
    const preview = await previewOf('ofsted-history-excerpt.csv');
    await user.click(await within(preview).findByRole('button', { name: 'Import the file (it adds no inspections)' }));

    const alert = await within(preview).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was saved');
    expect(alert).toHaveTextContent(
      'Your browser has no room left to keep this data. The data you already held has not changed.',
    );
    expect(heldList().slice(1)).toEqual([['kept-before.csv', '0']]);
    // The preview stays, so the user can free space and try again.
    expect(within(preview).getByRole('button', { name: 'Import the file (it adds no inspections)' })).toBeEnabled();
  });
});

describe('an inspection already held', () => {
  it('is shown beside the held record, and keeping the held record is the default', async () => {
    const { user, store, choose } = await openYourData();
    await choose(fixtureFile('upload/black-country-briefing.csv'));
    const preview = await previewOf('black-country-briefing.csv');
    expect(
      await within(preview).findByRole('heading', { name: '4 inspections in this file are already held' }),
    ).toBeInTheDocument();
    const walsall = within(preview).getByRole('region', {
      name: 'Held record and black-country-briefing.csv’s record: Walsall, ILACS Standard Inspection, 4 October 2021',
    });
    const rows = bodyRows(within(walsall).getByRole('table'));
    // Ofsted's row 247 of its history sheet, row 139 of its as-at sheet and row 141 of its 2009-2023 table, against the briefing's row 5.
    expect(rows.find(([label]) => label === 'Source')).toEqual([
      'Source',
      'la_outcomes_2025__ILACS_inspection_history.csv, row 247la_outcomes_2025__Inspections_as_at_31_March.csv, row 139csc_in_england_2023__LA_inspections_2009-2023.csv, row 141',
      'black-country-briefing.csv, row 5',
    ]);
    expect(rows.find(([label]) => label === 'Date')).toEqual(['Date', '4 October 2021', '4 October 2021']);
    expect(rows.find(([label]) => label === 'Overall effectiveness')).toEqual([
      'Overall effectiveness',
      'Good',
      'Good',
    ]);
    const choice = within(preview).getByRole('group', {
      name: 'Which records should be shown for these 4 inspections?',
    });
    expect(within(choice).getByRole('radio', { name: 'Keep the held records (recommended)' })).toBeChecked();
    expect(within(choice).getByRole('radio', { name: 'Show this file’s records instead' })).not.toBeChecked();
    await user.click(within(preview).getByRole('button', { name: 'Import the file (it adds no inspections)' }));
    await waitFor(async () => expect(await heldNames(store)).toEqual(['black-country-briefing.csv']));
    const listed = await store.list();
    expect(listed.ok && listed.value[0]?.onDuplicate).toBe('skip');
  });

  it("showing the file's record is a choice, warned about when the file's record grades fewer areas, and counted on the button", async () => {
    const { user, store, choose } = await openYourData();
    await choose(fixtureFile('upload/walsall-one-judgement.csv'));
    const preview = await previewOf('walsall-one-judgement.csv');
    const walsall = await within(preview).findByRole('region', {
      name: /^Held record and walsall-one-judgement\.csv’s record: Walsall/,
    });
    expect(walsall).toHaveTextContent('Fewer areas in the file');
    expect(bodyRows(within(walsall).getByRole('table')).find(([label]) => label === 'Areas graded')).toEqual([
      'Areas graded',
      '4',
      '1',
    ]);
    expect(within(preview).queryByText(/grades fewer judgement areas/)).toBeNull();
    await user.click(within(preview).getByRole('radio', { name: 'Show this file’s record instead' }));
    expect(
      within(preview).getByText(
        /This file’s record grades fewer judgement areas than the held one \(Walsall, 4 October 2021: 1 instead of 4\)/,
      ),
    ).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Import 1 inspection' }));
    await waitFor(async () => expect(await heldNames(store)).toEqual(['walsall-one-judgement.csv']));
    const listed = await store.list();
    expect(listed.ok && listed.value[0]?.onDuplicate).toBe('replace');
    await waitFor(() =>
      expect(heldList().slice(1)).toEqual([['walsall-one-judgement.csv', '1 (1 shown instead of held records)']]),
    );
  });

  it('is not asked about when the file holds only new inspections', async () => {
    const { choose } = await openYourData();
    // The default data holds no Walsall inspection in 2015 (its single inspection was published in September 2017).
    await choose(
      textFile(
        'walsall-2015.csv',
        'authority_name,inspection_date,judgement_area,grade\nWalsall,13/03/2015,Overall effectiveness,Requires improvement to be good\n',
      ),
    );
    const preview = await previewOf('walsall-2015.csv');
    // Once the check has finished (the button is enabled), there is no choice to make.
    await waitFor(() => expect(within(preview).getByRole('button', { name: 'Import 1 inspection' })).toBeEnabled());
    expect(within(preview).queryByRole('heading', { name: /already held/ })).toBeNull();
    expect(within(preview).queryByRole('radio', { name: /^Keep the held record/ })).toBeNull();
  });
});

describe('the same file twice', () => {
  it('is refused once held, even under another name, with only Close offered', async () => {
    const { user, store, choose } = await openYourData();
    await choose(fixtureFile('ofsted-history-excerpt.csv'));
    await user.click(
      await within(await previewOf('ofsted-history-excerpt.csv')).findByRole('button', {
        name: 'Import the file (it adds no inspections)',
      }),
    );
    await waitFor(() => expect(heldList()).toHaveLength(2));

    await choose(fixtureFile('ofsted-history-excerpt.csv', 'ofsted-history-excerpt (1).csv'));
    const again = await previewOf('ofsted-history-excerpt (1).csv');
    expect(
      within(again).getByText(
        /You already imported this file as “ofsted-history-excerpt\.csv” on .*Importing it again would add nothing/,
      ),
    ).toBeInTheDocument();
    expect(within(again).queryByRole('button', { name: /^Import/ })).toBeNull();
    await user.click(within(again).getByRole('button', { name: 'Close' }));
    expect(await heldNames(store)).toEqual(['ofsted-history-excerpt.csv']);
  });
});

describe('removing a dataset', () => {
  it('asks first; "Keep it" keeps it, "Yes, remove it" removes it', async () => {
    const { user, store } = await openYourData(
      await storeHolding(heldDataset('a', 'panel-2012.csv', 1), heldDataset('b', 'panel-2021.csv', 2)),
    );
    await waitFor(() =>
      expect(
        heldList()
          .slice(1)
          .map(([name]) => name),
      ).toEqual(['panel-2012.csv', 'panel-2021.csv']),
    );

    await user.click(screen.getByRole('button', { name: REMOVE_2012 }));
    const confirm = screen.getByRole('group', { name: 'Confirm removing panel-2012.csv' });
    expect(confirm).toHaveTextContent('Remove “panel-2012.csv” from this browser? This cannot be undone.');
    expect(await heldNames(store)).toEqual(['panel-2012.csv', 'panel-2021.csv']);
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('group', { name: /Confirm removing/ })).toBeNull();
    expect(await heldNames(store)).toEqual(['panel-2012.csv', 'panel-2021.csv']);

    await user.click(screen.getByRole('button', { name: REMOVE_2012 }));
    await user.click(
      within(screen.getByRole('group', { name: 'Confirm removing panel-2012.csv' })).getByRole('button', {
        name: 'Yes, remove it',
      }),
    );
    await waitFor(() =>
      expect(
        heldList()
          .slice(1)
          .map(([name]) => name),
      ).toEqual(['panel-2021.csv']),
    );
    expect(await heldNames(store)).toEqual(['panel-2021.csv']);
    expect(screen.getByText('Removed “panel-2012.csv”.')).toBeInTheDocument();
  });
});

describe('the built-in data', () => {
  it('can be hidden and shown again, and the "Data shown" switch follows', async () => {
    const { user, store } = await openYourData();
    const hide = await screen.findByRole('button', { name: 'Hide the built-in data' });
    expect(screen.getByRole('radio', { name: 'Ofsted’s data' })).toBeChecked();
    await user.click(hide);
    await waitFor(() => expect(heldList()[0]?.[0]).toMatch(/Hidden$/));
    expect(screen.getByRole('radio', { name: 'Your data only' })).toBeChecked();
    expect(screen.getByText(/You have not imported any data yet/)).toBeInTheDocument();
    const settings = await store.settings();
    expect(settings.ok && settings.value.defaultHidden).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Show the built-in data' }));
    await waitFor(() => expect(heldList()[0]?.[0]).not.toMatch(/Hidden$/));
    expect(screen.getByRole('radio', { name: 'Ofsted’s data' })).toBeChecked();
  });

  it('counts its inspections in the held list', async () => {
    await openYourData();
    await waitFor(() => expect(Number(heldList()[0]?.[1])).toBeGreaterThan(271));
  });
});
