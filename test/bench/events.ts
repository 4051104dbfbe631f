import type { Page } from 'playwright-core';
import { generateEvents } from './generate-events.ts';

export const EVENT_SIZES = [1_000, 20_000];
const CLICKS = 40;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

export type EventsBench = { n: number; firstRenderMs: number; clicks: number; p50: number; p95: number; max: number };

/**
 * /events with `n` generated events: first render (navigation start to the timeline's count shown and laid
 * out) and filter-click latency (a type checkbox clicked to the updated count and list laid out), p50/p95.
 */
export async function eventsLatency(url: string, page: Page, n: number): Promise<EventsBench> {
  const body = JSON.stringify(generateEvents(n));
  await page.route('**/data/events.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(`${url}/events?lang=en`);
  const status = page.getByRole('status').filter({ hasText: /^[\d,]+ events$/ });
  await status.waitFor({ timeout: 120_000 });
  const firstRenderMs = await page.evaluate(() => {
    document.body.getBoundingClientRect();
    return performance.now();
  });
  const times = await page.evaluate(async (clicks) => {
    const boxes = [...document.querySelectorAll<HTMLInputElement>('#timeline fieldset input[type="checkbox"]')].slice(0, 3);
    const count = () => [...document.querySelectorAll<HTMLElement>('#timeline [role="status"]')].map((e) => e.textContent).join();
    // Resolves when the count text changes from `before` and the new list is laid out (forced).
    const changed = (before: string) =>
      new Promise<void>((done) => {
        if (count() !== before) return done();
        const observer = new MutationObserver(() => {
          if (count() === before) return;
          observer.disconnect();
          document.body.getBoundingClientRect();
          done();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    const out: number[] = [];
    for (let i = 0; i < clicks; i += 1) {
      const box = boxes[i % boxes.length];
      if (!box) throw new Error('no type checkbox');
      const before = count();
      const t0 = performance.now();
      box.click();
      await changed(before);
      out.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    return out;
  }, CLICKS);
  await page.unroute('**/data/events.json');
  return { n, firstRenderMs, clicks: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

/** The events section of `npm run bench`: prints the figures and adds a missed budget to `failures`. */
export async function eventsSection(url: string, page: Page, failures: string[], budgetMs = 100): Promise<EventsBench[]> {
  console.log('\nEvents: first render and type-filter click to updated list (ms; forced layout):');
  console.log(['events'.padStart(8), 'first', 'clicks', 'p50', 'p95', 'max'].join('\t'));
  const results: EventsBench[] = [];
  for (const n of EVENT_SIZES) {
    const r = await eventsLatency(url, page, n);
    results.push(r);
    console.log(
      [n.toLocaleString('en').padStart(8), r.firstRenderMs.toFixed(0), r.clicks, r.p50.toFixed(1), r.p95.toFixed(1), r.max.toFixed(1)].join(
        '\t',
      ),
    );
  }
  const largest = results.at(-1);
  if (largest && largest.p95 > budgetMs)
    failures.push(`events filter click p95 at ${largest.n} events is ${largest.p95.toFixed(1)} ms (goal ${budgetMs})`);
  return results;
}
