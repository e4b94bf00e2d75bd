import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyLaunchOptions } from './app/launchOptions';
import { reconcileDatasetSummaries } from './store/reconcileDatasets';
import './app/styles.css';
import './app/print.css';

applyLaunchOptions(window.location.search);
void reconcileDatasetSummaries();

// The hosted build works offline after the first visit (public service worker: build/service-worker.js).
// Not in development or tests, and not from file:// (the one-file workbook needs no server and can have none).
if (import.meta.env.PROD && /^https?:$/.test(window.location.protocol) && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    // Without it the workbook still works online; there is nothing to tell the participant.
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
