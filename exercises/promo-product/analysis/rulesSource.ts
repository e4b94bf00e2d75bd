import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { RulesRequest, RulesAnalysisResult } from './rulesAnalysis';

/** Step 3's analysis (rules and sequential pairs): in its worker in the browser, in the page where there is none. */
export const rulesAnalysis: AnalysisSource<RulesRequest, RulesAnalysisResult> = {
  startWorker: () => new Worker(new URL('./rules.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./rulesAnalysis').then((module) => module.analyseRules),
};
