// The page shell: header, navigation between views, the current view, and the data licence on every page.
import { useEffect, useRef } from 'react';
import { AppLink } from '../components/url/AppLink';
import { useUrlParams } from '../components/url/useUrlParams';
import { viewFrom } from '../components/viewProps';
import { OGL_ATTRIBUTION } from '../domain';
import { useDataset } from '../data/useDataset';
import { DataSourceSwitch } from './DataSourceSwitch';
import { useViewModule } from './useViewModule';
import { viewById, VIEWS } from './views';

/**
 * Moving to another view moves focus to its heading, so a keyboard or screen reader user starts at the new view, as after
 * a page load; the first load and filter changes within a view leave focus where it is.
 */
function useFocusOnViewChange(viewId: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(viewId);
  useEffect(() => {
    if (shown.current === viewId) return;
    shown.current = viewId;
    heading.current?.focus();
  }, [viewId]);
  return heading;
}

export function App() {
  const data = useDataset();
  const [params] = useUrlParams();
  const current = viewById(viewFrom(params));
  const code = useViewModule(current.id);
  useEffect(() => {
    document.title = `${current.label} – Scrutiny Lens`;
  }, [current.label]);
  const heading = useFocusOnViewChange(current.id);
  return (
    <>
      <a href="#main" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="govuk-width-container">
          <p className="app-header__name">Scrutiny Lens</p>
          <p className="app-header__tagline">
            Ofsted inspections of children’s services, explored in your browser. Nothing you load leaves it.
          </p>
        </div>
      </header>
      <section className="govuk-service-navigation" aria-label="Views">
        <div className="govuk-width-container">
          <nav aria-label="Views" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              {VIEWS.map((view) => {
                const active = view.id === current.id;
                return (
                  <li
                    key={view.id}
                    className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                  >
                    <AppLink
                      className="govuk-service-navigation__link"
                      to={{ view: view.id }}
                      aria-current={active ? 'page' : undefined}
                    >
                      {active ? (
                        <strong className="govuk-service-navigation__active-fallback">{view.label}</strong>
                      ) : (
                        view.label
                      )}
                    </AppLink>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </section>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main" tabIndex={-1}>
          <h1 className="govuk-heading-l app-view-heading" tabIndex={-1} ref={heading}>
            {current.label}
          </h1>
          {data.status === 'loading' ? (
            <p className="govuk-body" role="status">
              Loading the inspection data…
            </p>
          ) : data.status === 'error' ? (
            <div className="govuk-error-summary" role="alert">
              <h2 className="govuk-error-summary__title">The inspection data could not be loaded</h2>
              <p className="govuk-body">{data.message}. Reload the page to try again.</p>
            </div>
          ) : (
            <>
              <DataSourceSwitch defaultHidden={data.defaultHidden} userFiles={data.userFiles} />
              {data.updating ? (
                <p className="govuk-body" role="status">
                  Bringing the change to your data into every view… The figures below are from before it until this
                  message goes.
                </p>
              ) : null}
              {code.status === 'ready' ? (
                <code.View dataset={data.dataset} />
              ) : code.status === 'failed' ? (
                <div className="govuk-error-summary" role="alert">
                  <h2 className="govuk-error-summary__title">This view could not be opened</h2>
                  <p className="govuk-body">{code.message}. Reload the page to try again.</p>
                </div>
              ) : (
                <p className="govuk-body">Opening the view…</p>
              )}
            </>
          )}
        </main>
      </div>
      <footer className="app-footer">
        <div className="govuk-width-container">
          {/* Only what every view shows: each figure's own source line names the files its records came from (Walsall's minutes among them only where they are used). */}
          <p className="govuk-body-s">{OGL_ATTRIBUTION}</p>
          <p className="govuk-body-s">
            Each figure’s source line names the publications and files its figures come from.
          </p>
        </div>
      </footer>
    </>
  );
}
