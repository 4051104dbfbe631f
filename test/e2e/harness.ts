import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import AxeBuilder from '@axe-core/playwright';
import { en } from '../../src/lib/i18n/en';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The data the built app was built from (DATA_DIR, as for the build); tests read their expectations from it. */
export const DATA_DIR = resolve(ROOT, process.env.DATA_DIR ?? 'data');
export function readData(file: string): unknown {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
}
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Browser | undefined;
let closeServer: (() => Promise<void>) | undefined;
export let baseUrl = '';

/** Serves the built app (dist/) with `vite preview` on 127.0.0.1, the way a deploy is checked. */
export async function startServer(outDir = 'dist', base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const s = await preview({
    root: ROOT,
    base,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = s.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report its address');
  // resolvedUrls include the base path; callers add it themselves.
  return { url: new URL(address).origin, close: () => s.close() };
}

export async function setup() {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const started = await startServer();
  baseUrl = started.url;
  closeServer = started.close;
  mkdirSync(join(ROOT, 'test/e2e/.artifacts'), { recursive: true });
  // Playwright gives each launch a new, empty profile directory of its own.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function teardown() {
  await browser?.close();
  await closeServer?.();
}

export type Session = { context: BrowserContext; page: Page; errors: string[] };

const contexts = new Set<BrowserContext>();

/** Closes every context a test opened and did not close (each file runs this after each test). */
export async function closeContexts() {
  await Promise.all([...contexts].map((context) => context.close().catch(() => undefined)));
  contexts.clear();
}

/** A fresh context and page; every console error, page error and CSP violation is collected. */
export async function open(
  path: string,
  options: { lang?: 'en' | 'zh'; colorScheme?: 'light' | 'dark'; width?: number; javaScript?: boolean } = {},
): Promise<Session> {
  if (!browser) throw new Error('setup() first');
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.lang === 'zh' ? 'zh-CN' : 'en-US',
    acceptDownloads: true,
  });
  contexts.add(context);
  context.on('close', () => contexts.delete(context));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  if (path) await page.goto(`${baseUrl}${path}`);
  return { context, page, errors };
}

/**
 * Waits until the app has taken over a prerendered page (its h1 belongs to React). Until then the page is the
 * build's HTML: links work, but its buttons do nothing yet, as for a reader whose scripts are still loading.
 */
export async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const h1 = document.querySelector('#root h1');
    return h1 !== null && Object.keys(h1).some((key) => key.startsWith('__reactFiber$'));
  });
}

/**
 * Scrolls to a section of the page as a reader following its link does (its placeholder, until the section
 * renders when the reader nears it, carries the same id; Playwright's own scrolling fails when the element it
 * scrolls to is replaced meanwhile).
 */
export async function scrollToSection(page: Page, id: string): Promise<void> {
  await page.locator(`#${id}`).waitFor({ state: 'attached' });
  await page.evaluate((target) => document.getElementById(target)?.scrollIntoView({ block: 'start' }), id);
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

type PeopleData = { people: { id: string; name: string; roles: { role: string; year: number }[] }[] };

/** The person with the most role entries: the longest card and person page the data has. */
export function personWithMostRoles(): { id: string; name: string } {
  const { people } = readData('people.json') as PeopleData;
  const [first] = [...people].sort((a, b) => b.roles.length - a.roles.length || a.id.localeCompare(b.id));
  if (!first) throw new Error('people.json lists nobody');
  return first;
}

/** The role and year with the most people, and how many distinct people hold it. */
export function busiestRoleYear(): { role: string; year: number; count: number } {
  const { people } = readData('people.json') as PeopleData;
  const counts = new Map<string, number>();
  for (const person of people) {
    for (const key of new Set(person.roles.map((r) => `${r.role}|${String(r.year)}`))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
  const [role = '', year = '0'] = key.split('|');
  return { role, year: Number(year), count };
}

/** A UI text in English, from the app's own catalogue (so a reworded label does not break a test). */
export function english(key: string): string {
  const found = Object.entries(en).find(([k]) => k === key);
  if (!found) throw new Error(`no message ${key}`);
  return found[1];
}
