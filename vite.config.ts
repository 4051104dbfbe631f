import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { dataPlugin } from './src/cli/vite-data-plugin.ts';
import { cspPlugin } from './src/cli/vite-csp-plugin.ts';
import { themePlugin } from './src/cli/vite-theme-plugin.ts';
import { bootPlugin } from './src/cli/vite-boot-plugin.ts';
import { cataloguePlugin } from './src/cli/vite-catalogue-plugin.ts';
import { queryTrimPlugin } from './src/cli/vite-query-trim-plugin.ts';
import { preloadHelperPlugin } from './src/cli/vite-preload-helper-plugin.ts';

// BASE_PATH: the sub-path the site is served under. DATA_DIR (read by dataPlugin): the data folder to serve,
// validate and publish, default data/; `DATA_DIR=test/fixtures/community npm run build` builds the made-up community.
const basePath = normaliseBase(process.env.BASE_PATH);

function normaliseBase(raw: string | undefined): string {
  if (!raw) return '/';
  const withLead = raw.startsWith('/') ? raw : `/${raw}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

export default defineConfig(({ isSsrBuild }) => ({
  base: basePath,
  plugins: [
    react(),
    tailwindcss(),
    dataPlugin(),
    cspPlugin(),
    themePlugin(),
    cataloguePlugin(),
    bootPlugin(),
    queryTrimPlugin(),
    preloadHelperPlugin(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules itself: Vite's polyfill for <link rel="modulepreload"> is not needed.
    modulePreload: { polyfill: false },
    // Everything the entry imports statically is one file: left to itself, Rolldown splits what the
    // pages also import (react-router, TanStack Query, i18n) into a second chunk every page loads anyway,
    // which costs a request and about 2 KB gzipped. Pages, charts, schemas and catalogues stay lazy.
    rolldownOptions: isSsrBuild ? {} : { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
  },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/bench/**', 'node_modules/**'],
    restoreMocks: true,
    // A generous ceiling for a busy machine; tests themselves take well under a second.
    testTimeout: 15_000,
  },
}));
