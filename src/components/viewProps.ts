// What every dashboard view receives from the page shell.
import type { Dataset } from '../domain';

export interface ViewProps {
  readonly dataset: Dataset;
}

export type ViewId = 'authority' | 'england' | 'compare' | 'matrix' | 'providers' | 'card' | 'data';

export const VIEW_IDS: readonly ViewId[] = ['authority', 'england', 'compare', 'matrix', 'providers', 'card', 'data'];

/** Walsall: the authority whose 2012 inspection this product starts from. */
export const DEFAULT_AUTHORITY = 'E08000030';

export function viewFrom(params: URLSearchParams): ViewId {
  const view = params.get('view');
  return VIEW_IDS.find((id) => id === view) ?? 'authority';
}
