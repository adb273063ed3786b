// The page shell: header, the current view, and the data licence on every page.
import { OverviewPage } from '../features/overview/OverviewPage';
import { useDefaultDataset } from './dataset/useDefaultDataset';

import { OGL_ATTRIBUTION } from '../domain';

export function App() {
  const query = useDefaultDataset();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="width-container">
          <p className="site-header__name">Scrutiny Lens</p>
          <p className="site-header__tagline">Ofsted inspections of children’s services, explored in your browser. Nothing you load leaves it.</p>
        </div>
      </header>
      <main id="main" className="width-container" tabIndex={-1}>
        {query.isPending ? (
          <p role="status">Loading the inspection data…</p>
        ) : query.isError ? (
          <div role="alert" className="error-summary">
            <h2>The inspection data could not be loaded</h2>
            <p>{query.error.message}. Reload the page to try again.</p>
          </div>
        ) : (
          <OverviewPage loaded={query.data} />
        )}
      </main>
      <footer className="site-footer">
        <div className="width-container">
          <p>{OGL_ATTRIBUTION}</p>
          <p>Walsall’s 2008 and 2012 figures come from the minutes of its Children’s and Young People Scrutiny and Performance Panel, 21 August 2012.</p>
        </div>
      </footer>
    </>
  );
}
