import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/app';
import { loadCatalogue } from '@/lib/i18n/catalogues';
import { PeopleGrid } from '@/features/people/components/people-grid';
import { person } from '../../../fixtures/people';

await loadCatalogue('en');

const crowd = Array.from({ length: 80 }, (_, i) => person({ id: `p-${i}`, name: `Person ${i}` }));
const positions = Int32Array.from(crowd, (_, i) => i);
const client = new QueryClient();

function Grid() {
  return (
    <MemoryRouter initialEntries={['/people?lang=en']}>
      <AppProviders client={client}>
        <PeopleGrid people={positions} summary={(i) => crowd[i]} typing={false} label="People" />
      </AppProviders>
    </MemoryRouter>
  );
}

afterEach(() => sessionStorage.clear());

describe('the people grid', () => {
  // Back from a person left 60 cards shown on this history entry (the first entry's key is "default").
  const saved = () => sessionStorage.setItem('people-list:default?lang=en', JSON.stringify({ count: 60, y: 0 }));

  it('renders its first page the same wherever it runs, whatever this tab saved (a prerendered page hydrates with it)', () => {
    saved();
    expect(renderToString(<Grid />).match(/<article/g)).toHaveLength(48);
  });

  it('shows the cards that were shown when the reader comes back', () => {
    saved();
    render(<Grid />);
    expect(screen.getAllByRole('article')).toHaveLength(60);
  });
});
