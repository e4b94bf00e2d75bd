import type { SheetSpec } from '../../src/data/sheet';
import { runAnalysisOnce } from '../../src/workbook/analysis/runAnalysis';
import type { ExportContext } from '../../src/workbook/contract';
import type { CustomerBaseState } from './state';
import { customersSpec, salesSpec } from './inputs';
import { exportAnalysis } from './analysis/exportSource';
import type { ExportFigures } from './analysis/exportAnalysis';
import { prioritiesRequest } from './analysis/prioritiesRequest';
import { usableLines } from './model/abcXyzMatrix';
import { dataSheets, exportSalesSource } from './export/data';
import { abcXyzSheets } from './export/abcXyz';
import { rfmSheets } from './export/rfm';
import { valueExportRequest, valueSheets } from './export/value';
import { matricesSheets } from './export/matrices';
import { warningsSheets } from './export/warnings';
import { prioritiesSheets } from './export/priorities';
import type { SalesOrigin } from '../../src/customers/useSales';

/**
 * The workbook in the order of the steps. Every step's figures come from one run of the export analysis in its own
 * worker (the page never holds the customers); when it fails (the worker died), each sheet still carries the
 * participant's settings and decisions and says the figures are missing.
 */
export async function customerBaseSheets(state: CustomerBaseState, context: ExportContext): Promise<SheetSpec[]> {
  const source = exportSalesSource(state, context);
  const origin: SalesOrigin = source === null ? 'none' : source.kind === 'stored' ? 'imported' : 'demo';
  let figures: ExportFigures | null = null;
  if (source !== null) {
    const base = { source, period: state.period };
    try {
      figures = await runAnalysisOnce(exportAnalysis, {
        base,
        abc: usableLines(state.abc),
        rfm: { binning: state.rfm.binning, rules: state.rfm.segments.map(({ r, f, m }) => ({ r, f, m })) },
        value: valueExportRequest(state, base),
        matrices: state.matrices,
        warnings: state.warnings,
        priorities: prioritiesRequest(state, base, 'all'),
      });
    } catch {
      figures = null;
    }
  }
  const files = { salesFile: context.datasets.summary(salesSpec)?.fileName ?? null, customersFile: context.datasets.summary(customersSpec)?.fileName ?? null };
  return [
    ...dataSheets(state, { origin, ...files, result: figures?.overview ?? null }, context),
    ...abcXyzSheets(state, { origin, result: figures?.abcXyz ?? null }, context),
    ...rfmSheets(state, figures?.rfm ?? null, context),
    ...valueSheets(state, figures?.value ?? null, context),
    ...matricesSheets(state, figures?.matrices ?? { result: null, customers: [] }, context),
    ...warningsSheets(state, figures?.warnings ?? null, context),
    ...prioritiesSheets(state, figures?.priorities ?? null, context),
  ];
}
