import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { OverviewRequest, OverviewResult } from './overviewAnalysis';

/** Step 1's overview: in its worker in the browser, in the page where there is none. */
export const overviewAnalysis: AnalysisSource<OverviewRequest, OverviewResult> = {
  startWorker: () => new Worker(new URL('./overview.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./overviewAnalysis').then((module) => module.analyseOverview),
};
