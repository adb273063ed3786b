// Renders a component inside the same providers the app uses.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AppProviders, makeQueryClient } from '../../src/app/AppProviders';

export function renderWithProviders(ui: ReactElement) {
  const client = makeQueryClient();
  return { client, ...render(<AppProviders client={client}>{ui}</AppProviders>) };
}
