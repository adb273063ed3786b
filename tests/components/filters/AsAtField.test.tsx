// @vitest-environment jsdom
// The "as at" date as GOV.UK's day, month and year boxes: a whole real date changes the view, a wrong one says what is wrong, a quick pick refills the boxes.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AsAtField } from '../../../src/components/filters/AsAtField';
import { formatIso, type PartialDate } from '../../../src/domain';

function Harness({ changes }: { changes: string[] }) {
  const [value, setValue] = useState<PartialDate>({ precision: 'day', year: 2025, month: 3, day: 31 });
  return (
    <AsAtField
      value={value}
      marchYears={[2024, 2025]}
      onChange={(date) => {
        changes.push(formatIso(date));
        setValue(date);
      }}
    />
  );
}

const boxes = () => {
  const group = screen.getByRole('group', { name: 'As at' });
  return {
    day: within(group).getByLabelText('Day'),
    month: within(group).getByLabelText('Month'),
    year: within(group).getByLabelText('Year'),
  };
};

describe('AsAtField', () => {
  it('shows the date day first, in three boxes', () => {
    render(<Harness changes={[]} />);
    const { day, month, year } = boxes();
    expect([day, month, year].map((box) => (box as HTMLInputElement).value)).toEqual(['31', '3', '2025']);
  });

  it('changes the date once the boxes make a real one, and says what is wrong with one that is not', async () => {
    const user = userEvent.setup();
    const changes: string[] = [];
    render(<Harness changes={changes} />);
    const { day, month } = boxes();
    await user.clear(day);
    await user.type(day, '30');
    await user.clear(month);
    await user.type(month, '6');
    await user.tab();
    expect(changes.at(-1)).toBe('2025-06-30');
    await user.clear(day);
    const before = changes.length;
    await user.type(day, '31{Enter}');
    expect(screen.getByText(/Day must be a real day of that month, from 1 to 30/)).toBeInTheDocument();
    expect(changes.length).toBe(before);
  });

  it('fills the boxes from a quick pick', async () => {
    const user = userEvent.setup();
    render(<Harness changes={[]} />);
    await user.click(screen.getByRole('button', { name: '31 March 2024' }));
    expect((boxes().year as HTMLInputElement).value).toBe('2024');
  });
});
