// @vitest-environment node
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { bootPlugin } from '@/cli/vite-boot-plugin';

/** The built index.html as Vite writes it before the plugin runs. */
const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <script src="/sub/boot.js"></script>
    <script type="module" crossorigin src="/sub/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/sub/assets/shared-def.js">
    <link rel="modulepreload" crossorigin href="/sub/assets/error-ghi.js">
    <link rel="stylesheet" crossorigin href="/sub/assets/index-jkl.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

function transform(html: string): string {
  const { handler } = bootPlugin().transformIndexHtml as { handler: IndexHtmlTransformHook };
  return handler.call({} as never, html, { path: '/index.html', filename: 'index.html' }) as string;
}

describe('the boot script loads the app after the first paint', () => {
  it("hands the entry and its preloads to boot.js's tag, and <head> no longer loads them", () => {
    const html = transform(BUILT);
    expect(html).toContain(
      '<script src="/sub/boot.js" data-entry="/sub/assets/index-abc.js" data-preload="/sub/assets/shared-def.js /sub/assets/error-ghi.js"></script>',
    );
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/sub/assets/index-jkl.css">');
  });

  it('stops the build when the page has no entry or does not load boot.js', () => {
    expect(() => transform(BUILT.replace(/<script type="module"[^\n]*\n/, ''))).toThrow(/no module entry script/);
    expect(() => transform(BUILT.replace('<script src="/sub/boot.js"></script>', ''))).toThrow(/must load boot\.js/);
  });

  it('writes boot.js into the build minified, its comments left in public/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'boot-'));
    try {
      const source = resolve(import.meta.dirname, '../../public/boot.js');
      copyFileSync(source, join(dir, 'boot.js'));
      const { writeBundle } = bootPlugin() as unknown as { writeBundle: (options: { dir: string }) => Promise<void> };
      await writeBundle({ dir });
      const built = readFileSync(join(dir, 'boot.js'), 'utf8');
      expect(built.length).toBeLessThan(readFileSync(source, 'utf8').length * 0.7);
      expect(built).not.toMatch(/\/\/ /);
      for (const kept of ['dashboard.theme', 'data-entry', 'data-preload', 'modulepreload']) expect(built).toContain(kept);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
