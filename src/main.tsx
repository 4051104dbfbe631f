import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { isDatasetError } from '@/lib/dataset-error';
import '@/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const reactRoot = createRoot(root, {
  // Errors caught by a boundary are shown in the page. A dataset that failed (network, schema) is an
  // expected state with Retry: a warning. Anything else is a defect: an error.
  onCaughtError: (error, info) => {
    if (isDatasetError(error)) console.warn(error.message);
    else console.error(error, info.componentStack);
  },
});
// The first render as a transition: React builds the shell in slices and the browser stays
// responsive (no long task on a slow phone) instead of rendering it in one go.
startTransition(() => {
  reactRoot.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
