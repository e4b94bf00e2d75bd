import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { MatricesRequest, MatricesResult } from './matricesAnalysis';

/** Step 5's matrices: in their worker in the browser, in the page where there is none. */
export const matricesAnalysis: AnalysisSource<MatricesRequest, MatricesResult> = {
  startWorker: () => new Worker(new URL('./matrices.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./matricesAnalysis').then((module) => module.analyseMatrices),
};
