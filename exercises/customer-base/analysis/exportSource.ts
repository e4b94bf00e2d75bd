import type { AnalysisSource } from '../../../src/workbook/analysis/useAnalysis';
import type { ExportFigures, ExportRequest } from './exportAnalysis';

/** The Excel export's figures: in their own worker in the browser, in the page where there is none. */
export const exportAnalysis: AnalysisSource<ExportRequest, ExportFigures> = {
  startWorker: () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./exportAnalysis').then((module) => module.analyseExport),
};
