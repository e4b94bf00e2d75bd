import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { MatrixAnalysisResult, MatrixRequest } from './matrixAnalysis';

/** The matrix step's join of survey and sales: in its worker in the browser, in the page where there is none. */
export const matrixAnalysis: AnalysisSource<MatrixRequest, MatrixAnalysisResult> = {
  startWorker: () => new Worker(new URL('./matrix.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./matrixAnalysis').then((module) => module.analyseMatrix),
};
