// Each view's code, fetched once and held with its outcome: the page's entry starts the first, the shell shows it.
import type { ComponentType } from 'react';
import type { ViewId, ViewProps } from '../components/viewProps';
import { viewById } from './views';

export type ViewModule =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly View: ComponentType<ViewProps> }
  | { readonly status: 'failed'; readonly message: string };

export interface ViewLoad {
  /** Where loading has got to; replaced (never changed in place) when it settles. */
  state: ViewModule;
  readonly settled: Promise<void>;
}

const loads = new Map<ViewId, ViewLoad>();

/**
 * Starts loading a view's code (once) and returns where it has got to. firstScreen.ts calls this for the view in the
 * address before the rest of the app has even run, so the view's chunks load beside the data rather than after it.
 */
export function loadView(id: ViewId): ViewLoad {
  const held = loads.get(id);
  if (held) return held;
  const load: ViewLoad = {
    state: { status: 'loading' },
    settled: viewById(id)
      .load()
      .then(
        (module) => {
          load.state = { status: 'ready', View: module.default };
        },
        (error: unknown) => {
          load.state = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
        },
      ),
  };
  loads.set(id, load);
  return load;
}
