import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { WarningsRequest, WarningsResult } from './warningsAnalysis';

/** Step 6's life cycle and warnings: in its worker in the browser, in the page where there is none. */
export const warningsAnalysis: AnalysisSource<WarningsRequest, WarningsResult> = {
  startWorker: () => new Worker(new URL('./warnings.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./warningsAnalysis').then((module) => module.analyseWarnings),
};
