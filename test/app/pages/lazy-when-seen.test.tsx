import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyWhenSeen } from '@/app/pages/lazy-when-seen';

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

/** Renders the part through lazyWhenSeen; returns its loader, to see when it was called. */
function renderLazyPart() {
  const load = vi.fn(() => Promise.resolve(Part));
  const Lazy = lazyWhenSeen('below', load);
  render(
    <Suspense fallback={<p>Waiting</p>}>
      <Lazy />
    </Suspense>,
  );
  return load;
}

describe('lazyWhenSeen', () => {
  afterEach(() => {
    document.getElementById('root')?.remove();
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

  it('loads at once where the page was not prerendered for this address', async () => {
    prerendered('/some/other/page');
    const load = renderLazyPart();
    expect(await screen.findByText('Interactive')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
