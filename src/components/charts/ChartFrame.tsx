// What holds a drawn chart: one tab stop with a name and a description of what it draws, since the drawing itself says nothing to a screen reader.
import { use, useEffect, useId, useRef, type CSSProperties, type ReactNode } from 'react';
import { FigureTitleContext } from '../figureTitle';

export interface ChartFrameProps {
  /** The chart's own name, where a figure holds several; otherwise the figure's title names it. */
  readonly title?: string | undefined;
  /** What kind of chart, and how much: "3 bars". */
  readonly shape: string;
  /** What the chart draws, in words, bar by bar: read after the name. */
  readonly description: string;
  readonly className?: string;
  readonly style?: CSSProperties;
  readonly children: ReactNode;
}

/**
 * The drawing is an image to assistive technology (role="img"): recharts' own keyboard layer is turned off by each
 * chart (it added a tab stop per layer, unnamed), and the numbers are in the figure's Table tab, which the description points to.
 */
export function ChartFrame({ title, shape, description, className, style, children }: ChartFrameProps) {
  const descriptionId = useId();
  const figureTitle = use(FigureTitleContext);
  const name = title ?? figureTitle;
  const label = `Chart${name ? `: ${name}` : ''} (${shape})`;
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    // Chromium puts SVG groups that listen for focus into the Tab order even without a tabindex (recharts' layers do):
    // an explicit tabindex="-1" takes them out, here and in whatever recharts draws later.
    const quieten = () => {
      for (const part of element.querySelectorAll('svg, svg *'))
        if (!part.hasAttribute('tabindex')) part.setAttribute('tabindex', '-1');
    };
    quieten();
    const observer = new MutationObserver(quieten);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={frame}
      className={`app-chart-frame${className ? ` ${className}` : ''}`}
      style={style}
      tabIndex={0}
      role="img"
      aria-label={label}
      aria-describedby={descriptionId}
    >
      <span id={descriptionId} className="govuk-visually-hidden">
        {description} The numbers are also in the Table tab.
      </span>
      {children}
    </div>
  );
}
