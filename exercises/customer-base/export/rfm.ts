import { dateCell, decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { RfmExportData } from '../analysis/rfmAnalysis';
import { RFM_DIMENSIONS } from '../../../src/customers/rfm';
import { OTHERS } from '../../../src/customers/rfmSegments';
import { dayToIso } from '../../../src/customers/sales';
import { rfmMessages } from '../messages/rfm';
import { rfmSegmentMessages, segmentName } from '../../../src/customers/rfmSegmentNames';
import type { CustomerBaseState } from '../state';
import { segmentRows } from '../steps/rfm/segmentRows';

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/**
 * Step 3's sheets: the settings (where the sales come from, the analysis date, the binning and its breaks, the
 * rules in order with each one's customers), the segment summary, the R × F map (customers and average revenue)
 * and every customer's R, F, M values and scores with the segment's name. `data` is what `rfmCustomerTable`
 * (analysis/rfmAnalysis.ts) returns for the state's binning and rules; null when there are no sales to read.
 */
export function rfmSheets(state: CustomerBaseState, data: RfmExportData | null, { locale }: ExportContext): SheetSpec[] {
  const t = translator(rfmMessages, locale);
  const ts = translator(rfmSegmentMessages, locale);
  const rules = state.rfm.segments;
  const name = (segment: number) => segmentName(ts, rules, segment);
  const figures = data?.result.kind === 'ready' ? data.result.rfm : null;
  const source = data === null ? t('rfmExport.source.none') : figures === null ? t('rfmExport.source.problem') : t(data.origin === 'demo' ? 'rfmExport.source.demo' : 'rfmExport.source.imported');

  const settings: CellValue[][] = [[t('rfmExport.source'), source]];
  if (figures) settings.push([t('rfmExport.analysisDate'), dateCell(dayToIso(figures.analysisDay))]);
  settings.push([t('rfmExport.binning'), `${t(`rfm.binning.${state.rfm.binning}`)}: ${t(`rfm.binning.${state.rfm.binning}.hint`)}`]);
  if (figures?.breaks) {
    const breaks = figures.breaks;
    for (const dimension of RFM_DIMENSIONS) settings.push([t(`rfm.bands.${dimension}`), ...breaks[dimension].map((b) => (dimension === 'm' ? moneyCell(b, 2) : decimalCell(b, 2)))]);
  }
  const customersIn = new Map(figures?.segments.map((segment) => [segment.segment, segment.customers]) ?? []);
  settings.push([], [t('rfmExport.rules')], [
    t('rfmExport.position'),
    t('rfm.col.segment'),
    ...RFM_DIMENSIONS.flatMap((dimension) => [t('rfmExport.from', { dimension: dimension.toUpperCase() }), t('rfmExport.to', { dimension: dimension.toUpperCase() })]),
    t('rfm.col.customers'),
  ]);
  rules.forEach((rule, index) => settings.push([index + 1, name(index), rule.r[0], rule.r[1], rule.f[0], rule.f[1], rule.m[0], rule.m[1], customersIn.get(index) ?? null]));
  settings.push(['', name(OTHERS), '', '', '', '', '', '', customersIn.get(OTHERS) ?? null]);
  const sheets: SheetSpec[] = [{ name: t('rfmExport.settings'), rows: settings, columnWidths: [34, 30, 10, 10, 10, 10, 10, 10, 12] }];
  if (figures === null || data === null || data.customers === null) return sheets;

  const summary: CellValue[][] = [
    [t('rfm.col.segment'), t('rfm.col.customers'), t('rfm.col.customerShare'), t('rfm.col.orders'), t('rfm.col.revenue'), t('rfm.col.revenueShare'), t('rfm.col.averageOrder'), t('rfm.col.recency')],
    ...segmentRows(figures, name).map((row) => [row.name, row.customers, percentCell(row.customerShare), row.orders, moneyCell(row.revenue), percentCell(row.revenueShare), moneyCell(row.averageOrder), decimalCell(row.averageRecency, 0)]),
    [
      t('rfm.summary.total'),
      figures.customers,
      percentCell(1),
      figures.orders,
      moneyCell(figures.revenue),
      figures.revenue > 0 ? percentCell(1) : null,
      moneyCell(figures.orders > 0 ? figures.revenue / figures.orders : null),
      decimalCell(figures.customers > 0 ? figures.segments.reduce((sum, segment) => sum + segment.recencyDays, 0) / figures.customers : null, 0),
    ],
  ];
  sheets.push({ name: t('rfmExport.summary'), rows: summary, columnWidths: [28, 12, 12, 12, 16, 12, 14, 14] });

  const heatHead = [t('rfm.heat.corner'), ...[1, 2, 3, 4, 5].map((r) => `R ${r}`)];
  const heatRows = (cell: (r: number, f: number) => CellValue) => [5, 4, 3, 2, 1].map((f) => [`F ${f}`, ...[1, 2, 3, 4, 5].map((r) => cell(r, f))]);
  const cellAt = (r: number, f: number) => figures.heat[(r - 1) * 5 + (f - 1)];
  sheets.push({
    name: t('rfmExport.heat'),
    rows: [
      [t('rfm.heat.caption')],
      [t('rfmExport.heatCustomers')],
      heatHead,
      ...heatRows((r, f) => cellAt(r, f)?.customers ?? 0),
      [],
      [t('rfmExport.heatAverage')],
      heatHead,
      ...heatRows((r, f) => {
        const cell = cellAt(r, f);
        return cell && cell.customers > 0 ? moneyCell(cell.monetary / cell.customers) : null;
      }),
    ],
    columnWidths: [10, 14, 14, 14, 14, 14],
  });

  const table = data.customers;
  const withNames = table.names.some((customerName) => customerName !== null);
  // The customers by segment in the rules' order ("others" last), most money first within each.
  const order = Array.from(table.ids, (_, b) => b);
  const rank = (segment: number) => (segment === OTHERS ? rules.length : segment);
  order.sort((a, b) => rank(table.segment[a] as number) - rank(table.segment[b] as number) || (table.monetary[b] as number) - (table.monetary[a] as number) || a - b);
  const customers: CellValue[][] = [
    [t('rfm.col.customer'), ...(withNames ? [t('rfm.col.name')] : []), t('rfm.col.segment'), t('rfm.col.recencyDays'), t('rfm.col.orders'), t('rfm.col.revenue'), 'R', 'F', 'M', t('rfmExport.code')],
  ];
  for (const b of order) {
    const r = table.r[b] as number;
    const f = table.f[b] as number;
    const m = table.m[b] as number;
    customers.push([
      table.ids[b] as string,
      ...(withNames ? [table.names[b] ?? null] : []),
      name(table.segment[b] as number),
      table.recency[b] as number,
      table.frequency[b] as number,
      moneyCell(table.monetary[b] as number),
      r,
      f,
      m,
      r * 100 + f * 10 + m,
    ]);
  }
  sheets.push({ name: t('rfmExport.customers'), rows: customers, columnWidths: [16, ...(withNames ? [28] : []), 24, 14, 10, 16, 5, 5, 5, 7] });
  return sheets;
}
