import { dateCell, moneyCell, percentCell, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import type { ExportContext } from '../../../src/workbook/contract';
import { datasetLocation } from '../../../src/workbook/exerciseData';
import type { SalesSource } from '../../../src/customers/read';
import { analyseOverview, type OverviewResult } from '../analysis/overviewAnalysis';
import { CUSTOMER_BASE_EXERCISE_ID, customersSpec, salesSpec } from '../inputs';
import { dataOverviewMessages } from '../messages/dataOverview';
import { dayToIso } from '../../../src/customers/sales';
import type { CustomerBaseState } from '../state';
import { optionalColumns } from '../steps/data/OverviewFigures';
import { salesDataSheetName, salesSourceRows, windowRows, type SalesFiles } from '../../../src/customers/dataExport';
import { salesDataMessages } from '../../../src/customers/dataMessages';

/** What the data sheet shows: where the sales come from and the overview the step shows (null: nothing to read). */
export interface DataExportData extends SalesFiles {
  result: OverviewResult | null;
}

/** The sales the export reads, as the steps do (useSales): the participant's import wins over the demo business. */
export function exportSalesSource(state: CustomerBaseState, context: ExportContext): SalesSource | null {
  const sales = context.datasets.summary(salesSpec);
  if (sales === null) return state.useDemoData ? { kind: 'demo', business: state.demoBusiness } : null;
  const ref = (spec: typeof salesSpec, importedAt: string) => {
    const { owner, id } = datasetLocation(CUSTOMER_BASE_EXERCISE_ID, spec);
    return { exerciseId: owner, specId: id, importedAt };
  };
  const customers = context.datasets.summary(customersSpec);
  return { kind: 'stored', sales: ref(salesSpec, sales.importedAt), customers: customers ? ref(customersSpec, customers.importedAt) : null };
}

/** Step 1's overview for the export, through the same analysis its worker runs, here in the page. */
export async function loadDataExportData(state: CustomerBaseState, context: ExportContext): Promise<DataExportData> {
  const source = exportSalesSource(state, context);
  const origin: SalesFiles['origin'] = source === null ? 'none' : source.kind === 'stored' ? 'imported' : 'demo';
  const salesFile = context.datasets.summary(salesSpec)?.fileName ?? null;
  const customersFile = context.datasets.summary(customersSpec)?.fileName ?? null;
  if (source === null) return { origin, salesFile, customersFile, result: null };
  const result = await analyseOverview({ source, period: state.period }, createAnalysisContext(() => undefined).context);
  return { origin, salesFile, customersFile, result };
}

/** One sheet: the source, the period settings, and the overview's figures, lines left out and the columns found. */
export function dataSheets(state: CustomerBaseState, data: DataExportData, { locale }: ExportContext): SheetSpec[] {
  const t = translator(dataOverviewMessages, locale);
  const day = (value: number) => dateCell(dayToIso(value));
  const rows = salesSourceRows(state, data, locale, t('overview.list.none'));
  const result = data.result;
  if (result?.kind === 'salesUnreadable') rows.push([translator(salesDataMessages, locale)('export.unreadable')]);
  if (result?.kind === 'noSales') rows.push([t('overview.noSales', { lines: result.lines })]);
  if (result?.kind === 'ready') {
    const overview = result.overview;
    const { lines } = overview;
    rows.push(
      ...windowRows(dayToIso(overview.startDay), dayToIso(overview.analysisDay), overview.months, locale),
      [t('export.dataFrom'), day(overview.dataFirstDay)],
      [t('export.dataTo'), day(overview.dataLastDay)],
      [t('overview.customers'), overview.customers],
      [t('overview.lapsed'), overview.lapsedCustomers],
      [`${t('overview.revenue')} (${t('overview.revenueNote')})`, moneyCell(overview.revenue)],
      [t('overview.returns'), moneyCell(overview.returns)],
      [t('export.returnLines'), lines.returns],
      [t('overview.margin'), overview.margin === null ? t('overview.marginAbsent') : moneyCell(overview.margin), overview.margin !== null && overview.revenue > 0 ? percentCell(overview.margin / overview.revenue) : null],
      [t(overview.hasDocuments ? 'overview.ordersDocuments' : 'overview.ordersDays'), overview.orders],
      [],
      [t('export.linesTotal'), lines.total],
      [t('export.linesUsed'), lines.used],
      [t('export.noCustomer'), lines.noCustomer],
      [t('export.noDay'), lines.noDay],
      [t('export.noAmount'), lines.noAmount],
      [t('export.after'), lines.afterAnalysisDay],
      [t('export.before'), lines.beforeWindow],
      [],
      [t('overview.list.title')],
    );
    if (overview.list === null) rows.push([t('overview.list.none')]);
    else
      rows.push(
        [t('overview.list.rows'), overview.list.rows],
        [t('overview.list.matched'), overview.list.matched],
        [t('overview.list.withoutSales'), overview.list.withoutSales],
        [t('overview.list.repeated'), overview.list.repeatedIds],
      );
    rows.push([], [t('overview.columns.title')]);
    for (const { key, found } of optionalColumns(overview)) rows.push([t(key), t(found ? 'overview.columns.found' : 'overview.columns.missing')]);
  }
  return [{ name: salesDataSheetName(locale), rows, columnWidths: [48, 24, 12] }];
}

