import { dateCell, decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { BaseRequest } from '../../../src/customers/read';
import type { ValueRequest, ValueResult } from '../analysis/valueAnalysis';
import { valueMessages } from '../messages/value';
import { valueModelMessages } from '../messages/valueModel';
import { valueExportMessages } from '../messages/valueExport';
import { dayToIso } from '../../../src/customers/sales';
import type { CustomerBaseState } from '../state';

/**
 * What to ask step 4's analysis (analyseValue in analysis/valueAnalysis.ts) for the export: the participant's
 * settings and every customer in one table (`table.all`), highest expected value first. Its result is what
 * `valueSheets` writes; the same result's `table.rows` is the full per-customer table for the priorities' export.
 */
export function valueExportRequest(state: CustomerBaseState, base: BaseRequest): ValueRequest {
  return { ...base, settings: state.value, table: { page: 0, sort: 'expectedValue', descending: true, all: true } };
}

/**
 * Two sheets: "Customer value" (settings, the simple CLV, the model's parameters, log-likelihood and totals, the
 * hold-out check by x bucket) and "Value by customer" (every customer in `result.table.rows`: run the analysis
 * with `valueExportRequest` so it holds them all). `result` null: no sales to read (said on the sheet).
 */
export function valueSheets(state: CustomerBaseState, result: ValueResult | null, { locale }: ExportContext): SheetSpec[] {
  const t = translator(valueMessages, locale);
  const tm = translator(valueModelMessages, locale);
  const x = translator(valueExportMessages, locale);
  const settings = state.value;
  const period = t(`value.clv.period.${settings.period}`);
  const rows: CellValue[][] = [
    [x('valueExport.settings')],
    [t('value.clv.period'), period],
    [t('value.clv.retention'), settings.retention === null ? x('valueExport.retentionMeasured') : percentCell(settings.retention / 100)],
    [t('value.clv.discountRate'), percentCell(settings.discountRate / 100)],
    [t('value.clv.assumedMargin'), percentCell(settings.assumedMargin / 100)],
    [tm('value.model.horizon'), settings.horizonMonths],
    [tm('value.model.holdout'), settings.holdoutMonths],
    [],
  ];
  const customerRows: CellValue[][] = [];
  const sheets = (): SheetSpec[] => [
    { name: x('valueExport.sheet'), rows, columnWidths: [44, 18, 18, 18, 18] },
    { name: x('valueExport.customersSheet'), rows: customerRows, columnWidths: [18, 8, 14, 14, 10, 14, 14, 16, 16] },
  ];
  if (result === null || result.kind !== 'ready') {
    const note = result === null ? x('valueExport.noSales') : result.kind === 'salesUnreadable' ? x('valueExport.unreadable') : x('valueExport.noSales');
    rows.push([note]);
    customerRows.push([note]);
    return sheets();
  }
  const { simple, model, holdout, table } = result;
  rows.push([x('valueExport.simple')]);
  if (simple.retention.rate !== null) rows.push([t('value.clv.retentionValue', { period }), percentCell(simple.retention.rate)]);
  else rows.push([t('value.clv.noRetention', { period })]);
  rows.push(
    [t('value.clv.margin', { period }), moneyCell(simple.marginPerPeriod)],
    [t('value.clv.discount', { period }), percentCell(simple.discountPerPeriod, 2)],
    [t('value.clv.value'), simple.clv !== null && Number.isFinite(simple.clv) ? moneyCell(simple.clv) : null],
    [x('valueExport.all'), simple.totalClv !== null && Number.isFinite(simple.totalClv) ? moneyCell(simple.totalClv) : null],
    [t('value.clv.lifetime'), simple.lifetime !== null && Number.isFinite(simple.lifetime) ? decimalCell(simple.lifetime, 1) : null],
    [],
    [x('valueExport.model')],
    [x('valueExport.status'), x(`valueExport.status.${model.status}`)],
    [x('valueExport.customers'), model.customers],
    [x('valueExport.repeatCustomers'), model.repeatCustomers],
  );
  if (model.bgnbd) {
    const { params } = model.bgnbd;
    rows.push(['r', decimalCell(params.r, 4)], ['α', decimalCell(params.alpha, 4)], ['a', decimalCell(params.a, 4)], ['b', decimalCell(params.b, 4)], [tm('value.model.ll'), decimalCell(model.bgnbd.logLikelihood, 2)]);
  }
  if (model.status === 'fitted' && model.gammaGamma) {
    const gg = model.gammaGamma;
    rows.push(['Gamma-Gamma p', decimalCell(gg.params.p, 4)], ['Gamma-Gamma q', decimalCell(gg.params.q, 4)], ['Gamma-Gamma γ', decimalCell(gg.params.gamma, 4)], [`Gamma-Gamma ${tm('value.model.ll')}`, decimalCell(gg.logLikelihood, 2)]);
  }
  if (model.status === 'fitted' && model.expectedPurchases !== null && model.expectedValue !== null) {
    rows.push(
      [tm('value.model.purchases', { months: model.horizonMonths }), decimalCell(model.expectedPurchases, 0)],
      [tm('value.model.value'), moneyCell(model.expectedValue)],
      [tm('value.model.discount', { factor: model.discountFactor.toFixed(3) })],
    );
  }
  rows.push([], [x('valueExport.holdout')], [x('valueExport.calibrationEnd'), dateCell(dayToIso(holdout.calibrationEnd))]);
  if (holdout.status === 'fitted') {
    rows.push([tm('value.holdout.x'), tm('value.holdout.customers'), tm('value.holdout.actual'), tm('value.holdout.predicted')]);
    for (const bucket of holdout.buckets) rows.push([bucket.x >= 7 ? tm('value.holdout.more', { x: '7' }) : String(bucket.x), bucket.customers, decimalCell(bucket.actual, 3), decimalCell(bucket.predicted, 3)]);
    rows.push([x('valueExport.all'), holdout.customers, decimalCell(holdout.actual, 0), decimalCell(holdout.predicted, 0)]);
  } else {
    rows.push([x(`valueExport.status.${holdout.status === 'noCalibration' ? 'tooFew' : holdout.status}`)]);
  }

  const fitted = model.status === 'fitted';
  customerRows.push([x('valueExport.fullTable')], []);
  customerRows.push([
    tm('value.col.id'),
    tm('value.col.x'),
    tm('value.col.recency'),
    tm('value.col.age'),
    ...(fitted ? [tm('value.col.pAlive'), tm('value.col.expectedPurchases'), tm('value.col.expectedOrderValue'), tm('value.col.expectedValue')] : []),
    tm('value.col.simpleClv'),
  ]);
  for (const row of table.rows) {
    customerRows.push([
      row.id,
      row.x,
      decimalCell(row.recency, 2),
      decimalCell(row.age, 2),
      ...(fitted ? [percentCell(row.pAlive), decimalCell(row.expectedPurchases, 3), moneyCell(row.expectedOrderValue), moneyCell(row.expectedValue)] : []),
      moneyCell(row.simpleClv),
    ]);
  }
  return sheets();
}
