import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { BasketRequest } from './baskets';
import type { ReceiptsAnalysisResult } from './receiptsAnalysis';

/** Step 1's overview of the receipts: in its worker in the browser, in the page where there is none. */
export const receiptsAnalysis: AnalysisSource<BasketRequest, ReceiptsAnalysisResult> = {
  startWorker: () => new Worker(new URL('./receipts.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./receiptsAnalysis').then((module) => module.analyseReceipts),
};
