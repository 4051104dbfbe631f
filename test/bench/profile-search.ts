/**
 * `npm run bench -- --profile [--dir=dist] [--people=10000] [--time]`: where a keystroke's time goes on
 * /people. Types the bench's queries into the search box with Chromium's sampling profiler on and prints
 * the functions with the most self time (build with `--minify false --outDir <dir>` for readable names).
 * `--time` only times the keystrokes, to compare two builds run one after the other on a busy machine.
 */
import { chromium } from 'playwright-core';
import { ARGS, CHROMIUM, startServer } from '../e2e/harness.ts';
import { generatePeople } from './generate-people.ts';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outDir = option('dir') ?? 'dist';
const n = Number(option('people') ?? 10_000);
const TIME_ONLY = process.argv.includes('--time');
const QUERIES = ['zhang', 'peizhenfei', 'wei li', 'canoglu', '裴振', 'xu', 'chen', 'onur', 'li na', 'zhenfei', 'müller', 'kevin', '张'];

const server = await startServer(outDir);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const body = JSON.stringify(generatePeople(n));
  await page.route('**/data/people.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(`${server.url}/people?lang=en`);
  await page
    .getByRole('status')
    .filter({ hasText: `of ${n.toLocaleString('en')} people` })
    .waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  if (!TIME_ONLY) await cdp.send('Profiler.start');
  const times = await page.evaluate(async (queries) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (!input || !setter) throw new Error('no search box');
    const out: number[] = [];
    for (const q of queries) {
      for (let i = 1; i <= q.length; i += 1) {
        const t0 = performance.now();
        setter.call(input, q.slice(0, i));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        document.body.getBoundingClientRect();
        out.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
      setter.call(input, '');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 50));
    }
    return out;
  }, QUERIES);
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]?.toFixed(1);
  console.log(`${outDir} ${n}: ${times.length} keystrokes, keystroke to laid-out list: p50 ${at(0.5)} p95 ${at(0.95)} ms`);
  const { profile } = TIME_ONLY ? { profile: { nodes: [], samples: [], timeDeltas: [] } } : await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms.toFixed(1).padStart(8), key);
} finally {
  await browser.close();
  await server.close();
}
