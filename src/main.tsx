import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyLaunchOptions } from './app/launchOptions';
import { reconcileDatasetSummaries } from './store/reconcileDatasets';
import './app/styles.css';
import './app/print.css';

applyLaunchOptions(window.location.search);
void reconcileDatasetSummaries();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
