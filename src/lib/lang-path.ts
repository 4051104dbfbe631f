import type { Lang } from '@/lib/i18n/format';

/**
 * Addresses with the language first (`/en/people`, `/zh/people/ada-lin`): the build writes a page of its
 * own at each, in that language, so a shared link opens, and unfurls, in the language it was shared in.
 * Addresses without it (`/people?lang=zh`) keep working: the `lang` parameter, the stored choice or the
 * browser decides there.
 */
const PATH_LANGS: readonly Lang[] = ['en', 'zh'];

/** The language a path names right after the base: `/en/people` → `en`; `/people` → undefined. */
export function langOfPath(pathname: string, base: string): Lang | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const first = pathname.slice(base.length).split('/')[0];
  return PATH_LANGS.find((lang) => lang === first);
}

/**
 * The same address in `lang`: `/en/people?role=speaker#chart` → `/zh/people?role=speaker#chart`; an
 * address without a language gets one. A `lang` parameter is dropped: the path says it now.
 */
export function addressInLang(address: { pathname: string; search: string; hash: string }, base: string, lang: Lang): string {
  const current = langOfPath(address.pathname, base);
  const rest = address.pathname.slice(base.length + (current ? current.length : 0)).replace(/^\//, '');
  const params = new URLSearchParams(address.search);
  params.delete('lang');
  const search = params.toString();
  return `${base}${lang}/${rest}${search ? `?${search}` : ''}${address.hash}`;
}

/**
 * Whether the page in the document was prerendered for this address (`page`: the path below the base it
 * was rendered for, from `<div id="root" data-page>`): the same path, trailing slash aside, and no query
 * (a prerendered page shows the page's default view; filters in the query render in the browser).
 */
export function isPrerenderedFor(page: string | undefined, address: { pathname: string; search: string }, base: string): boolean {
  if (page === undefined || address.search !== '' || !address.pathname.startsWith(base)) return false;
  const trim = (path: string) => path.replace(/\/+$/, '');
  return trim(address.pathname.slice(base.length)) === trim(page);
}
