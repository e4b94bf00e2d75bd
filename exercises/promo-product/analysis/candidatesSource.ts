import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { CandidatesAnalysisResult, CandidatesRequest } from './candidatesAnalysis';

/** The promo candidates' figures: in their worker in the browser, in the page where there is none. */
export const candidatesAnalysis: AnalysisSource<CandidatesRequest, CandidatesAnalysisResult> = {
  startWorker: () => new Worker(new URL('./candidates.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./candidatesAnalysis').then((module) => module.analyseCandidates),
};
