// Below-the-fold content of a view, rendered in a second, interruptible pass after the view's first commit.
import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * A view's first render draws its filters and first figure; what sits below them waits for the next pass, which React
 * renders as a transition: in small slices between the browser's own work, so the page paints and answers input while
 * it is built. Once shown it stays shown: later changes to the view update it in place.
 */
export function AfterFirstPaint({ children }: { readonly children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    startTransition(() => setShown(true));
  }, []);
  return shown ? children : null;
}
