import { describe, expect, it, vi } from 'vitest';
import { loadCatalogue, loadedCatalogue, loadPageMessages } from '@/lib/i18n/catalogues';

// The build's parts, made up: a shell part and one page's part in each language.
vi.mock('virtual:catalogues', () => ({
  shell: { en: () => Promise.resolve({ 'nav.stars': 'Stars' }), zh: () => Promise.resolve({ 'nav.stars': 'Star 数' }) },
  pages: {
    stars: { en: () => Promise.resolve({ 'stars.title': 'GitHub stars' }), zh: () => Promise.resolve({ 'stars.title': 'GitHub Star 数' }) },
  },
}));

describe('catalogues loaded by part', () => {
  it('bring a page its messages in the languages loaded, and a language loaded later the pages already needed', async () => {
    // As the first render: the page is needed before the reader's language loads, and that language brings it.
    void loadPageMessages('stars');
    const en = await loadCatalogue('en');
    expect(en['stars.title']).toBe('GitHub stars');
    expect(loadedCatalogue('zh')).toBeUndefined();
    // Another language chosen later comes with the shell's and that page's messages.
    const zh = await loadCatalogue('zh');
    expect(zh).toEqual({ 'nav.stars': 'Star 数', 'stars.title': 'GitHub Star 数' });
    expect(loadedCatalogue('zh')).toBe(zh);
  });

  it('refuses a page that has no part', () => {
    expect(() => loadPageMessages('nowhere')).toThrow('No catalogue part for page nowhere');
  });
});
