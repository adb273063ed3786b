// Page state in the address bar: a copied link shows the same view, and Back and Forward work.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { applyUpdate, type ParamUpdate } from './urlParams';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const getSearch = () => window.location.search;

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (for corrections that Back should skip). */
  readonly replace?: boolean;
}

/** Changes the query string and tells every subscriber; pushState fires no event of its own. */
export function navigate(update: ParamUpdate, options: NavigateOptions = {}): void {
  const search = applyUpdate(window.location.search, update);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  for (const listener of listeners) listener();
}

export function useUrlParams(): readonly [URLSearchParams, typeof navigate] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const go = useCallback(navigate, []);
  return [params, go] as const;
}
