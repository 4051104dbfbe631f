import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/app';
import { loadCatalogue } from '@/lib/i18n/catalogues';
import { PeopleExplorer } from '@/features/people/components/people-explorer';
import { listFromDataset, type PeopleList } from '@/features/people/lib/people-list';
import { peopleSearch } from '@/features/people/search-params';
import { usePeopleResults } from '@/features/people/use-people-results';
import { peopleDataset, person } from '../../../fixtures/people';

await loadCatalogue('en');

const crowd = Array.from({ length: 30 }, (_, i) => person({ id: `p-${i}`, name: `Person ${i}` }));
const whole = await listFromDataset(peopleDataset({ people: crowd }));
const search = peopleSearch.parse(new URLSearchParams());

function Explorer({ list }: { list: PeopleList }) {
  const results = usePeopleResults(list.index, search);
  return (
    <PeopleExplorer
      list={list}
      results={results}
      search={search}
      update={() => undefined}
      onType={() => undefined}
      onTypeDone={() => undefined}
      typing={false}
    />
  );
}

function renderExplorer(list: PeopleList) {
  render(
    <MemoryRouter initialEntries={['/people?lang=en']}>
      <AppProviders client={new QueryClient()}>
        <Explorer list={list} />
      </AppProviders>
    </MemoryRouter>,
  );
}

describe('the people list while a large file arrives', () => {
  it('says it shows the first people read so far, and keeps the CSV for when everyone is there', () => {
    renderExplorer({ ...whole, complete: false });
    expect(screen.getByRole('status')).toHaveTextContent('30 of the first 30 people read so far; loading the rest…');
    expect(screen.getByRole('button', { name: /^Download CSV/ })).toBeDisabled();
    expect(screen.getAllByRole('article')).toHaveLength(30);
  });

  it('says how many people there are, and offers the CSV, once everyone is there', () => {
    renderExplorer(whole);
    expect(screen.getByRole('status')).toHaveTextContent('30 of 30 people');
    expect(screen.getByRole('button', { name: /^Download CSV/ })).toBeEnabled();
  });
});
