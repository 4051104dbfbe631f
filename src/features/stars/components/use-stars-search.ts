import { useSearchParams } from 'react-router-dom';
import { constrainStars, starsSearch, starsUrlValue, type StarsSearch } from '@/features/stars/search-params';

/** The stars page's state from the URL, constrained by the data, and a way to change it (one history entry per choice). */
export function useStarsSearch(known: readonly string[], years: readonly number[]) {
  const [params, setParams] = useSearchParams();
  const search = constrainStars(starsSearch.parse(params), known, years);
  const update = (next: Partial<StarsSearch>) =>
    setParams(starsSearch.serialize(starsUrlValue({ ...search, ...next }, known), params), { preventScrollReset: true });
  return [search, update] as const;
}
