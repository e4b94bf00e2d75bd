import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { SegmentationRequest, SegmentationResult } from './segmentationAnalysis';

/** The segments and their profiles: in their worker in the browser, in the page where there is none. */
export const segmentationAnalysis: AnalysisSource<SegmentationRequest, SegmentationResult> = {
  startWorker: () => new Worker(new URL('./segmentation.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./segmentationAnalysis').then((module) => module.analyseSegmentation),
};
