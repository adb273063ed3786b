// @vitest-environment jsdom
// A held dataset whose records clash with what was held before it: saved by an earlier version with 'replace' as the
// default, it says so, shows the held records, and lets the user choose again.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUserStoreForTests } from '../../../src/data/useUserData';
import { importText } from '../../../src/import';
import { storedDataset } from '../../helpers/storedDatasets';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, heldList, openYourData, storeHolding } from './uploadHelpers';

afterEach(() => {
  setUserStoreForTests(undefined);
  window.history.replaceState(null, '', '/');
});

function upgraded() {
  const result = importText(
    'walsall-one-judgement.csv',
    readFileSync(join(FIXTURES, 'upload', 'walsall-one-judgement.csv'), 'utf8'),
  );
  if (!result.ok) throw new Error('fixture did not import');
  return storedDataset('earlier', 1, {
    name: 'walsall-one-judgement.csv',
    sourceFile: 'walsall-one-judgement.csv',
    onDuplicate: 'skip',
    upgradedFromReplace: true,
    inspections: result.inspections,
  });
}

describe('a dataset an earlier version saved with “replace” as the default', () => {
  it('says so, shows the held record meanwhile, and lets the user choose again', async () => {
    const store = await storeHolding(upgraded());
    const { user } = await openYourData(store);
    await waitFor(() =>
      expect(heldList().slice(1)).toEqual([
        ['walsall-one-judgement.csv Choose again', '0 (1 already held, not shown)'],
      ]),
    );
    const section = screen.getByRole('region', { name: '“walsall-one-judgement.csv”: inspections already held' });
    expect(section).toHaveTextContent(
      /saved by an earlier version of Scrutiny Lens, in which a file’s record replaced the one already held unless you chose otherwise\. The held records are shown again\./,
    );
    expect(
      within(section).getByRole('region', { name: /^Held record and walsall-one-judgement\.csv’s record: Walsall/ }),
    ).toBeInTheDocument();
    expect(within(section).getByRole('radio', { name: 'Keep the held record (recommended)' })).toBeChecked();

    await user.click(within(section).getByRole('radio', { name: 'Show this file’s record instead' }));
    expect(within(section).getByText(/grades fewer judgement areas than the held one/)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: /^Save this choice/ }));

    await waitFor(() =>
      expect(heldList().slice(1)).toEqual([['walsall-one-judgement.csv', '1 (1 shown instead of held records)']]),
    );
    const listed = await store.list();
    expect(listed.ok && listed.value[0]?.onDuplicate).toBe('replace');
    expect(listed.ok && listed.value[0]).not.toHaveProperty('upgradedFromReplace');
  });
});
