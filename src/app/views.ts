// The dashboard's views: one entry each, loaded when first opened so the first screen stays small.
import type { ComponentType } from 'react';
import type { ViewId, ViewProps } from '../components/viewProps';

export interface ViewDefinition {
  readonly id: ViewId;
  /** The navigation label and the page heading. */
  readonly label: string;
  /** The view's own chunk (and the chunks it needs); see viewModules.ts for how it is loaded once and shown. */
  readonly load: () => Promise<{ readonly default: ComponentType<ViewProps> }>;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'authority', label: 'An authority over time', load: () => import('../features/authority/AuthorityView') },
  { id: 'england', label: 'England at a date', load: () => import('../features/england/EnglandView') },
  { id: 'compare', label: 'Compare', load: () => import('../features/compare/CompareView') },
  { id: 'matrix', label: 'Judgement matrix', load: () => import('../features/matrix/MatrixView') },
  { id: 'providers', label: 'Providers', load: () => import('../features/providers/ProvidersView') },
  { id: 'card', label: 'Summary card', load: () => import('../features/card/CardView') },
  { id: 'data', label: 'Your data', load: () => import('../features/upload/UploadView') },
];

export function viewById(id: ViewId): ViewDefinition {
  return VIEWS.find((view) => view.id === id) ?? VIEWS[0]!;
}
