import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { ValueRequest, ValueResult } from './valueAnalysis';

/** Step 4's customer value: in its worker in the browser (the fits take seconds on a large base), in the page where there is none. */
export const valueAnalysis: AnalysisSource<ValueRequest, ValueResult> = {
  startWorker: () => new Worker(new URL('./value.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./valueAnalysis').then((module) => module.analyseValue),
};
