import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { PrioritiesRequest, PrioritiesResult } from './prioritiesAnalysis';

/** Step 7's directions: in their worker in the browser, in the page where there is none. */
export const prioritiesAnalysis: AnalysisSource<PrioritiesRequest, PrioritiesResult> = {
  startWorker: () => new Worker(new URL('./priorities.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./prioritiesAnalysis').then((module) => module.analysePriorities),
};
