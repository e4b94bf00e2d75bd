import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { AbcXyzRequest, AbcXyzResult } from './abcXyzAnalysis';

/** Step 2's classes and a page of customers: in their worker in the browser, in the page where there is none. */
export const abcXyzAnalysis: AnalysisSource<AbcXyzRequest, AbcXyzResult> = {
  startWorker: () => new Worker(new URL('./abcXyz.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./abcXyzAnalysis').then((module) => module.analyseAbcXyz),
};
