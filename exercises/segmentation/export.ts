import type { SheetSpec } from '../../src/data/sheet';
import { translator } from '../../src/i18n/translate';
import { runAnalysisOnce } from '../../src/workbook/analysis/runAnalysis';
import type { ExportContext } from '../../src/workbook/contract';
import { datasetLocation } from '../../src/workbook/exerciseData';
import { labelNamer } from '../../src/customers/demoLabels';
import type { SalesSource } from '../../src/customers/read';
import { rfmSegmentMessages } from '../../src/customers/rfmSegmentNames';
import type { SalesOrigin } from '../../src/customers/useSales';
import { customersAnalysis } from './analysis/customersSource';
import type { SegmentationCustomerTable, SegmentationFigures } from './analysis/segmentationAnalysis';
import { segmentationNames } from './content/names';
import { SEGMENTATION_EXERCISE_ID, customersSpec, salesSpec } from './inputs';
import { namesMessages } from './messages/names';
import type { SegmentationState } from './state';
import { figuresSettings } from './steps/shared/useSegmentation';
import { dataSheets } from './export/data';
import { criteriaSheets } from './export/criteria';
import { segmentsSheets } from './export/segments';
import { profilesSheets } from './export/profiles';
import { customersSheets } from './export/customers';
import { targetsSheets } from './export/targets';

/** The sales the export reads, as the steps do (useSales): the participant's import wins over the demo business. */
export function exportSalesSource(state: SegmentationState, context: ExportContext): SalesSource | null {
  const sales = context.datasets.summary(salesSpec);
  if (sales === null) return state.useDemoData ? { kind: 'demo', business: state.demoBusiness } : null;
  const ref = (spec: typeof salesSpec, importedAt: string) => {
    const { owner, id } = datasetLocation(SEGMENTATION_EXERCISE_ID, spec);
    return { exerciseId: owner, specId: id, importedAt };
  };
  const customers = context.datasets.summary(customersSpec);
  return { kind: 'stored', sales: ref(salesSpec, sales.importedAt), customers: customers ? ref(customersSpec, customers.importedAt) : null };
}

/**
 * The workbook in the order of the steps. The figures and the per-customer table come from one run of the
 * customers analysis in its own worker (the page never holds the customers); when it fails, or there are no
 * sales, every sheet still carries the participant's settings and decisions and says the figures are missing.
 */
export async function segmentationSheets(state: SegmentationState, context: ExportContext): Promise<SheetSpec[]> {
  const source = exportSalesSource(state, context);
  const origin: SalesOrigin = source === null ? 'none' : source.kind === 'stored' ? 'imported' : 'demo';
  let figures: SegmentationFigures | null = null;
  let table: SegmentationCustomerTable | null = null;
  if (source !== null) {
    try {
      const data = await runAnalysisOnce(customersAnalysis, { source, period: state.period, ...figuresSettings(state) });
      if (data.result.kind === 'ready') figures = data.result.figures;
      table = data.customers;
    } catch {
      figures = null;
      table = null;
    }
  }
  const files = { origin, salesFile: context.datasets.summary(salesSpec)?.fileName ?? null, customersFile: context.datasets.summary(customersSpec)?.fileName ?? null };
  const names = segmentationNames(translator(namesMessages, context.locale), translator(rfmSegmentMessages, context.locale), context.format, labelNamer(origin === 'demo', context.locale), state.segments);
  return [
    ...dataSheets(state, figures, names, context, files),
    ...criteriaSheets(state, figures, names, context),
    ...segmentsSheets(state, figures, names, context),
    ...profilesSheets(state, figures, names, context),
    ...targetsSheets(state, figures, names, context),
    ...customersSheets(state, figures !== null && table !== null ? { figures, table } : null, names, context),
  ];
}
