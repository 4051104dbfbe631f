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
  /** The accessibility and SEO audits that did not pass, by id: what to fix when a score is under 100. */
  failed: string[];
};

/**
 * The routes to run, from `LIGHTHOUSE_ROUTES` (comma-separated paths, e.g. `/en/stars/,/zh/`; a route is
 * kept when its path, without the query, is one of them), each `LIGHTHOUSE_RUNS` times (default 3):
 * TBT varies from run to run, more so on a busy machine, so each route is measured several times and
 * judged by its median (`medianByRoute`).
 */
export function lighthouseRoutes(routes: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const only = (env.LIGHTHOUSE_ROUTES ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const runs = Math.max(1, Math.floor(Number(env.LIGHTHOUSE_RUNS ?? 3)) || 1);
  const chosen = only.length ? routes.filter((r) => only.includes(r.split('?')[0] ?? r)) : [...routes];
  return chosen.flatMap((r) => Array.from({ length: runs }, () => r));
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

export type LighthouseMedian = LighthouseResult & { runs: number; performanceRange: [number, number] };

/** Each route's runs reduced to the median of every figure (each figure on its own), with the spread of the score. */
export function medianByRoute(results: readonly LighthouseResult[]): LighthouseMedian[] {
  const byRoute = new Map<string, LighthouseResult[]>();
  for (const r of results) byRoute.set(r.route, [...(byRoute.get(r.route) ?? []), r]);
  return [...byRoute].map(([route, runs]) => {
    const of = (key: Exclude<keyof LighthouseResult, 'route' | 'failed'>) => median(runs.map((r) => r[key]));
    const scores = runs.map((r) => r.performance);
    return {
      route,
      runs: runs.length,
      performance: of('performance'),
      performanceRange: [Math.min(...scores), Math.max(...scores)],
      accessibility: of('accessibility'),
      bestPractices: of('bestPractices'),
      seo: of('seo'),
      lcpMs: of('lcpMs'),
      tbtMs: of('tbtMs'),
      cls: of('cls'),
      failed: [...new Set(runs.flatMap((r) => r.failed))],
    };
  });
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
      const failed = ['accessibility', 'seo'].flatMap((id) =>
        (categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
      );
      out.push({
        route,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        failed,
      });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
