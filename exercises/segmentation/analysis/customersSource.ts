import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { SegmentationExportData, SegmentationRequest } from './segmentationAnalysis';

/** Every customer with their segment (the export, the CRM download): in its own worker, so the steps' worker keeps answering. */
export const customersAnalysis: AnalysisSource<Omit<SegmentationRequest, 'list'>, SegmentationExportData> = {
  startWorker: () => new Worker(new URL('./customers.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./segmentationAnalysis').then((module) => module.segmentationCustomerTable),
};
