import { useSearchParams } from 'react-router-dom';
import { peopleSearch, type PeopleSearch } from '@/features/people/search-params';

/**
 * /people's state from the URL, and how to change it: a discrete choice pushes a history entry,
 * typing replaces it (`replace`). The scroll position stays where it is.
 */
export function usePeopleSearch() {
  const [params, setParams] = useSearchParams();
  const search = peopleSearch.parse(params);
  const update = (next: Partial<PeopleSearch>, replace = false) =>
    setParams(peopleSearch.serialize({ ...search, ...next }, params), { replace, preventScrollReset: true });
  return { search, params, update };
}
