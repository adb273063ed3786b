// What every dashboard view receives from the page shell.
import { DEFAULT_AUTHORITY_CODE, type Dataset } from '../domain';

export interface ViewProps {
  readonly dataset: Dataset;
}

export type ViewId = 'authority' | 'england' | 'compare' | 'matrix' | 'providers' | 'card' | 'data';

export const VIEW_IDS: readonly ViewId[] = ['authority', 'england', 'compare', 'matrix', 'providers', 'card', 'data'];

/** The manifest's default authority (Walsall, whose 2012 inspection this product starts from). */
export const DEFAULT_AUTHORITY = DEFAULT_AUTHORITY_CODE;

export function viewFrom(params: URLSearchParams): ViewId {
  const view = params.get('view');
  return VIEW_IDS.find((id) => id === view) ?? 'authority';
}
