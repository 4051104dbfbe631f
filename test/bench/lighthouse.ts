import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ARGS, CHROMIUM } from '../e2e/harness.ts';

export type LighthouseResult = {
  route: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

/**
 * The routes to run, from `LIGHTHOUSE_ROUTES` (comma-separated paths, e.g. `/stars,/people`; a route is
 * kept when its path, without the query, is one of them), each `LIGHTHOUSE_RUNS` times (default 1):
 * TBT varies from run to run, more so on a busy machine, so one route is best measured several times.
 */
export function lighthouseRoutes(routes: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const only = (env.LIGHTHOUSE_ROUTES ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const runs = Math.max(1, Math.floor(Number(env.LIGHTHOUSE_RUNS ?? 1)) || 1);
  const chosen = only.length ? routes.filter((r) => only.includes(r.split('?')[0] ?? r)) : [...routes];
  return chosen.flatMap((r) => Array.from({ length: runs }, () => r));
}

/** Lighthouse (mobile, simulated throttling) on each route, in Debian's Chromium (see lighthouseRoutes for choosing routes). */
export async function runLighthouse(origin: string, routes: readonly string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ARGS.filter((a) => a !== '--headless').concat('--headless=new'),
  });
  const out: LighthouseResult[] = [];
  try {
    for (const route of lighthouseRoutes(routes)) {
      const result = await lighthouse(`${origin}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        formFactor: 'mobile',
        throttlingMethod: 'simulate',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      out.push({
        route,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
