import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute, serveData } from '../../render-route';

afterEach(() => vi.unstubAllGlobals());

describe('/about', () => {
  it('explains how to ask to be listed by ID only, or not at all, and what each does', async () => {
    serveData();
    renderRoute('/about?lang=en');
    const section = await screen.findByRole('region', { name: /Listed by ID only, or not at all/ }, { timeout: 4000 });
    expect(within(section).getByText(/Anyone a post names can ask/)).toBeInTheDocument();
    expect(within(section).getByText('By ID only')).toBeInTheDocument();
    expect(within(section).getByText(/no name, Chinese name, portrait, certificate link/)).toBeInTheDocument();
    expect(within(section).getByText('Not at all')).toBeInTheDocument();
    expect(within(section).getByText(/Counts still include you/)).toBeInTheDocument();
  });
});
