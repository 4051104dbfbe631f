import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CardInput } from '@/cli/share-cards';
import { parseSiteUrl } from '@/cli/static-site';
import { pageHtml, sitemap, staticPages, type StaticPage } from '@/cli/static-pages';
import { communityDataset } from '../fixtures/community';
import { eventsDataset } from '../fixtures/events';
import { peopleDataset, person } from '../fixtures/people';
import { starsDataset, starSnapshotsDataset } from '../fixtures/stars';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles.css'), 'utf8');
const template = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="generic" />
    <title>Community dashboard</title>
  </head>
  <body><div id="root"></div></body>
</html>`;
const input = (people = peopleDataset()): CardInput => ({
  community: communityDataset(),
  people,
  events: eventsDataset(),
  stars: starsDataset(),
  snapshots: starSnapshotsDataset(),
  css,
});
const site = { base: '/', siteUrl: 'https://community.example.org', siteName: { en: 'Testland Community', zh: '测试地社区' } };

function head(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const meta = (key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  const link = (rel: string, lang?: string) =>
    doc.querySelector(`link[rel="${rel}"]${lang ? `[hreflang="${lang}"]` : ''}`)?.getAttribute('href') ?? undefined;
  return { doc, meta, link };
}

function page(route: string, lang: 'en' | 'zh', people = peopleDataset()): StaticPage {
  const found = staticPages(input(people), lang, '2024-12-31').find((p) => p.route === route);
  if (!found) throw new Error(`no page ${route}`);
  return found;
}

describe('a page of its own per route and person, in each language', () => {
  it('routes and years live in folders, people in files, each under its language', () => {
    const pages = staticPages(input(), 'zh', '2024-12-31');
    expect(pages.map((p) => p.file)).toEqual([
      'zh/index.html',
      'zh/stars/index.html',
      'zh/people/index.html',
      'zh/events/index.html',
      'zh/media/index.html',
      'zh/community/index.html',
      'zh/about/index.html',
      'zh/years/2023/index.html',
      'zh/years/2024/index.html',
      'zh/people/ada-lin.html',
      'zh/people/bo-chen.html',
      'zh/people/cleo-park.html',
    ]);
    expect(pages.find((p) => p.route === '/people/ada-lin')?.image).toBe('cards/zh/people/ada-lin.png');
  });

  it('hands boot.js the scripts of the page’s own code and messages, below the base, after the entry’s', () => {
    const withBoot = template.replace(
      '</head>',
      '<script src="/sub/boot.js" data-entry="/sub/assets/index.js" data-preload="/sub/assets/a.js"></script></head>',
    );
    const scripts = (code: string, lang: string) => [`assets/${code}-page.js`, `assets/${lang}-${code}.js`];
    const preloads = (route: string, lang: 'en' | 'zh') =>
      head(pageHtml(withBoot, page(route, lang), { ...site, base: '/sub/', scripts }))
        .doc.querySelector('script[data-entry]')
        ?.getAttribute('data-preload');
    expect(preloads('/people', 'en')).toBe('/sub/assets/a.js /sub/assets/people-page.js /sub/assets/en-people.js');
    expect(preloads('/years/2023', 'zh')).toBe('/sub/assets/a.js /sub/assets/overview-page.js /sub/assets/zh-overview.js');
    expect(preloads('/people/ada-lin', 'en')).toBe('/sub/assets/a.js /sub/assets/person-page.js /sub/assets/en-person.js');
  });

  it('the page’s content goes in the root, marked with the path it was rendered for', () => {
    const html = pageHtml(template, page('/people/ada-lin', 'zh'), site, '<h1>林艾达</h1>');
    expect(html).toContain('<div id="root" data-page="zh/people/ada-lin"><h1>林艾达</h1></div>');
    // A replacement pattern in the content ($&, $') is content, not a pattern.
    expect(pageHtml(template, page('/', 'en'), site, "<p>$&$'</p>")).toContain("<p>$&$'</p></div>");
  });

  it('the HTML is in the page’s language, with its title and description', () => {
    const { doc, meta } = head(pageHtml(template, page('/people/ada-lin', 'zh'), site));
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.title).toBe('林艾达 · 社区数据看板');
    expect(meta('description')).toMatch(/^2024年 · /);
    expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
  });

  it('sharing tags: a large card, absolute addresses, the other language and a default', () => {
    const { meta, link } = head(pageHtml(template, page('/people/ada-lin', 'en'), site));
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:type')).toBe('profile');
    expect(meta('og:title')).toBe('Ada Lin · Testland Community');
    expect(meta('og:site_name')).toBe('Testland Community');
    expect(meta('og:url')).toBe('https://community.example.org/en/people/ada-lin');
    expect(meta('og:image')).toBe('https://community.example.org/cards/en/people/ada-lin.png');
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:locale')).toBe('en_US');
    expect(link('canonical')).toBe('https://community.example.org/en/people/ada-lin');
    expect(link('alternate', 'zh-CN')).toBe('https://community.example.org/zh/people/ada-lin');
    expect(link('alternate', 'x-default')).toBe('https://community.example.org/people/ada-lin');
  });

  it('under a sub-path every address keeps it', () => {
    const { meta, link } = head(pageHtml(template, page('/people', 'en'), { ...site, base: '/sub/path/' }));
    expect(meta('og:url')).toBe('https://community.example.org/sub/path/en/people/');
    expect(meta('og:image')).toBe('https://community.example.org/sub/path/cards/en/people.png');
    expect(link('alternate', 'x-default')).toBe('https://community.example.org/sub/path/people');
  });

  it('without a site address, no tag claims one (og:image and canonical need absolute addresses)', () => {
    const { meta, link } = head(pageHtml(template, page('/', 'en'), { ...site, siteUrl: undefined }));
    expect(meta('og:title')).toBe('Overview · Testland Community');
    expect(meta('og:image')).toBeUndefined();
    expect(meta('og:url')).toBeUndefined();
    expect(link('canonical')).toBeUndefined();
  });

  it('markup in data is text in the head, never markup', () => {
    const hostile = peopleDataset({ people: [person({ id: 'x', name: '"><script>alert(1)</script>' })] });
    const html = pageHtml(template, page('/people/x', 'en', hostile), site);
    const { doc, meta } = head(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.title).toBe('"><script>alert(1)</script> · Community dashboard');
    expect(meta('og:title')).toBe('"><script>alert(1)</script> · Testland Community');
  });

  it('sitemap.xml lists every page with its alternates, only with a site address', () => {
    const pages = staticPages(input(), 'en', '2024-12-31');
    const xml = sitemap(pages, site) ?? '';
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect([...doc.getElementsByTagName('loc')].map((l) => l.textContent)).toContain('https://community.example.org/en/people/ada-lin');
    expect(doc.getElementsByTagName('url')).toHaveLength(pages.length);
    expect(sitemap(pages, { ...site, siteUrl: undefined })).toBeUndefined();
  });
});

describe('SITE_URL', () => {
  it('takes an http(s) address, without a trailing slash', () => {
    expect(parseSiteUrl(undefined)).toEqual({});
    expect(parseSiteUrl('')).toEqual({});
    expect(parseSiteUrl('https://community.example.org/')).toEqual({ url: 'https://community.example.org' });
    expect(parseSiteUrl('https://example.org/site/')).toEqual({ url: 'https://example.org/site' });
  });

  it('says what is wrong with anything else', () => {
    expect(parseSiteUrl('community.example.org').problem).toMatch(/is not a URL/);
    expect(parseSiteUrl('ftp://example.org').problem).toMatch(/must start with https:\/\//);
    expect(parseSiteUrl('javascript:alert(1)').problem).toMatch(/must start with https:\/\//);
    expect(parseSiteUrl('https://example.org/?x=1').problem).toMatch(/without query/);
  });
});
