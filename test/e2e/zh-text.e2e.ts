import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import { baseUrl, DATA_DIR, open, readData, setup, teardown, closeContexts } from './harness';

before(setup);
afterEach(closeContexts);
after(teardown);

type People = { people: { id: string }[] };

/** Latin words that Chinese UI text uses as they are: product and format names. */
const ALLOWED = new Set([
  'github',
  'star',
  'stars',
  'meetup',
  'office',
  'hours',
  'csv',
  'svg',
  'png',
  'id',
  'member',
  'sig',
  'url',
  'zh',
  'en',
  'english',
]);

/** Every word that appears in the data outside English translations: in zh such text comes from the posts, not from the UI. */
function dataWords(): Set<string> {
  const words = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') for (const w of value.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []) words.add(w);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) if (key !== 'en') walk(inner);
  };
  for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'))) walk(readData(file));
  return words;
}

const person = (readData('people.json') as People).people[0]!;
const ROUTES = ['/', '/stars', '/people', `/people/${person.id}`, '/events', '/media', '/community', '/about', '/no-such-page'];

describe('Chinese pages show Chinese UI', () => {
  const fromData = dataWords();
  for (const route of ROUTES) {
    it(`${route} in zh has no Latin UI text that does not come from the data`, async () => {
      const { page, context, errors } = await open(`${route}?lang=zh`, { lang: 'zh' });
      try {
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const texts = await page.evaluate(() => {
          const out: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest('script, style, noscript, svg, [aria-hidden="true"], .sr-only')) continue;
            const text = node.textContent?.trim();
            if (text) out.push(text);
          }
          // Accessible names the reader hears count too.
          for (const el of document.querySelectorAll('[aria-label]')) out.push(el.getAttribute('aria-label') ?? '');
          return out;
        });
        const fromUrl = new Set(route.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []);
        const stray = [
          ...new Set(
            texts.flatMap((text) =>
              (text.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [])
                .filter((w) => w.length > 1 && !ALLOWED.has(w) && !fromData.has(w) && !fromUrl.has(w))
                .map((w) => `${w} (in “${text.slice(0, 60)}”)`),
            ),
          ),
        ];
        assert.deepEqual(stray, []);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
  it('uses the data for this check', () => assert.ok(baseUrl && fromData.size > 0));
});
