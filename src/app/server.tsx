/**
 * The build's renderer (compiled by a Vite SSR build, see src/cli/prerender.ts): a page of the app as HTML,
 * from the validated datasets, in one language, at one address. The tree is the client's (`AppTree`), with a
 * static router in place of the browser's and the query cache filled with the data, so the client's first
 * render, which waits for the same data, hydrates it without a difference.
 */
import { StrictMode, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { AppTree, routerBasename } from '@/app/app';
import { drawCharts } from '@/components/charts/draw-charts';
import type { StaticCharts } from '@/components/charts/static-charts';
import { loadCatalogue } from '@/lib/i18n/catalogues';
import type { Lang } from '@/lib/i18n/format';
import { createQueryClient } from '@/lib/query-client';

export type RenderInput = {
  /** The app's path below the language: `/`, `/people`, `/people/ada-lin`. */
  route: string;
  lang: Lang;
  /** Validated data by file name (`people.json`), as the client's queries hold it. */
  datasets: Readonly<Record<string, unknown>>;
  /** The page's charts as drawn at build (`drawPageCharts`), by chart id. */
  charts?: StaticCharts;
};

/** The app at `route` in `lang`, from the data, as the client's tree with a static router. */
async function pageTree({ route, lang, datasets, charts = {} }: RenderInput): Promise<ReactNode> {
  const client = createQueryClient();
  for (const [file, data] of Object.entries(datasets)) client.setQueryData(['dataset', file], data);
  await loadCatalogue(lang);
  const basename = routerBasename(import.meta.env.BASE_URL, lang);
  const location = `${basename === '/' ? '' : basename}${route}`;
  return (
    <StrictMode>
      <AppTree client={client} pathLang={lang} charts={charts}>
        {(routes) => (
          <StaticRouter basename={basename} location={location}>
            {routes}
          </StaticRouter>
        )}
      </AppTree>
    </StrictMode>
  );
}

/**
 * The charts of a page, drawn by their interactive components at `width` in the DOM the caller provides
 * (at build, a jsdom window: src/cli/draw-charts-child.ts), by chart id.
 */
export async function drawPageCharts(input: RenderInput & { width: number }): Promise<Record<string, string>> {
  return drawCharts(await pageTree(input), { width: input.width });
}

/** The page's markup for `<div id="root">`; rejects with the first error any component threw. */
export async function renderPage(input: RenderInput): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(await pageTree(input), {
    // Every boundary inline, in place: a large one would otherwise be sent after the shell with an inline
    // script that moves it into place (the CSP allows no inline script, and a static page needs none).
    progressiveChunkSize: Number.MAX_SAFE_INTEGER,
    onError(error) {
      errors.push(error);
    },
  });
  const html = await new Response(prelude).text();
  if (errors.length > 0) throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
  return html;
}
