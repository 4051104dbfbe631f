// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cataloguePlan, cataloguePlugin, MIN_LAZY_PART } from '@/cli/vite-catalogue-plugin';
import { en } from '@/lib/i18n/en';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const clean of cleanups.splice(0)) clean();
});

/** A made-up app: files by path below its root. */
function app(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'catalogue-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const KEYS = [
  'nav.home',
  'shared.retry',
  'stars.title',
  'stars.sort.asc',
  'stars.sort.desc',
  'role.speaker',
  'role.member',
  'about.title',
  'unused.key',
];

describe('the catalogue parts', () => {
  it('give the shell what the entry uses and each page what its code uses beyond it, templates by prefix', () => {
    const root = app({
      'src/main.tsx': "import { Shell } from '@/app/shell';\nconst pages = { stars: () => import('./app/pages/stars-page') };",
      'src/app/shell.tsx': "import { Retry } from '../components/retry';\nexport const Shell = () => t('nav.home');",
      'src/components/retry.tsx': 'export const Retry = () => t("shared.retry");',
      'src/app/pages/stars-page.tsx':
        "import { Retry } from '@/components/retry';\nimport { Sort } from './sort';\nconst Chart = lazy(() => import('@/features/chart'));\nt('stars.title');",
      'src/app/pages/sort.ts': 'export const Sort = (dir) => t(`stars.sort.${dir}`);',
      'src/features/chart.tsx': 'export default () => t(`role.${role}`);',
      'src/app/pages/about-page.tsx':
        "// mentions 'stars.title' only in a comment, which counts: a part may hold more than it needs, never less\nt('about.title');",
      'src/app/pages/not-found-page.tsx': "t('unused.key');",
      // The catalogues themselves name every key: they are not code that uses them.
      'src/lib/i18n/en.ts': `export const en = { ${KEYS.map((key) => `'${key}': ''`).join(', ')} };`,
    });
    const { parts, lazy } = cataloguePlan(root, Object.fromEntries(KEYS.map((key) => [key, 'short'])));
    // The chart's few messages stay with the page that loads it: a part of its own would cost a request.
    expect(lazy.size).toBe(0);
    expect([...parts.keys()]).toEqual(['shell', 'about', 'stars']);
    expect(parts.get('shell')).toEqual(['nav.home', 'shared.retry']);
    expect(parts.get('stars')).toEqual(['stars.title', 'stars.sort.asc', 'stars.sort.desc', 'role.speaker', 'role.member']);
    expect(parts.get('about')).toEqual(['stars.title', 'about.title']);
  });

  it('give a lazily loaded module with enough messages a part of its own, which its page does not repeat', () => {
    const long = 'x'.repeat(MIN_LAZY_PART);
    const messages = {
      'nav.home': 'Home',
      'people.title': 'People',
      'people.chart.summary': long,
      'people.stated': long,
      'role.member': 'Member',
    };
    const root = app({
      'src/main.tsx': "import { Shell } from '@/app/shell';\nconst pages = { people: () => import('./app/pages/people-page') };",
      'src/app/shell.tsx': "export const Shell = () => t('nav.home');",
      // A type from the chart section is no code from it: the section stays lazy.
      'src/app/pages/people-page.tsx':
        "import type { Props } from '@/features/chart-section';\nimport { Badge } from '@/features/badge';\nconst Chart = lazy(() => import('@/features/chart-section'));\nconst Stated = lazy(() => import('@/features/stated'));\nt('people.title');",
      'src/features/badge.tsx': 'export const Badge = () => t(`role.${role}`);',
      'src/features/chart-section.tsx':
        "import { Badge } from './badge';\nexport type Props = {};\nexport default () => t('people.chart.summary');",
      // Another page loads this one as it starts: it is in a chunk of its own anyway, its messages stay in the page's part.
      'src/features/stated.tsx': "export default () => t('people.stated');",
      'src/app/pages/about-page.tsx': "import Stated from '@/features/stated';\nt('nav.home');",
      'src/lib/i18n/en.ts': 'export const en = {};',
    });
    const { parts, lazy } = cataloguePlan(root, messages);
    expect([...lazy]).toEqual([[join(root, 'src/features/chart-section.tsx'), 'chart-section']]);
    expect(parts.get('chart-section')).toEqual(['people.chart.summary']);
    expect(parts.get('people')).toEqual(['people.title', 'people.stated', 'role.member']);
    expect(parts.get('about')).toEqual(['people.stated']);
  });

  it('bring with a lazy module a message only some of the pages that load it have', () => {
    const long = 'x'.repeat(MIN_LAZY_PART);
    const root = app({
      'src/main.tsx': "const pages = { a: () => import('./app/pages/a-page'), b: () => import('./app/pages/b-page') };",
      'src/app/pages/a-page.tsx': "t('shared.label');\nconst C = lazy(() => import('@/features/chart'));",
      'src/app/pages/b-page.tsx': "const C = lazy(() => import('@/features/chart'));",
      'src/features/chart.tsx': "export default () => [t('shared.label'), t('chart.long')];",
      'src/lib/i18n/en.ts': 'export const en = {};',
    });
    const { parts } = cataloguePlan(root, { 'shared.label': 'Label', 'chart.long': long });
    expect(parts.get('a')).toEqual(['shared.label']);
    expect(parts.get('b')).toEqual([]);
    expect(parts.get('chart')).toEqual(['shared.label', 'chart.long']);
  });

  it('are wired in the build: each lazy import of a module with a part loads the part beside it', async () => {
    const root = app({
      'src/main.tsx': "const pages = { people: () => import('./app/pages/people-page') };",
      'src/app/pages/people-page.tsx': "const Chart = lazy(() => import('@/features/chart'));\nt('people.title');",
      'src/features/chart.tsx': "export default () => t('chart.summary');",
      'src/lib/i18n/en.ts': `export const en = { 'people.title': 'People', 'chart.summary': '${'x'.repeat(MIN_LAZY_PART)}' };`,
    });
    const plugin = cataloguePlugin();
    // A plugin hook, called as Vite would (these hooks are plain functions).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
    const hook = <T>(h: unknown) => h as T;
    hook<(config: object) => void>(plugin.configResolved)({ root, command: 'build', build: { ssr: false } });
    const transform = hook<(code: string, id: string) => Promise<{ code: string } | null>>(plugin.transform);
    const page = join(root, 'src/app/pages/people-page.tsx');
    const out = await transform("const Chart = lazy(() => import('@/features/chart').then((m) => m.default));", page);
    expect(out?.code).toContain(
      "__withPartMessages(import('@/features/chart'), \"chart\", { en: () => import('virtual:catalogue/en-chart')",
    );
    expect(out?.code).toContain('import { withPageMessages as __withPartMessages } from');
    expect(await transform("const Other = lazy(() => import('@/features/other'));", page)).toBeNull();
    // The build stops if a planned part's module was never imported in a way it rewrote.
    const errors: string[] = [];
    const buildEnd = hook<(this: { error: (message: string) => void }, error?: Error) => Promise<void>>(plugin.buildEnd);
    await buildEnd.call({ error: (message) => errors.push(message) });
    expect(errors).toEqual([]);
    const fresh = cataloguePlugin();
    hook<(config: object) => void>(fresh.configResolved)({ root, command: 'build', build: { ssr: false } });
    await hook<(code: string, id: string) => Promise<unknown>>(fresh.transform)('const x = 1;', page);
    await hook<typeof buildEnd>(fresh.buildEnd).call({ error: (message) => errors.push(message) });
    expect(errors).toEqual([expect.stringContaining('features/chart.tsx')]);
  });

  it('keep each page’s introduction out of the shell, in its own page’s part (the app’s own source)', () => {
    const { parts } = cataloguePlan(join(import.meta.dirname, '../..'), en);
    const intros = Object.keys(en).filter((key) => /^[a-z]+\.intro$/.test(key));
    expect(intros.length).toBeGreaterThan(0);
    expect(parts.get('shell')?.filter((key) => intros.includes(key))).toEqual([]);
    for (const intro of intros) expect(parts.get(intro.split('.')[0] ?? '')).toContain(intro);
  });
});
