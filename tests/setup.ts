// Shared test setup: DOM matchers, cleanup, and the browser APIs jsdom lacks that recharts measures with.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// React's warning about list keys only prints: a list whose keys clash can show one item in another's place, so here
// it fails the test that rendered it. React warns once per component in a file's run, so it is the first such test in
// the file that fails; a test that replaces console.error itself does not see this check.
const KEY_WARNING = /Encountered two children with the same key|Each child in a list should have a unique "key"/;
const keyWarnings: string[] = [];
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (KEY_WARNING.test(text)) keyWarnings.push(text);
  consoleError(...args);
};

// Without vitest globals, Testing Library cannot register its own cleanup: unmount after every test.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
  const warnings = keyWarnings.splice(0);
  if (warnings.length > 0) throw new Error(`React warned about list keys:\n${warnings.join('\n')}`);
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
