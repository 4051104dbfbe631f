import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify, type Plugin } from 'vite';

const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const BOOT = /<script src="([^"]*boot\.js)"><\/script>/;

/**
 * Hands the app's entry script and its module preloads to public/boot.js, which loads them after the first
 * paint: the built index.html (and so every prerendered page) names them as `data-entry` and `data-preload` on
 * boot.js's tag instead of loading them from <head>. The copy of boot.js in the build is minified (every page
 * loads it before its first paint; its comments are for people). Dev is left as it is.
 */
export function bootPlugin(): Plugin {
  return {
    name: 'boot-after-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = ENTRY.exec(html)?.[1];
        if (entry === undefined) throw new Error('index.html: the build wrote no module entry script for boot.js to load');
        if (!BOOT.test(html)) throw new Error('index.html must load boot.js (<script src="%BASE_URL%boot.js"></script>)');
        const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]);
        return html
          .replace(ENTRY, '')
          .replace(PRELOAD, '')
          .replace(
            BOOT,
            (_tag, src: string) => `<script src="${src}" data-entry="${entry}" data-preload="${preloads.join(' ')}"></script>`,
          );
      },
    },
    async writeBundle(options) {
      const file = options.dir === undefined ? undefined : join(options.dir, 'boot.js');
      if (file === undefined || !existsSync(file)) return;
      const result = await minify('boot.js', readFileSync(file, 'utf8'), { compress: true, mangle: true });
      if (result.errors.length > 0) throw new Error(`public/boot.js: ${result.errors.map((e) => e.message).join('; ')}`);
      writeFileSync(file, result.code);
    },
  };
}
