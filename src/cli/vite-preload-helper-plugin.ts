import type { Plugin } from 'vite';

/** The module Vite's build imports around every dynamic `import()` of the app's own code. */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * What the build's dynamic imports run instead of Vite's helper: before importing a page's chunk, it hints the
 * chunks that chunk imports (`<link rel="modulepreload">`, once each), so they download beside it rather than
 * after it. `base` is the site's base path (Vite passes dependencies relative to it, or to the importing module's
 * URL where the base is relative). Vite's own helper also loads style sheets a chunk imports (this app has one
 * style sheet, which the HTML links: the plugin stops the build if a chunk ever imports another, and the
 * helper skips it in a chunk's dependencies), finds the links already in
 * the page, falls back to `rel=preload` where `modulepreload` is missing (every browser the app supports has it),
 * reads a CSP nonce (the app's policy allows its own scripts, no nonce) and dispatches `vite:preloadError`
 * (nothing here listens: a failed import rejects, and the page's error view offers Retry).
 */
export function preloadHelperCode(base: string): string {
  return `const seen = new Set();
export const __vitePreload = (load, deps, importer) => {
  for (const dep of deps || []) {
    // A chunk's style sheet is the one the page links (the plugin checks it at build).
    if (dep.endsWith(".css")) continue;
    const href = importer ? new URL(dep, importer).href : ${JSON.stringify(base)} + dep;
    if (seen.has(href)) continue;
    seen.add(href);
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = href;
    document.head.appendChild(link);
  }
  return load();
};
`;
}

/**
 * Replaces Vite's dynamic-import helper (about 1.2 KB gzipped in the entry, on every page, mostly for what
 * this app never needs: see `preloadHelperCode`) with a few lines that only hint scripts. Build only; a test
 * checks Vite still asks for the helper by this id and calls it as `(load, deps, importer)`.
 */
export function preloadHelperPlugin(): Plugin {
  let base = '/';
  return {
    name: 'preload-helper',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? preloadHelperCode(base) : null;
    },
    generateBundle(_options, bundle) {
      // The style sheets the HTML links are those of the chunks the page loads first (an entry and what it
      // imports statically); a chunk loaded later that imports another would need the helper to load it.
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const first = new Set<string>();
      const queue = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
      for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
        if (first.has(name)) continue;
        first.add(name);
        const chunk = bundle[name];
        if (chunk?.type === 'chunk') queue.push(...chunk.imports);
      }
      const linked = new Set(
        chunks.filter((chunk) => first.has(chunk.fileName)).flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]),
      );
      for (const chunk of chunks)
        for (const css of chunk.viteMetadata?.importedCss ?? [])
          if (!linked.has(css))
            this.error(
              `${chunk.fileName} imports ${css}, which the page does not link: the preload helper (src/cli/vite-preload-helper-plugin.ts) does not load style sheets`,
            );
    },
  };
}
