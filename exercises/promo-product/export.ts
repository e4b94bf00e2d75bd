import type { SheetSpec } from '../../src/data/sheet';
import { runAnalysisOnce } from '../../src/workbook/analysis/runAnalysis';
import type { ExportContext } from '../../src/workbook/contract';
import type { PromoProductState } from './state';
import { exportAnalysis } from './analysis/exportSource';
import type { ExportFigures } from './analysis/exportAnalysis';
import { exportReceiptsSource, originOf } from './export/source';
import { receiptsExportData, receiptsSheets } from './export/receipts';
import { indicatorsExportData, indicatorsSheets } from './export/indicators';
import { priceIndicatorsSheets } from './export/priceIndicators';
import { rulesExportRequest, rulesSheets } from './export/rules';
import { candidatesExportData, candidatesSheets } from './export/candidates';
import { bundlesExportData, bundlesExportRequest, bundlesSheets } from './export/bundles';
import { conclusionsSheets } from './export/conclusions';

/**
 * The workbook in the order of the steps. Every step's figures come from one run of the export analysis in its own
 * worker; when it fails (the worker died), the sheets still carry every decision and say the figures are missing.
 */
export async function promoSheets(state: PromoProductState, context: ExportContext): Promise<SheetSpec[]> {
  const source = exportReceiptsSource(state, context);
  let figures: ExportFigures | null = null;
  if (source !== null) {
    try {
      figures = await runAnalysisOnce(exportAnalysis, {
        receipts: { source, basket: state.receipts },
        rules: rulesExportRequest(state, source),
        chosen: state.promo.chosen,
        bundles: bundlesExportRequest(state, source),
      });
    } catch {
      figures = null;
    }
  }
  const origin = originOf(source);
  const indicators = indicatorsExportData(state, context, figures?.indicators ?? null);
  const candidates = candidatesExportData(state, context, figures?.candidates ?? null);
  const bundles = bundlesExportData(state, context, figures?.bundles ?? null);
  return [
    ...receiptsSheets(state, receiptsExportData(state, context, figures?.receipts ?? null), context),
    ...indicatorsSheets(state, indicators, context),
    ...rulesSheets(state, { origin, result: figures?.rules ?? null }, context),
    ...priceIndicatorsSheets(state, indicators, context),
    ...candidatesSheets(state, candidates, context),
    ...bundlesSheets(state, bundles, context),
    ...conclusionsSheets(state, candidates, bundles, context),
  ];
}
