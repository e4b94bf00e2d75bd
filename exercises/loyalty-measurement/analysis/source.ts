import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { BehaviourAnalysisResult, BehaviourRequest } from './behaviourAnalysis';

/** The behaviour step's analysis: in its worker in the browser, in the page where there is none. */
export const behaviourAnalysis: AnalysisSource<BehaviourRequest, BehaviourAnalysisResult> = {
  startWorker: () => new Worker(new URL('./behaviour.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./behaviourAnalysis').then((module) => module.analyseStoredBehaviour),
};
