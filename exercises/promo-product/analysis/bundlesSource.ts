import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { BundlesRequest, BundlesResult } from './bundlesAnalysis';

/** The bundles step's analysis: in its worker in the browser, in the page where there is none. */
export const bundlesAnalysis: AnalysisSource<BundlesRequest, BundlesResult> = {
  startWorker: () => new Worker(new URL('./bundles.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./bundlesAnalysis').then((module) => module.analyseBundles),
};
