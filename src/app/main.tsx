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

// The default data (already on its way: see firstScreen.ts) is read into the query cache, and the user's store
// (IndexedDB) is opened and read, before React first renders rather than after its first commit: the first view
// waits for both, so neither should start late.
const client = makeQueryClient();
void client.prefetchQuery(defaultDatasetQuery());
void client.prefetchQuery(userDataQuery());

function render() {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <AppProviders client={client}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
}

// This module can run before the page has been parsed: the first-screen script (async, so it may run early, on a
// reload from the cache especially) loads the first view, whose chunk imports this bundle.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render, { once: true });
else render();
