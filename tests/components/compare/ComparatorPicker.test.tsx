// @vitest-environment jsdom
// The comparator picker's search and skip link: what the list hides is said, the count is read out, the list can be passed.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ComparatorPicker } from '../../../src/features/compare/ComparatorPicker';
import { records } from '../../unit/features/compare/fixtures';

function Picker({ initial }: { initial: readonly string[] }) {
  const [chosen, setChosen] = useState(initial);
  return (
    <ComparatorPicker
      dataset={records}
      authorityKey="E08000030"
      authorityName="Walsall"
      region="West Midlands"
      chosen={chosen}
      notices={[]}
      onChange={setChosen}
    />
  );
}

const listed = () =>
  within(screen.getByRole('group', { name: 'Authorities to compare with Walsall' }))
    .getAllByRole('checkbox')
    .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);

describe('ComparatorPicker search', () => {
  it('narrows the list, says how many chosen authorities the search hides, and reads the count out once typing pauses', async () => {
    const user = userEvent.setup();
    // Dudley (West Midlands) and Barnet (London) are chosen.
    render(<Picker initial={['E08000027', 'E09000003']} />);
    const others = records.authorities.size - 1;
    expect(screen.getByRole('status')).toHaveTextContent(`${others} authorities to choose from.`);

    await user.type(screen.getByRole('searchbox', { name: 'Search authorities' }), 'sut');
    expect(listed()).toEqual(['Sutton']);
    const message =
      '1 authority matches “sut”. 2 chosen authorities are not in the list while it is searched; all are under Chosen comparators.';
    expect(screen.getByText(message)).toBeVisible();
    // The search box is described by the count, so it is heard on returning to the box.
    expect(screen.getByRole('searchbox', { name: 'Search authorities' })).toHaveAccessibleDescription(
      expect.stringContaining('2 chosen authorities are not in the list'),
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(message), { timeout: 3000 });

    // Both chosen authorities are still listed, with their Remove buttons.
    const chosen = screen.getByRole('heading', { name: 'Chosen comparators (2)' }).nextElementSibling as HTMLElement;
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['Dudley', 'Barnet']);

    await user.clear(screen.getByRole('searchbox', { name: 'Search authorities' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search authorities' }), 'west mid');
    // Dudley matches; only Barnet is hidden now.
    expect(listed()).toEqual(['Dudley', 'Sandwell', 'Telford & Wrekin']);
    expect(
      screen.getByText(
        '3 authorities match “west mid”. 1 chosen authority is not in the list while it is searched; all are under Chosen comparators.',
      ),
    ).toBeVisible();
  });

  it('has a link that skips the list of checkboxes, moving focus to the chosen comparators', async () => {
    const user = userEvent.setup();
    render(<Picker initial={['E08000027']} />);
    const search = screen.getByRole('searchbox', { name: 'Search authorities' });
    search.focus();
    await user.tab();
    const skip = screen.getByRole('link', { name: `Skip the list of ${records.authorities.size - 1} authorities` });
    expect(skip).toHaveFocus();
    const before = window.location.href;
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Chosen comparators (1)' })).toHaveFocus();
    expect(window.location.href).toBe(before);
    // The next stop is the chosen authority's Remove button, not a checkbox.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Remove Dudley' })).toHaveFocus();
  });
});
