// The title of the figure a part sits in, so a chart inside it can name itself after the figure.
import { createContext } from 'react';

export const FigureTitleContext = createContext<string | undefined>(undefined);
