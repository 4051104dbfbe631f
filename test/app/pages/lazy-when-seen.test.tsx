import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyAtFirstInput, lazyWhenSeen } from '@/app/pages/lazy-when-seen';

/** A page as the build prerendered it for this address, with a part below the fold. */
function prerendered(page: string | undefined) {
  const root = document.createElement('div');
  root.id = 'root';
  if (page !== undefined) root.dataset.page = page;
  root.innerHTML = '<section id="below"><p>As prerendered</p></section>';
  document.body.append(root);
}

function Part() {
  return <p>Interactive</p>;
}

/** Renders the part through lazyWhenSeen (or another of its kind); returns its loader, to see when it was called. */
function renderLazyPart(kind = lazyWhenSeen) {
  const load = vi.fn(() => Promise.resolve(Part));
  const Lazy = kind('below', load);
  render(
    <Suspense fallback={<p>Waiting</p>}>
      <Lazy />
    </Suspense>,
  );
  return load;
}

/** A viewport in which every observed element is in view at once. */
class EverythingInView {
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
  observe() {
    queueMicrotask(() => this.callback([{ isIntersecting: true }]));
  }
  disconnect() {}
}

describe('lazyWhenSeen', () => {
  afterEach(() => {
    document.getElementById('root')?.remove();
    vi.unstubAllGlobals();
  });

  it('loads a prerendered part’s code when it comes into view', async () => {
    vi.stubGlobal('IntersectionObserver', EverythingInView);
    prerendered(window.location.pathname);
    const load = renderLazyPart();
    expect(await screen.findByText('Interactive')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads a part in view from the start only at the first input, when it is lazyAtFirstInput', async () => {
    vi.stubGlobal('IntersectionObserver', EverythingInView);
    prerendered(window.location.pathname);
    const load = renderLazyPart(lazyAtFirstInput);
    await new Promise((done) => setTimeout(done, 50));
    expect(load).not.toHaveBeenCalled();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Tab' }));
    expect(await screen.findByText('Interactive')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads a prerendered part’s code only at the reader’s first input (or when it comes into view)', async () => {
    prerendered(window.location.pathname);
    const load = renderLazyPart();
    await new Promise((done) => setTimeout(done, 50));
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByText('Interactive')).not.toBeInTheDocument();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(await screen.findByText('Interactive')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads a part waiting for input when the reader moves in the history, which may bring no input to the page', async () => {
    prerendered(window.location.pathname);
    const load = renderLazyPart(lazyAtFirstInput);
    await new Promise((done) => setTimeout(done, 50));
    expect(load).not.toHaveBeenCalled();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await screen.findByText('Interactive')).toBeInTheDocument();
  });

  it('loads at once where the page was not prerendered for this address', async () => {
    prerendered('/some/other/page');
    const load = renderLazyPart();
    expect(await screen.findByText('Interactive')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
