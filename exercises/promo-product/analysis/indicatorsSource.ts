import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { IndicatorsRequest, IndicatorsResult } from './indicatorsAnalysis';

/** Product figures for steps 2 and 4: in their worker in the browser, in the page where there is none. */
export const indicatorsAnalysis: AnalysisSource<IndicatorsRequest, IndicatorsResult> = {
  startWorker: () => new Worker(new URL('./indicators.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./indicatorsAnalysis').then((module) => module.analyseIndicators),
};
