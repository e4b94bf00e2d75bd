import { decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import type { Locale } from '../../../src/i18n/locale';
import { translator } from '../../../src/i18n/translate';
import { createAnalysisContext, type AnalysisContext } from '../../../src/workbook/analysis/context';
import type { ExportContext } from '../../../src/workbook/contract';
import { analyseIndicators, type IndicatorsResult } from '../analysis/indicatorsAnalysis';
import { receiptsSpec } from '../inputs';
import { exportItemName, exportReceiptsSource, originOf } from './source';
import { frequencyPerMonth, sortIndicators, spansAMonth, type ItemIndicators } from '../model/indicators';
import type { PromoProductState } from '../state';
import { indicatorsMessages } from '../messages/indicators';
import { indicatorsExportMessages } from '../messages/indicatorsExport';
import { fileHas } from '../steps/indicators/columns';
import type { ReceiptsOrigin } from '../steps/shared/useReceipts';

/** What the product sheets show, found as steps 2 and 4 find it: the participant's receipts, else the demo store's. */
export interface IndicatorsExportData {
  origin: ReceiptsOrigin;
  /** The imported file's name; null for the demo or nothing. */
  fileName: string | null;
  /** null: no receipts to read (no file and no demo). */
  result: IndicatorsResult | null;
}

/**
 * The product figures for the export, through the steps' own analysis, here in the page. `analysis` may be one
 * context shared by the exercise's export parts, so the receipts are read and turned into baskets once.
 */
export async function loadIndicatorsExportData(
  state: PromoProductState,
  context: ExportContext,
  analysis: AnalysisContext = createAnalysisContext(() => undefined).context,
): Promise<IndicatorsExportData> {
  const source = exportReceiptsSource(state, context);
  return indicatorsExportData(state, context, source === null ? null : await analyseIndicators({ source, basket: state.receipts }, analysis));
}

/** The sheets' data from an analysis already run (the whole export's, in one worker); null: nothing to read. */
export function indicatorsExportData(state: PromoProductState, context: ExportContext, result: IndicatorsResult | null): IndicatorsExportData {
  return { origin: originOf(exportReceiptsSource(state, context)), fileName: context.datasets.summary(receiptsSpec)?.fileName ?? null, result };
}

/** Where the figures come from, and the file's size: the lines that open both product sheets. */
export function receiptsSummaryRows(state: PromoProductState, data: IndicatorsExportData, locale: Locale): CellValue[][] {
  const x = translator(indicatorsExportMessages, locale);
  const source =
    data.origin === 'none' ? x('indicatorsExport.source.none') : data.origin === 'demo' ? x('indicatorsExport.source.demo') : data.result?.kind === 'receiptsUnreadable' ? x('indicatorsExport.source.unreadable') : data.fileName;
  const rows: CellValue[][] = [
    [x('indicatorsExport.source'), source],
    [x('indicatorsExport.level'), x(`indicatorsExport.level.${state.receipts.level}`)],
  ];
  if (data.result?.kind !== 'ready') return rows;
  const { totals, leftOut } = data.result;
  rows.push([x('indicatorsExport.receipts'), totals.receipts], [x('indicatorsExport.items'), totals.items]);
  if (totals.customers !== null) rows.push([x('indicatorsExport.customers'), totals.customers]);
  if (totals.revenue !== null) rows.push([x('indicatorsExport.revenue'), moneyCell(totals.revenue)]);
  if (totals.days !== null) rows.push([x('indicatorsExport.days'), totals.days]);
  if (leftOut.returns > 0) rows.push([x('indicatorsExport.returns'), leftOut.returns]);
  return rows;
}

/** The "Product figures" sheet: the source and the file's size, the missing figures said, then every item's figures, most receipts first. */
export function indicatorsSheets(state: PromoProductState, data: IndicatorsExportData, { locale }: ExportContext): SheetSpec[] {
  const t = translator(indicatorsMessages, locale);
  const x = translator(indicatorsExportMessages, locale);
  const rows = receiptsSummaryRows(state, data, locale);
  const result = data.result?.kind === 'ready' ? data.result : null;
  if (result === null) return [{ name: x('indicatorsExport.sheet'), rows, columnWidths: [36, 48] }];
  const { items, totals } = result;
  const name = exportItemName(data.origin, locale);
  const has = fileHas(items, totals);
  const perMonth = has.customers && spansAMonth(totals.days);
  if (!has.customers) rows.push([t('indicators.missing.customers')]);
  if (!has.money) rows.push([t('indicators.missing.money')]);
  if (!has.cost) rows.push([t('indicators.missing.cost')]);
  rows.push([]);

  // Each column with the test of whether the file has its data, its head and its cell.
  const columns: Array<{ when: boolean; head: string; cell: (item: ItemIndicators) => CellValue; width: number }> = [
    { when: true, head: t(`indicators.col.name.${state.receipts.level}`), cell: (item) => name(item.label), width: 32 },
    { when: true, head: x('indicatorsExport.col.receipts'), cell: (item) => item.receipts, width: 12 },
    { when: true, head: t('indicators.col.penetration'), cell: (item) => percentCell(item.penetration), width: 12 },
    { when: has.customers, head: t('indicators.col.buyers'), cell: (item) => item.buyers, width: 12 },
    { when: has.customers, head: t('indicators.col.frequency'), cell: (item) => decimalCell(item.frequency, 2), width: 14 },
    { when: perMonth, head: x('indicatorsExport.col.frequencyMonth'), cell: (item) => decimalCell(frequencyPerMonth(item, totals.days), 2), width: 16 },
    { when: true, head: x('indicatorsExport.col.quantity'), cell: (item) => decimalCell(item.quantity, Number.isInteger(item.quantity) ? 0 : 2), width: 12 },
    { when: has.money, head: x('indicatorsExport.col.revenue'), cell: (item) => moneyCell(item.revenue), width: 14 },
    { when: has.money, head: t('indicators.col.revenueShare'), cell: (item) => percentCell(item.revenueShare), width: 12 },
    { when: has.cost, head: x('indicatorsExport.col.margin'), cell: (item) => moneyCell(item.margin), width: 14 },
    { when: has.cost, head: t('indicators.col.marginShare'), cell: (item) => percentCell(item.marginShare), width: 12 },
    { when: has.cost, head: x('indicatorsExport.col.marginRate'), cell: (item) => percentCell(item.marginRate), width: 12 },
    { when: has.money, head: x('indicatorsExport.col.averagePrice'), cell: (item) => moneyCell(item.averagePrice, 2), width: 12 },
    { when: has.money, head: t('indicators.col.receiptWith'), cell: (item) => moneyCell(item.receiptWith), width: 14 },
    { when: has.money, head: t('indicators.col.receiptWithout'), cell: (item) => moneyCell(item.receiptWithout), width: 14 },
    { when: true, head: t('indicators.col.attachment'), cell: (item) => decimalCell(item.attachment, 1), width: 12 },
  ];
  const shown = columns.filter((column) => column.when);
  rows.push(shown.map((column) => column.head));
  for (const item of sortIndicators(items, 'penetration', 'descending', name)) rows.push(shown.map((column) => column.cell(item)));
  return [{ name: x('indicatorsExport.sheet'), rows, columnWidths: shown.map((column, index) => (index === 0 ? Math.max(column.width, 36) : column.width)) }];
}
