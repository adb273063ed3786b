// While a file is being saved, leaving or reloading the page asks first: the save is all or nothing, so leaving
// mid-way keeps none of the file, and the page could not otherwise say so.
import { useEffect } from 'react';

export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    // The browser shows its own question; pages can no longer choose its words.
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}
