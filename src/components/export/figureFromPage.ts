// Gathers a figure from the page — its title, the tab on show, notes and source — into one standalone SVG.
import { composeFigureSvg, type ComposedSvg } from './composeFigure';
import { elementToSvg } from './domToSvg';
import { canvasMeasure } from './rasterise';
import { cellText } from './readTable';

const text = (element: Element | null) => (element ? cellText(element) : '');

/** What the reader sees: the Chart tab's drawing, or the table when the Table tab is open. */
export function figureSvg(figure: HTMLElement, subtitle: string | undefined): ComposedSvg {
  const panel = figure.querySelector<HTMLElement>(':scope > .app-tabs > [role="tabpanel"]:not([hidden])');
  const caption = figure.querySelector(':scope > figcaption');
  // The caption carries GOV.UK's font stack; the <figure> itself only inherits the browser's default (a serif).
  const fontFamily = getComputedStyle(caption ?? figure).fontFamily;
  return composeFigureSvg({
    title: text(caption),
    ...(subtitle ? { subtitle } : {}),
    body: panel ? elementToSvg(panel) : { markup: '', width: 0, height: 0 },
    footnotes: [...figure.querySelectorAll(':scope > .app-figure__footnotes > li')].map(text),
    source: text(figure.querySelector(':scope > .app-figure__source')).replace(/^Source:\s*/, ''),
    width: figure.getBoundingClientRect().width,
    fontFamily,
    measure: canvasMeasure(fontFamily),
  });
}
