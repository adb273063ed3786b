// The dashboard's views: one entry each, loaded when first opened so the first screen stays small.
import { lazy, type ComponentType } from 'react';
import type { ViewId, ViewProps } from '../components/viewProps';

export interface ViewDefinition {
  readonly id: ViewId;
  /** The navigation label and the page heading. */
  readonly label: string;
  readonly component: ComponentType<ViewProps>;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'authority', label: 'An authority over time', component: lazy(() => import('../features/authority/AuthorityView')) },
  { id: 'england', label: 'England at a date', component: lazy(() => import('../features/england/EnglandView')) },
  { id: 'compare', label: 'Compare', component: lazy(() => import('../features/compare/CompareView')) },
  { id: 'matrix', label: 'Judgement matrix', component: lazy(() => import('../features/matrix/MatrixView')) },
  { id: 'card', label: 'Summary card', component: lazy(() => import('../features/card/CardView')) },
  { id: 'data', label: 'Your data', component: lazy(() => import('../features/upload/UploadView')) },
];
