import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page: scripts and styles only from this origin, no inline code;
 * images only from this origin (the logo and portraits in data/) and blob: (a chart exported as PNG is
 * drawn from a blob: SVG).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Adds the CSP as a meta tag to the built index.html (dev keeps Vite's inline preamble and runs without it)
 * and writes 404.html, a copy of index.html, for static hosts that serve it for unknown paths. The copy is
 * made once the files are written: index.html is not yet in the bundle when this plugin's generateBundle runs.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'csp-and-404',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) throw new Error('index.html has an inline script, which the CSP forbids');
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
        );
      },
    },
    writeBundle(options) {
      const dir = options.dir;
      if (dir === undefined || !existsSync(join(dir, 'index.html'))) return;
      copyFileSync(join(dir, 'index.html'), join(dir, '404.html'));
    },
  };
}
