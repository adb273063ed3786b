// The rendered width of an element, so charts can give long axis labels less room on narrow screens (400% zoom).
import { useCallback, useState } from 'react';

export function useElementWidth<Element extends HTMLElement>(): readonly [(element: Element | null) => void, number | undefined] {
  const [width, setWidth] = useState<number | undefined>(undefined);
  const ref = useCallback((element: Element | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((observed) => {
      const measured = observed[0]?.contentRect.width;
      if (measured !== undefined && measured > 0) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
