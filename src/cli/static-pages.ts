/**
 * A page of its own for every route, every year of the overview and every person, in each language, at a path with the language
 * first (`en/people/`, `zh/people/ada-lin`): the built index.html with the page's language, title,
 * description, canonical and alternate-language links, the Open Graph and Twitter tags that make a
 * shared link unfurl with its own card, and the page's content, prerendered (src/app/server.tsx).
 * Loaded through tsx by the data plugin (it imports the app's catalogues with the `@/` alias).
 */
import type { MessageKey } from '@/lib/i18n/en';
import type { Lang } from '@/lib/i18n/format';
import { escapeMarkup, translator } from './lib/messages.ts';
import { cardContents, rolesByYear, type CardContent, type CardInput, CARD } from './share-cards.ts';

export const PAGE_LANGS: readonly Lang[] = ['en', 'zh'];
const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };
const OG_LOCALE: Record<Lang, string> = { en: 'en_US', zh: 'zh_CN' };

export type StaticPage = {
  lang: Lang;
  /** The app's path, without the language: `/`, `/people`, `/people/ada-lin`. */
  route: string;
  /** The file in dist/ and the path it is served at, below the base. */
  file: string;
  path: string;
  /** The document title (as the app sets it) and the title a shared link shows (with the community's name). */
  title: string;
  shareTitle: string;
  description: string;
  card: CardContent;
  /** The card's PNG, below the base. */
  image: string;
  kind: 'website' | 'profile';
  /** The app's page that renders it (src/app/pages/<code>-page.tsx). */
  code: string;
  /** What the page says to a reader without JavaScript. */
  noscript: string;
};

const ROUTE_PAGES: { card: string; route: string; title: MessageKey; intro?: MessageKey }[] = [
  { card: 'overview', route: '/', title: 'overview.title' },
  { card: 'stars', route: '/stars', title: 'stars.title', intro: 'stars.intro' },
  { card: 'people', route: '/people', title: 'people.title', intro: 'people.intro' },
  { card: 'events', route: '/events', title: 'events.title', intro: 'events.intro' },
  { card: 'media', route: '/media', title: 'media.title', intro: 'media.intro' },
  { card: 'community', route: '/community', title: 'community.title', intro: 'community.intro' },
  { card: 'about', route: '/about', title: 'about.title', intro: 'about.intro' },
];

/** Where a page's file lives: routes as folders with index.html (`en/people/`), people as files (`en/people/ada-lin.html`). */
function location(lang: Lang, route: string): { file: string; path: string } {
  if (route.startsWith('/people/')) return { file: `${lang}${route}.html`, path: `${lang}${route}` };
  const folder = route === '/' ? `${lang}/` : `${lang}${route}/`;
  return { file: `${folder}index.html`, path: folder };
}

export function staticPages(input: CardInput, lang: Lang, asOf: string): StaticPage[] {
  const { t } = translator(lang);
  const tagline = t('app.tagline');
  const cards = new Map(cardContents(input, lang, asOf).map((c) => [c.page, c]));
  const description = lang === 'zh' ? input.community.description.zh : input.community.description.en;
  const pages: StaticPage[] = [];
  const add = (route: string, card: CardContent | undefined, title: string, text: string, kind: StaticPage['kind'], code: string) => {
    if (!card) return;
    pages.push({
      lang,
      route,
      ...location(lang, route),
      title: `${title} · ${tagline}`,
      shareTitle: `${title} · ${card.community}`,
      description: text,
      card,
      image: `cards/${lang}/${card.page}.png`,
      kind,
      code,
      noscript: t('page.noscript'),
    });
  };
  for (const page of ROUTE_PAGES)
    add(page.route, cards.get(page.card), t(page.title), page.intro ? t(page.intro) : description, 'website', page.card);
  for (let year = input.community.years.from; year <= input.community.years.to; year += 1) {
    const card = cards.get(`overview-${String(year)}`);
    add(
      `/years/${String(year)}`,
      card,
      t('overview.highlights', { year: String(year) }),
      (card?.lines ?? []).join(lang === 'zh' ? '；' : '; ') || description,
      'website',
      'overview',
    );
  }
  for (const person of input.people.people) {
    const card = cards.get(`people/${person.id}`);
    add(
      `/people/${person.id}`,
      card,
      card?.title ?? person.name,
      rolesByYear(person, lang, 50).join(lang === 'zh' ? '；' : '; '),
      'profile',
      'person',
    );
  }
  return pages;
}

