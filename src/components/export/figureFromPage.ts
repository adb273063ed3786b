// Gathers a figure from the page — its title, the tab on show, notes and source — into one standalone SVG.
import { composeFigureSvg, type ComposedSvg } from './composeFigure';
import { elementToSvg } from './domToSvg';
import { canvasMeasure } from './rasterise';
import { cellText } from './readTable';

const text = (element: Element | null) => (element ? cellText(element) : '');

/** What the reader sees: the Chart tab's drawing, or the table when the Table tab is open. */
export function figureSvg(figure: HTMLElement, subtitle: string | undefined): ComposedSvg {
  const own = (part: string) =>
    [...figure.querySelectorAll<HTMLElement>(`[data-figure-part="${part}"]`)].filter(
      (element) => element.closest('figure') === figure,
    );
  // The tab on show: its part is not inside a hidden panel.
  const panel = [...own('chart'), ...own('table')].find((element) => element.closest('[hidden]') === null);
  const caption = own('title')[0] ?? null;
  // The caption carries GOV.UK's font stack; the <figure> itself only inherits the browser's default (a serif).
  const fontFamily = getComputedStyle(caption ?? figure).fontFamily;
  return composeFigureSvg({
    title: text(caption),
    ...(subtitle ? { subtitle } : {}),
    body: panel ? elementToSvg(panel) : { markup: '', width: 0, height: 0 },
    footnotes: own('note').map(text),
    source: text(own('source')[0] ?? null).replace(/^Source:\s*/, ''),
    width: figure.getBoundingClientRect().width,
    fontFamily,
    measure: canvasMeasure(fontFamily),
  });
}
