// A view's code as React state, for the page shell.
import { useCallback, useSyncExternalStore } from 'react';
import type { ViewId } from '../components/viewProps';
import { loadView, type ViewModule } from './viewModules';

/**
 * State rather than React.lazy and Suspense: a lazy view suspends on its first render even when its chunk is already
 * here, and React then holds the finished view back for up to 300 ms after the fallback showed.
 */
export function useViewModule(id: ViewId): ViewModule {
  const load = loadView(id);
  const subscribe = useCallback(
    (onChange: () => void) => {
      let current = true;
      void load.settled.then(() => {
        if (current) onChange();
      });
      return () => {
        current = false;
      };
    },
    [load],
  );
  return useSyncExternalStore(subscribe, () => load.state);
}
