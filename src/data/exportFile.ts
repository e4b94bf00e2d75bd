/**
 * An export's bytes written in a worker of its own (exportFile.worker.ts): SheetJS took 7.6 s in one task of the page
 * to write the customer base's table for a CRM at 100,000 customers, with the page frozen and the button's "working"
 * never shown. Where there is no Worker (jsdom in component tests) the same code runs in the page.
 */
import type { AnalysisSource } from '../workbook/analysis/useAnalysis';
import type { CellValue, SheetSpec } from './sheet';
import type { CsvOptions } from './csv';
import type { WorkbookFormat } from './exportWorkbook';

export type ExportFileJob = { kind: 'xlsx'; sheets: SheetSpec[]; format?: WorkbookFormat } | { kind: 'csv'; rows: CellValue[][]; options: CsvOptions };

export const exportFileWriting: AnalysisSource<ExportFileJob, Blob> = {
  startWorker: () => new Worker(new URL('./exportFile.worker.ts', import.meta.url), { type: 'module' }),
  inline: () => import('./exportWorkbook').then((module) => module.exportFile),
};
