import { describe, expect, it } from 'vitest';
import { addressInLang, isPrerenderedFor, langOfPath } from '@/lib/lang-path';
import { routerBasename } from '@/app/app';
import { shareUrl } from '@/app/shell/share-button';

describe('addresses with the language first', () => {
  it('reads the language right after the base, and nowhere else', () => {
    expect(langOfPath('/en/people', '/')).toBe('en');
    expect(langOfPath('/zh/', '/')).toBe('zh');
    expect(langOfPath('/zh', '/')).toBe('zh');
    expect(langOfPath('/people', '/')).toBeUndefined();
    expect(langOfPath('/people/en', '/')).toBeUndefined();
    expect(langOfPath('/english/people', '/')).toBeUndefined();
    expect(langOfPath('/sub/zh/events', '/sub/')).toBe('zh');
    expect(langOfPath('/zh/events', '/sub/')).toBeUndefined();
  });

  it('gives the same view in another language, dropping a lang parameter', () => {
    const here = { pathname: '/en/people', search: '?role=speaker&lang=en', hash: '#chart' };
    expect(addressInLang(here, '/', 'zh')).toBe('/zh/people?role=speaker#chart');
    expect(addressInLang({ pathname: '/people/ada-lin', search: '?lang=zh', hash: '' }, '/', 'zh')).toBe('/zh/people/ada-lin');
    expect(addressInLang({ pathname: '/', search: '', hash: '' }, '/', 'en')).toBe('/en/');
    expect(addressInLang({ pathname: '/sub/zh/events', search: '?type=meetup', hash: '' }, '/sub/', 'en')).toBe(
      '/sub/en/events?type=meetup',
    );
  });

  it('the router links within the language of the address', () => {
    expect(routerBasename('/', 'zh')).toBe('/zh');
    expect(routerBasename('/sub/', 'en')).toBe('/sub/en');
    expect(routerBasename('/')).toBe('/');
    expect(routerBasename('/sub/')).toBe('/sub');
  });

  it('a shared link carries the language in its path', () => {
    expect(shareUrl('https://example.org/events?type=meetup&lang=zh#2024', 'zh', '/')).toBe(
      'https://example.org/zh/events?type=meetup#2024',
    );
    expect(shareUrl('https://example.org/en/people/ada-lin', 'en', '/')).toBe('https://example.org/en/people/ada-lin');
  });
});

describe('which address a prerendered page is for', () => {
  const at = (pathname: string, search = '') => ({ pathname, search });
  it('the same path, with or without its trailing slash, and no query', () => {
    expect(isPrerenderedFor('en/people/', at('/en/people/'), '/')).toBe(true);
    expect(isPrerenderedFor('en/people/', at('/en/people'), '/')).toBe(true);
    expect(isPrerenderedFor('zh/people/ada-lin', at('/sub/zh/people/ada-lin'), '/sub/')).toBe(true);
  });
  it('not another path, a query, another base, or a page without the mark (the 404 shell)', () => {
    expect(isPrerenderedFor('en/people/', at('/en/people/', '?role=member'), '/')).toBe(false);
    expect(isPrerenderedFor('en/people/', at('/zh/people/'), '/')).toBe(false);
    expect(isPrerenderedFor('en/', at('/en/people/'), '/')).toBe(false);
    expect(isPrerenderedFor('en/people/', at('/en/people/'), '/sub/')).toBe(false);
    expect(isPrerenderedFor(undefined, at('/en/people/'), '/')).toBe(false);
  });
});
