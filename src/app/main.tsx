// Browser entry point.
import './firstScreen';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultDatasetQuery } from '../data/useDefaultDataset';
import { userDataQuery } from '../data/useUserData';
import { App } from './App';
import { AppProviders, makeQueryClient } from './AppProviders';
import './govuk.scss';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The default data (already on its way: see firstScreen.ts) is read into the query cache, and the user's store
// (IndexedDB) is opened and read, before React first renders rather than after its first commit: the first view
// waits for both, so neither should start late.
const client = makeQueryClient();
void client.prefetchQuery(defaultDatasetQuery());
void client.prefetchQuery(userDataQuery());

createRoot(root).render(
  <StrictMode>
    <AppProviders client={client}>
      <App />
    </AppProviders>
  </StrictMode>,
);
