// What a view tells every figure in it about exports: the current filters in words, for the image's subtitle.
import { createContext } from 'react';

export interface FigureExportSettings {
  /** "Walsall · all inspection types · 2008 to 2021": read from the view's address, so the image says what was chosen. */
  readonly subtitle?: string;
}

export const FigureExportContext = createContext<FigureExportSettings>({});