export type PageOptions = {
  /** Vite's base: `/` or `/sub/path/`. */
  base: string;
  /** The site's origin and path prefix before `base`, e.g. `https://community.example.org`; absolute URLs need it. */
  siteUrl: string | undefined;
  /** The community's name in each language (og:site_name). */
  siteName: Record<Lang, string>;
  /** The scripts the page's own code needs, below the base (src/cli/page-chunks.ts): boot.js preloads them with the entry's. */
  scripts?: (code: string, lang: Lang) => readonly string[];
};

/**
 * The built index.html, made this page's: its language, title, description and sharing tags, and in
 * `<div id="root">` the page itself as the app renders it (`body`), marked with the path it was rendered
 * for, which the app hydrates when it is opened at that path.
 */
export function pageHtml(template: string, page: StaticPage, options: PageOptions, body = ''): string {
  const { base, siteUrl } = options;
  const absolute = (path: string) => (siteUrl === undefined ? undefined : `${siteUrl.replace(/\/$/, '')}${base}${path}`);
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeMarkup(value)}" />`;
  const alternates = PAGE_LANGS.map((lang) => ({ lang, href: absolute(location(lang, page.route).path) }));
  const url = absolute(page.path);
  const image = absolute(page.image);
  const tags = [
    meta('property', 'og:type', page.kind),
    meta('property', 'og:site_name', options.siteName[page.lang]),
    meta('property', 'og:title', page.shareTitle),
    meta('property', 'og:description', page.description),
    meta('property', 'og:locale', OG_LOCALE[page.lang]),
    ...PAGE_LANGS.filter((l) => l !== page.lang).map((l) => meta('property', 'og:locale:alternate', OG_LOCALE[l])),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', page.shareTitle),
    meta('name', 'twitter:description', page.description),
    ...(url === undefined
      ? []
      : [
          `<link rel="canonical" href="${escapeMarkup(url)}" />`,
          ...alternates.map((a) => `<link rel="alternate" hreflang="${HTML_LANG[a.lang]}" href="${escapeMarkup(a.href ?? '')}" />`),
          `<link rel="alternate" hreflang="x-default" href="${escapeMarkup(absolute(page.route === '/' ? '' : page.route.slice(1)) ?? '')}" />`,
          meta('property', 'og:url', url),
        ]),
    ...(image === undefined
      ? []
      : [
          meta('property', 'og:image', image),
          meta('property', 'og:image:type', 'image/png'),
          meta('property', 'og:image:width', String(CARD.width)),
          meta('property', 'og:image:height', String(CARD.height)),
          meta('property', 'og:image:alt', page.card.title),
          meta('name', 'twitter:image', image),
          meta('name', 'twitter:image:alt', page.card.title),
        ]),
  ];
  const replaced = template
    .replace(/<html lang="[^"]*">/, `<html lang="${HTML_LANG[page.lang]}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeMarkup(page.title)}</title>`)
    .replace(/<meta\s+name="description"\s+content="[^"]*"\s*\/>/, meta('name', 'description', page.description))
    // The shell says the app needs JavaScript; a prerendered page needs it only for what changes.
    .replace(
      /<noscript>[^<]*<\/noscript>/,
      `<noscript><p class="border-b border-line bg-surface-2 px-4 py-2 text-sm text-muted">${escapeMarkup(page.noscript)}</p></noscript>`,
    )
    // The page's own scripts download beside the entry (boot.js preloads them), not once it has run.
    .replace(/ data-preload="([^"]*)"/, (_all, preloads: string) => {
      const own = (options.scripts?.(page.code, page.lang) ?? []).map((file) => escapeMarkup(`${base}${file}`));
      return ` data-preload="${[...preloads.split(' ').filter(Boolean), ...own].join(' ')}"`;
    });
  return replaced
    .replace('</head>', `  ${tags.join('\n    ')}\n  </head>`)
    .replace('<div id="root"></div>', () => `<div id="root" data-page="${escapeMarkup(page.path)}">${body}</div>`);
}

/** sitemap.xml: every page in every language, with its alternates (only with an absolute site URL). */
export function sitemap(pages: readonly StaticPage[], options: PageOptions): string | undefined {
  if (options.siteUrl === undefined) return undefined;
  const site = options.siteUrl.replace(/\/$/, '');
  const href = (path: string) => escapeMarkup(`${site}${options.base}${path}`);
  const entries = pages.map((page) => {
    const links = PAGE_LANGS.map(
      (lang) => `    <xhtml:link rel="alternate" hreflang="${HTML_LANG[lang]}" href="${href(location(lang, page.route).path)}"/>`,
    );
    return `  <url>\n    <loc>${href(page.path)}</loc>\n${links.join('\n')}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
