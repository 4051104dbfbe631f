import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, prepareFirstRender } from '@/app/app';
import { reportCaughtError } from '@/app/report-error';
import { isPrerenderedFor, langOfPath } from '@/lib/lang-path';
import '@/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const base = import.meta.env.BASE_URL;
const pathLang = langOfPath(window.location.pathname, base);
const app = (
  <StrictMode>
    <App pathLang={pathLang} />
  </StrictMode>
);
// A page the build prerendered for this address (src/app/server.tsx) is already on screen: the app takes it
// over (hydrates) once its catalogue is here, its first render waiting for the same data the build used.
// Any other address (a query, the 404 page's shell) renders in the browser, as a transition, so a slow phone
// stays responsive while React builds the page in slices. If the catalogue fails to load, the app renders
// anyway and shows the failure with Retry.
const render = isPrerenderedFor(root.dataset.page, window.location, base)
  ? () => {
      hydrateRoot(root, app, { onCaughtError: reportCaughtError });
    }
  : () => {
      const reactRoot = createRoot(root, { onCaughtError: reportCaughtError });
      startTransition(() => reactRoot.render(app));
    };
prepareFirstRender().then(render, render);
