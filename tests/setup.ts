// Shared test setup: DOM matchers, cleanup, and the browser APIs jsdom lacks that recharts measures with.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Without vitest globals, Testing Library cannot register its own cleanup: unmount after every test.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  // jsdom lays nothing out: report a fixed size so charts render as they would on a desktop screen.
  class ResizeObserverStub {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const contentRect = {
        width: 640,
        height: 320,
        top: 0,
        left: 0,
        right: 640,
        bottom: 320,
        x: 0,
        y: 0,
      } as DOMRectReadOnly;
      this.callback([{ target, contentRect } as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}
