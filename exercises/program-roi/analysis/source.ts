import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { EvaluationAnalysisResult, EvaluationRequest } from './evaluationAnalysis';

/** The evaluation step's analysis: in its worker in the browser, in the page where there is none. */
export const evaluationAnalysis: AnalysisSource<EvaluationRequest, EvaluationAnalysisResult> = {
  startWorker: () => new Worker(new URL('./evaluation.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./evaluationAnalysis').then((module) => module.evaluate),
};
