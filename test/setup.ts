import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';

const browserLike = 'window' in globalThis;

// findBy* waits up to 5 s: on a busy 2-core machine (two test runs at once) the first render of a lazily
// loaded page can take longer than the default second, and a wait that passes sooner costs nothing.
configure({ asyncUtilTimeout: 5000 });
import { afterEach, beforeEach, vi } from 'vitest';

// Any console.error fails the test that caused it.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
  if (browserLike) window.localStorage.clear();
});
afterEach(() => {
  if (browserLike) cleanup();
  if (errors.length > 0) {
    const first = errors.map((args) => args.map(String).join(' ')).join('\n');
    errors = [];
    throw new Error(`console.error was called:\n${first}`);
  }
});

if (browserLike) installBrowserStubs();

function installBrowserStubs() {
  // jsdom lacks these browser APIs that the app and recharts use.
  {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  // Replaceable (vi.stubGlobal), for a test that needs boxes with a size.
  if (!('ResizeObserver' in window))
    Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverStub, writable: true, configurable: true });
  Element.prototype.scrollIntoView = function scrollIntoView() {};

  class IntersectionObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  // Replaceable too (vi.stubGlobal), for a test where the reader scrolls something into view.
  if (!('IntersectionObserver' in window))
    Object.defineProperty(window, 'IntersectionObserver', { value: IntersectionObserverStub, writable: true, configurable: true });
}
