/** `/stars?repo=owner/name,other/name&from=2022&to=2023&view=table` */
export type StarsSearch = { repos: string[]; from: number | undefined; to: number | undefined; view: 'chart' | 'table' };

export function parseStarsSearch(params: URLSearchParams, known: readonly string[], defaults: readonly string[], years: readonly number[]): StarsSearch {
  const asked = params.getAll('repo').flatMap((v) => v.split(',')).map((v) => v.trim());
  const repos = known.filter((r) => asked.includes(r));
  const year = (key: string) => {
    const raw = params.get(key);
    const n = raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
    return years.includes(n) ? n : undefined;
  };
  let from = year('from');
  let to = year('to');
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return { repos: repos.length ? repos : [...defaults], from, to, view: params.get('view') === 'table' ? 'table' : 'chart' };
}

export function serializeStarsSearch(s: StarsSearch, defaults: readonly string[], base?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  const lang = base?.get('lang');
  if (lang) out.set('lang', lang);
  const isDefault = s.repos.length === defaults.length && s.repos.every((r) => defaults.includes(r));
  if (!isDefault) out.set('repo', s.repos.join(','));
  if (s.from !== undefined) out.set('from', String(s.from));
  if (s.to !== undefined) out.set('to', String(s.to));
  if (s.view === 'table') out.set('view', 'table');
  return out;
}
