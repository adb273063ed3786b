// @vitest-environment jsdom
// Below-the-fold content waits for a second pass: absent from the view's first commit, present once React has finished.
import { act, render, screen } from '@testing-library/react';
import { useLayoutEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AfterFirstPaint } from '../../src/components/AfterFirstPaint';

/** Records, as its first commit happens, whether the deferred text is already in the document. */
function View({ seen }: { seen: (present: boolean) => void }) {
  useLayoutEffect(() => {
    seen(document.body.textContent?.includes('Measures') ?? false);
  }, [seen]);
  return (
    <main>
      <h1>Inspections over time</h1>
      <AfterFirstPaint>
        <h2>Measures</h2>
      </AfterFirstPaint>
    </main>
  );
}

describe('AfterFirstPaint', () => {
  it('leaves its children out of the first commit and draws them in the next pass', async () => {
    const commits: boolean[] = [];
    // render() returns after React has done all its work, the second pass included; the view's layout effect saw the first.
    render(<View seen={(present) => commits.push(present)} />);
    expect(commits).toEqual([false]);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Measures');
  });

  it('keeps its children, with their state, when the view around it re-renders', async () => {
    function Counter() {
      const [count, setCount] = useState(0);
      return (
        <button type="button" onClick={() => setCount(count + 1)}>
          Pressed {count}
        </button>
      );
    }
    const { rerender } = render(
      <AfterFirstPaint>
        <Counter />
      </AfterFirstPaint>,
    );
    await act(async () => screen.getByRole('button').click());
    rerender(
      <AfterFirstPaint>
        <Counter />
      </AfterFirstPaint>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('Pressed 1');
  });
});
