import { dateCell, decimalCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import type { ExportContext } from '../../../src/workbook/contract';
import { analyseReceipts, type ReceiptsAnalysisResult } from '../analysis/receiptsAnalysis';
import { exportItemName, exportReceiptsSource, originOf } from './source';
import type { ReceiptsOverview } from '../analysis/receiptsOverview';
import { receiptsSpec } from '../inputs';
import { receiptsMessages } from '../messages/receipts';
import { receiptsCleanupMessages } from '../messages/receiptsCleanup';
import type { PromoProductState } from '../state';
import { dayIso } from '../steps/receipts/dayIso';
import { mergeGroups } from '../steps/receipts/cleanup';

/** What the receipts sheet shows, found as the step finds it: the participant's import, else the demo store when the exercise runs on it. */
export interface ReceiptsExportData {
  origin: 'imported' | 'demo' | 'none';
  fileName: string | null;
  /** null: nothing to read, or the stored receipts could not be read (`unreadable`). */
  overview: ReceiptsOverview | null;
  unreadable: boolean;
}

/** The step's overview for the export, through the same analysis the step's worker runs, here in the page. */
export async function loadReceiptsExportData(state: PromoProductState, context: ExportContext): Promise<ReceiptsExportData> {
  const source = exportReceiptsSource(state, context);
  if (source === null) return receiptsExportData(state, context, null);
  return receiptsExportData(state, context, await analyseReceipts({ source, basket: state.receipts }, createAnalysisContext(() => undefined).context));
}

/** The sheet's data from an analysis already run (the whole export's, in one worker); null: nothing to read. */
export function receiptsExportData(state: PromoProductState, context: ExportContext, analysed: ReceiptsAnalysisResult | null): ReceiptsExportData {
  const origin = originOf(exportReceiptsSource(state, context));
  const fileName = context.datasets.summary(receiptsSpec)?.fileName ?? null;
  if (analysed === null) return { origin, fileName, overview: null, unreadable: false };
  return analysed.kind === 'overview' ? { origin, fileName, overview: analysed.overview, unreadable: false } : { origin, fileName, overview: null, unreadable: true };
}

/** One sheet: where the receipts come from, the overview's figures, the level, and the merges and exclusions, items named as on screen. */
export function receiptsSheets(state: PromoProductState, data: ReceiptsExportData, { locale }: ExportContext): SheetSpec[] {
  const t = translator(receiptsMessages, locale);
  const clean = translator(receiptsCleanupMessages, locale);
  const name = exportItemName(data.origin, locale);
  const source = data.origin === 'demo' ? t('receipts.export.demo') : data.origin === 'none' ? t('receipts.export.none') : data.fileName;
  const rows: CellValue[][] = [
    [t('receipts.export.figure'), t('receipts.export.value')],
    [t('receipts.export.source'), source],
  ];
  if (data.unreadable) rows.push([t('receipts.export.unreadable')]);
  const overview = data.overview;
  const atCategory = state.receipts.level === 'category' && overview?.has.category === true;
  rows.push([t('receipts.export.level'), clean(atCategory ? 'level.category' : 'level.product')]);
  if (overview !== null) {
    rows.push(
      [t('receipts.figure.lines'), overview.linesRead],
      [t('receipts.figure.receipts'), overview.receipts],
      [t('receipts.export.receiptsInFile'), overview.receiptsInFile],
      [t('receipts.figure.products'), overview.products],
      [t('receipts.figure.categories'), overview.categories ?? t('receipts.figure.absent')],
      [t(atCategory ? 'receipts.figure.items.category' : 'receipts.figure.items.product'), overview.items],
      [t('receipts.figure.customers'), overview.customers ?? t('receipts.figure.absent')],
      [t('receipts.figure.period'), overview.firstDay === null ? t('receipts.figure.absent') : dateCell(dayIso(overview.firstDay)), overview.lastDay === null ? null : dateCell(dayIso(overview.lastDay))],
      [t('receipts.figure.meanItems'), decimalCell(overview.meanItems, 1)],
      [t('receipts.figure.singleShare'), percentCell(overview.singleItemShare)],
      [t('receipts.export.returns'), overview.leftOut.returns],
      [t('receipts.export.excludedLines'), overview.leftOut.excluded],
      [t('receipts.export.zero'), overview.leftOut.zeroQuantity],
      [t('receipts.export.withoutCategory'), atCategory ? overview.withoutCategory : 0],
    );
    if (overview.block !== null) rows.push([t(`receipts.block.${overview.block}.title`), t(`receipts.block.${overview.block}.body`)]);
  }
  const groups = mergeGroups(state.receipts.merges, name);
  rows.push([], [t('receipts.export.merges')], [t('receipts.export.from'), t('receipts.export.into')]);
  if (groups.length === 0) rows.push([t('receipts.export.nothing')]);
  for (const group of groups) for (const from of group.from) rows.push([name(from), name(group.into)]);
  rows.push([], [t('receipts.export.excluded')]);
  if (state.receipts.excluded.length === 0) rows.push([t('receipts.export.nothing')]);
  for (const label of state.receipts.excluded) rows.push([name(label)]);
  return [{ name: t('receipts.export.sheet'), rows, columnWidths: [44, 40, 16] }];
}
