import { moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { AbcXyzExportResult } from '../analysis/abcXyzAnalysis';
import type { BaseRequest, SalesSource } from '../../../src/customers/read';
import { ABC_CLASSES } from '../../../src/customers/abc';
import { cellName, usableLines } from '../model/abcXyzMatrix';
import { XYZ_GROUPS } from '../../../src/customers/xyz';
import { abcXyzMessages } from '../messages/abcXyz';
import { abcXyzExportMessages } from '../messages/abcXyzExport';
import { abcXyzMatrixMessages } from '../messages/abcXyzMatrix';
import type { AbcSettings, CustomerBaseState } from '../state';
import type { SalesOrigin } from '../../../src/customers/useSales';

/** What the ABC/XYZ sheets show: where the sales come from and the export analysis's answer (null: nothing to read). */
export interface AbcXyzExportData {
  origin: SalesOrigin;
  result: AbcXyzExportResult | null;
}

/**
 * The request for `analyseAbcXyzForExport` (analysis/abcXyzAnalysis.ts), to run in the export's worker: the
 * participant's thresholds, or METHODS.md's when the ones typed cannot class (the sheet says so).
 */
export function abcXyzExportRequest(state: CustomerBaseState, source: SalesSource): BaseRequest & { settings: AbcSettings } {
  return { source, period: state.period, settings: usableLines(state.abc) };
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/**
 * Two sheets: "ABC-XYZ" (the settings, the ABC and XYZ summaries, the matrix with each cell's action) and
 * "ABC-XYZ by customer" (every customer, most valuable first, with its classes). Without figures, the first sheet
 * alone says why and keeps the participant's settings.
 */
export function abcXyzSheets(state: CustomerBaseState, data: AbcXyzExportData, { locale }: ExportContext): SheetSpec[] {
  const t = translator(abcXyzMessages, locale);
  const x = translator(abcXyzExportMessages, locale);
  const m = translator(abcXyzMatrixMessages, locale);
  const settings = usableLines(state.abc);
  const result = data.result;
  const source = data.origin === 'none' ? x('abcXyzExport.source.none') : result?.kind === 'salesUnreadable' ? x('abcXyzExport.source.unreadable') : result?.kind === 'noSales' ? x('abcXyzExport.source.noSales') : x(`abcXyzExport.source.${data.origin}`);
  const ready = result?.kind === 'ready' ? result : null;
  const basis = ready?.figures.basis ?? state.abc.basis;
  const rows: CellValue[][] = [
    [x('abcXyzExport.source'), source],
    [x('abcXyzExport.basis'), t(`abcXyz.settings.basis.${basis}`)],
    [t('abcXyz.settings.a'), percentCell(settings.a / 100, 0)],
    [t('abcXyz.settings.b'), percentCell(settings.b / 100, 0)],
    [t('abcXyz.settings.x'), percentCell(settings.x / 100, 0)],
    [t('abcXyz.settings.y'), percentCell(settings.y / 100, 0)],
  ];
  if (settings !== state.abc) rows.push([x('abcXyzExport.linesInvalid')]);
  if (ready === null) return [{ name: x('abcXyzExport.sheet'), rows, columnWidths: [36, 40] }];

  const { figures, customers } = ready;
  const newWord = t('abcXyz.list.new');
  if (figures.profitUnavailable) rows.push([t('abcXyz.settings.profitUnavailable')]);
  rows.push([x('abcXyzExport.months'), figures.months], []);

  // ABC summary, as on screen.
  rows.push([t('abcXyz.abc.title')], [t('abcXyz.abc.col.class'), t('abcXyz.abc.col.customers'), t('abcXyz.abc.col.customerShare'), t(`abcXyz.abc.col.value.${basis}`), t('abcXyz.abc.col.valueShare')]);
  for (const name of ABC_CLASSES) {
    const row = figures.abc.classes[name];
    rows.push([t(`abcXyz.abc.${name}`), row.customers, percentCell(row.customerShare), moneyCell(row.value), percentCell(row.valueShare)]);
  }
  const { nonPositive } = figures.abc;
  if (nonPositive.customers > 0) rows.push([t('abcXyz.abc.nonPositive'), nonPositive.customers, percentCell(nonPositive.customers / figures.customers), moneyCell(nonPositive.value), null]);
  rows.push([t('abcXyz.abc.total'), figures.customers, percentCell(1), moneyCell(figures.abc.positiveTotal + nonPositive.value), figures.abc.positiveTotal > 0 ? percentCell(1) : null], []);

  // XYZ summary and the matrix, or why there are none.
  const limits = { x: settings.x, y: settings.y };
  const { xyz } = figures;
  rows.push([t('abcXyz.xyz.title')]);
  if (xyz.kind === 'tooFewMonths') rows.push([t('abcXyz.xyz.tooFewMonths', { count: xyz.months })]);
  else {
    rows.push([t('abcXyz.xyz.col.group'), t('abcXyz.xyz.col.customers'), t('abcXyz.xyz.col.customerShare'), t('abcXyz.xyz.col.revenueShare')]);
    for (const group of XYZ_GROUPS) {
      rows.push([t(`abcXyz.xyz.${group}`, limits), xyz.customers[group], percentCell(xyz.customers[group] / figures.customers), figures.totalRevenue > 0 ? percentCell(xyz.revenue[group] / figures.totalRevenue) : null]);
    }
  }
  if (figures.matrix) {
    rows.push([], [m('abcXyz.matrix.title')], [x('abcXyzExport.col.cell'), x('abcXyzExport.col.customers'), x('abcXyzExport.col.revenue'), x('abcXyzExport.col.revenueShare'), x('abcXyzExport.col.action')]);
    for (const cell of figures.matrix) {
      rows.push([cellName(cell.abc, cell.xyz, newWord), cell.customers, moneyCell(cell.revenue), percentCell(cell.revenueShare), m(`abcXyz.cell.${cell.abc}${cell.xyz}`)]);
    }
  }

  // Every customer, most valuable first.
  const hasXyz = customers.xyz !== null;
  // Ranked by profit, the profit stands before the revenue; by revenue, one revenue column.
  const byProfit = basis === 'profit';
  const header: CellValue[] = [t('abcXyz.list.col.rank'), t('abcXyz.list.col.customer'), x('abcXyzExport.col.name'), ...(byProfit ? [t('abcXyz.abc.col.value.profit')] : []), x('abcXyzExport.col.revenue'), t('abcXyz.list.col.shareBefore'), t('abcXyz.list.col.abc')];
  if (hasXyz) header.push(t('abcXyz.list.col.xyz'), t('abcXyz.list.col.cv'), t('abcXyz.list.col.months'));
  const perCustomer: CellValue[][] = [header];
  for (let rank = 0; rank < customers.ids.length; rank++) {
    const line: CellValue[] = [
      rank + 1,
      customers.ids[rank] as string,
      customers.names[rank] ?? null,
      ...(byProfit ? [moneyCell(customers.value[rank] as number)] : []),
      moneyCell(customers.revenue[rank] as number),
      percentCell(customers.shareBefore[rank] as number),
      ABC_CLASSES[customers.abc[rank] as number] as string,
    ];
    if (customers.xyz && customers.cv && customers.monthsCounted) {
      const group = XYZ_GROUPS[customers.xyz[rank] as number] as string;
      line.push(group === 'new' ? newWord : group, percentCell(customers.cv[rank] as number), customers.monthsCounted[rank] as number);
    }
    perCustomer.push(line);
  }
  return [
    { name: x('abcXyzExport.sheet'), rows, columnWidths: [40, 14, 16, 16, 60] },
    { name: x('abcXyzExport.customersSheet'), rows: perCustomer, columnWidths: header.map((_, index) => [8, 16, 28][index] ?? 14) },
  ];
}
