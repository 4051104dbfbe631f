import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prepareFirstRender } from '@/app/app';
import { reportCaughtError } from '@/app/report-error';
import { langOfPath } from '@/lib/lang-path';
import '@/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const reactRoot = createRoot(root, { onCaughtError: reportCaughtError });
const pathLang = langOfPath(window.location.pathname, import.meta.env.BASE_URL);
// The first render as a transition: React builds the shell in slices and the browser stays
// responsive (no long task on a slow phone) instead of rendering it in one go. It waits for the
// reader's catalogue; if that fails to load, the app renders anyway and shows the failure with Retry.
const render = () => {
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App pathLang={pathLang} />
      </StrictMode>,
    );
  });
};
prepareFirstRender().then(render, render);
