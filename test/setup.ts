import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';

const browserLike = 'window' in globalThis;
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
      value: (query: string) => ({ matches: false, media: query, onchange: null, addEventListener: () => {}, removeEventListener: () => {}, addListener: () => {}, removeListener: () => {}, dispatchEvent: () => false }),
    });
  }
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  if (!('ResizeObserver' in window)) Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverStub });
  Element.prototype.scrollIntoView = function scrollIntoView() {};

  class IntersectionObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  if (!('IntersectionObserver' in window)) Object.defineProperty(window, 'IntersectionObserver', { value: IntersectionObserverStub });

}
