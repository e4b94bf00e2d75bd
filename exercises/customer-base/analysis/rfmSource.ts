import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { RfmRequest, RfmResult } from './rfmAnalysis';

/** Step 3's RFM scores and segments: in their worker in the browser, in the page where there is none. */
export const rfmAnalysis: AnalysisSource<RfmRequest, RfmResult> = {
  startWorker: () => new Worker(new URL('./rfm.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./rfmAnalysis').then((module) => module.analyseRfm),
};
