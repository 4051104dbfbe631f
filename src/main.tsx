import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, prepareFirstRender } from '@/app/app';
import { reportCaughtError } from '@/app/report-error';
import { isPrerenderedFor, langOfPath } from '@/lib/lang-path';
import { readStaticCharts } from '@/components/charts/static-charts';
import '@/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const base = import.meta.env.BASE_URL;
const pathLang = langOfPath(window.location.pathname, base);
const prerendered = isPrerenderedFor(root.dataset.page, window.location, base);
// The charts the build drew into the page, read before React takes it over: its first render shows the same.
const app = (
  <StrictMode>
    <App pathLang={pathLang} charts={prerendered ? readStaticCharts(root) : undefined} />
  </StrictMode>
);
// A page the build prerendered for this address (src/app/server.tsx) is already on screen: the app takes it
// over (hydrates) once its catalogue is here, its first render waiting for the same data the build used.
// Any other address (a query, the 404 page's shell) renders in the browser, as a transition, so a slow phone
// stays responsive while React builds the page in slices. If the catalogue fails to load, the app renders
// anyway and shows the failure with Retry.
const render = prerendered
  ? () => {
      // As a transition, hydration works in slices too, never blocking the page it already shows for long.
      startTransition(() => {
        hydrateRoot(root, app, { onCaughtError: reportCaughtError });
      });
    }
  : () => {
      const reactRoot = createRoot(root, { onCaughtError: reportCaughtError });
      startTransition(() => reactRoot.render(app));
    };
prepareFirstRender().then(render, render);
