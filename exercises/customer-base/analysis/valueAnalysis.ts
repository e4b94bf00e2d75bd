/**
 * Step 4's figures (value.worker.ts): the simple CLV from the window's margins and retention; BG/NBD and
 * Gamma-Gamma fitted on every purchase up to the analysis day, with expected purchases, P(alive), order value
 * and expected value over the horizon per customer; the same model fitted again without the last months and
 * compared with what those months brought (the fits and what they predict: valueModel.ts). The fits are kept per
 * source and analysis day, so paging or sorting the customer table, or a new horizon or rate, refits nothing. The
 * page gets aggregates and one page of rows.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import { addMonths, type CustomerBase } from '../../../src/customers/base';
import type { BgnbdParams } from '../model/bgnbd';
import { evenDiscountFactor, expectedLifetime, measureRetentionFromLines, PERIOD_MONTHS, ratePerPeriod, simpleClv, type MeasuredRetention } from '../model/clv';
import type { GammaGammaFit } from '../model/gammaGamma';
import { fitModel, holdoutFigures, modelStatus, predict, type HoldoutFigures, type ModelStatus, type Predictions } from './valueModel';
import type { SalesLines } from '../../../src/customers/sales';
import type { ValueSummary } from '../model/valueSummary';
import type { ClvPeriod, ValueSettings } from '../state';
import { baseFor, type BaseRequest } from '../../../src/customers/read';

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

export const PAGE_SIZE = 50;
const WEEKS_PER_MONTH = 365.25 / 12 / 7;

export const VALUE_SORT_KEYS = ['expectedValue', 'simpleClv', 'pAlive', 'expectedPurchases', 'x', 'recency'] as const;
export type ValueSortKey = (typeof VALUE_SORT_KEYS)[number];

export interface ValueTableRequest {
  page: number;
  sort: ValueSortKey;
  descending: boolean;
  /** Every customer instead of one page: for the export (the page never asks for it). */
  all?: boolean;
}

export interface ValueRequest extends BaseRequest {
  settings: ValueSettings;
  table: ValueTableRequest;
}

export interface SimpleClvFigures {
  period: ClvPeriod;
  periodMonths: number;
  /** Months in the window the margins were earned over. */
  windowMonths: number;
  customers: number;
  /** The sales carry cost or margin; else revenue × the assumed margin. */
  marginFromCost: boolean;
  /** Margin ÷ revenue over the window (the assumed one without cost). */
  marginRate: number;
  /** Average margin per customer per period. */
  marginPerPeriod: number;
  retention: { rate: number | null; typed: boolean; measured: MeasuredRetention };
  discountPerPeriod: number;
  /** null when there is no retention rate (not typed and not measurable). */
  clv: number | null;
  lifetime: number | null;
  totalClv: number | null;
}

export interface ModelFigures {
  status: ModelStatus;
  customers: number;
  repeatCustomers: number;
  groups: number;
  bgnbd: { params: BgnbdParams; logLikelihood: number; iterations: number; converged: boolean } | null;
  gammaGamma: { params: GammaGammaFit['params']; logLikelihood: number; converged: boolean; customers: number; correlation: number } | null;
  fitMs: number;
  horizonMonths: number;
  /** Σ E[Y(horizon)] over customers; null unless fitted. */
  expectedPurchases: number | null;
  expectedValue: number | null;
  /** Average of the order values the value uses. */
  averageOrderValue: number | null;
  discountFactor: number;
  marginRate: number;
  /** Customers by P(alive) in tenths: [0, 0.1), …, [0.9, 1]. */
  aliveHistogram: number[];
  /** Customers with one purchase only (the model counts them alive: dropping out happens after a repeat purchase). */
  singlePurchase: number;
}

export interface ValueRow {
  id: string;
  x: number;
  /** t_x and T, weeks. */
  recency: number;
  age: number;
  pAlive: number | null;
  expectedPurchases: number | null;
  expectedOrderValue: number | null;
  expectedValue: number | null;
  /** Simple CLV with the customer's own margin in the window; null without a retention rate or a sale in the window. */
  simpleClv: number | null;
}

export interface ValueTable {
  rows: ValueRow[];
  page: number;
  pages: number;
  total: number;
  sort: ValueSortKey;
  descending: boolean;
}

export type ValueResult =
  | { kind: 'ready'; analysisDay: number; simple: SimpleClvFigures; model: ModelFigures; holdout: HoldoutFigures; table: ValueTable }
  | { kind: 'salesUnreadable' }
  | { kind: 'noSales'; lines: number };

function simpleFigures(base: CustomerBase, lines: SalesLines, settings: ValueSettings): { figures: SimpleClvFigures; perCustomer: Float64Array | null } {
  const periodMonths = PERIOD_MONTHS[settings.period];
  const revenue = base.revenue.reduce((sum, value) => sum + value, 0);
  const marginFromCost = base.margin !== null;
  const assumed = settings.assumedMargin / 100;
  const marginOf = (b: number) => (base.margin ? (base.margin[b] as number) : (base.revenue[b] as number) * assumed);
  let margin = 0;
  for (let b = 0; b < base.count; b++) margin += marginOf(b);
  const measured = measureRetentionFromLines(lines, base.analysisDay, periodMonths);
  const rate = settings.retention !== null ? settings.retention / 100 : measured.rate;
  const discount = ratePerPeriod(settings.discountRate / 100, periodMonths);
  const scale = periodMonths / base.months;
  const marginPerPeriod = base.count > 0 ? (margin * scale) / base.count : 0;
  const clv = rate === null ? null : simpleClv(marginPerPeriod, rate, discount);
  return {
    figures: {
      period: settings.period,
      periodMonths,
      windowMonths: base.months,
      customers: base.count,
      marginFromCost,
      marginRate: marginFromCost ? (revenue > 0 ? margin / revenue : 0) : assumed,
      marginPerPeriod,
      retention: { rate, typed: settings.retention !== null, measured },
      discountPerPeriod: discount,
      clv,
      lifetime: rate === null ? null : expectedLifetime(rate),
      totalClv: clv === null ? null : clv * base.count,
    },
    perCustomer: rate === null ? null : Float64Array.from({ length: base.count }, (_, b) => simpleClv(marginOf(b) * scale, rate, discount)),
  };
}

function sortValue(key: ValueSortKey, rows: { x: Float64Array; tx: Float64Array; simple: Float64Array }, predictions: Predictions): Float64Array {
  switch (key) {
    case 'expectedValue':
      return predictions.value;
    case 'pAlive':
      return predictions.pAlive;
    case 'expectedPurchases':
      return predictions.purchases;
    case 'x':
      return rows.x;
    case 'recency':
      return rows.tx;
    case 'simpleClv':
      return rows.simple;
  }
}

export async function analyseValue(request: ValueRequest, context: AnalysisContext): Promise<ValueResult> {
  const read = await baseFor(request, context);
  if (!read.ok) return read.reason === 'salesUnreadable' ? { kind: 'salesUnreadable' } : { kind: 'noSales', lines: read.lines.length };
  const { base, lines } = read;
  const { settings } = request;
  const analysisDay = base.analysisDay;
  const sourceKey = JSON.stringify(request.source);
  const simple = simpleFigures(base, lines, settings);

  // Two fits: the whole history (0 → 0.6 of the progress), then the calibration one for the check.
  // Progress is reported only while fitting: turning a page of the table refits nothing and says nothing.
  const main = context.remember(`value-fit:${sourceKey}:${analysisDay}`, () => {
    const fitted = fitModel(lines, analysisDay, null, (f) => context.progress(0.6 * f));
    context.progress(0.6);
    return fitted;
  });
  const calibrationEnd = addMonths(analysisDay, -settings.holdoutMonths);
  const calibration = context.remember(`value-holdout:${sourceKey}:${analysisDay}:${settings.holdoutMonths}`, () => {
    const fitted = fitModel(lines, calibrationEnd, analysisDay, (f) => context.progress(0.6 + 0.35 * f), { spend: false, start: main.bgnbd?.params });
    context.progress(0.95);
    return fitted;
  });
  const holdout: HoldoutFigures = calibration.summary.count === 0 ? { status: 'noCalibration', calibrationEnd, analysisDay, repeatCustomers: 0 } : holdoutFigures(calibration, calibrationEnd, analysisDay);

  const status = modelStatus(main);
  const discountFactor = evenDiscountFactor(settings.horizonMonths, settings.discountRate / 100);
  const marginRate = simple.figures.marginRate;
  const occasions = base.purchaseDays.reduce((sum, n) => sum + n, 0);
  const fallbackOrder = occasions > 0 ? base.revenue.reduce((sum, v) => sum + v, 0) / occasions : 0;
  const horizonWeeks = settings.horizonMonths * WEEKS_PER_MONTH;
  const predictions = context.remember(`value-predict:${sourceKey}:${analysisDay}:${settings.horizonMonths}:${settings.discountRate}:${marginRate}`, () =>
    predict(status === 'fitted' ? main : { ...main, bgnbd: null }, horizonWeeks, marginRate, discountFactor, fallbackOrder),
  );
  const fitted = status === 'fitted';
  const histogram = new Array<number>(10).fill(0);
  let singlePurchase = 0;
  let orderSum = 0;
  for (let i = 0; i < main.summary.count; i++) {
    if (main.summary.x[i] === 0) singlePurchase++;
    orderSum += predictions.order[i] as number;
    if (fitted) {
      const k = Math.min(9, Math.floor((predictions.pAlive[i] as number) * 10));
      histogram[k] = (histogram[k] as number) + 1;
    }
  }
  const sum = (values: Float64Array) => values.reduce((total, v) => total + v, 0);
  const model: ModelFigures = {
    status,
    customers: main.summary.count,
    repeatCustomers: main.repeat,
    groups: main.groups,
    bgnbd: main.bgnbd ? { params: main.bgnbd.params, logLikelihood: main.bgnbd.logLikelihood, iterations: main.bgnbd.iterations, converged: main.bgnbd.converged } : null,
    gammaGamma: main.gammaGamma
      ? { params: main.gammaGamma.params, logLikelihood: main.gammaGamma.logLikelihood, converged: main.gammaGamma.converged, customers: main.gammaGamma.customers, correlation: main.correlation }
      : null,
    fitMs: main.fitMs,
    horizonMonths: settings.horizonMonths,
    expectedPurchases: fitted ? sum(predictions.purchases) : null,
    expectedValue: fitted ? sum(predictions.value) : null,
    averageOrderValue: fitted && main.summary.count > 0 ? orderSum / main.summary.count : null,
    discountFactor,
    marginRate,
    aliveHistogram: histogram,
    singlePurchase,
  };

  const simpleByCustomer = customerSimpleClv(base, main.summary, lines, simple.perCustomer);
  return { kind: 'ready', analysisDay, simple: simple.figures, model, holdout, table: tablePage(request.table, main.summary, lines, predictions, simpleByCustomer, fitted) };
}

/** The simple CLV of each of the model's customers (NaN when they bought nothing in the window). */
function customerSimpleClv(base: CustomerBase, summary: ValueSummary, lines: SalesLines, perCustomer: Float64Array | null): Float64Array {
  const out = new Float64Array(summary.count).fill(Number.NaN);
  if (perCustomer === null) return out;
  const index = new Map(base.ids.map((id, b) => [id, b]));
  for (let i = 0; i < summary.count; i++) {
    const b = index.get(lines.customerLabels[summary.customer[i] as number] as string);
    if (b !== undefined) out[i] = perCustomer[b] as number;
  }
  return out;
}

function tablePage(request: ValueTableRequest, summary: ValueSummary, lines: SalesLines, predictions: Predictions, simple: Float64Array, fitted: boolean): ValueTable {
  const total = summary.count;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // Without a fitted model the model's columns are empty: the table is ordered by the simple CLV instead.
  const sort = !fitted && (request.sort === 'expectedValue' || request.sort === 'pAlive' || request.sort === 'expectedPurchases') ? 'simpleClv' : request.sort;
  const keys = sortValue(sort, { x: summary.x, tx: summary.tx, simple }, predictions);
  const sign = request.descending ? -1 : 1;
  // NaN (no simple CLV) sorts last either way.
  const order = Int32Array.from({ length: total }, (_, i) => i).sort((i, j) => {
    const a = keys[i] as number;
    const b = keys[j] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? i - j : 1) : -1;
    return a === b ? i - j : sign * (a - b);
  });
  const page = request.all ? 0 : Math.min(Math.max(0, request.page), pages - 1);
  const from = request.all ? 0 : page * PAGE_SIZE;
  const to = request.all ? total : Math.min(total, from + PAGE_SIZE);
  const rows: ValueRow[] = [];
  const finite = (value: number) => (Number.isFinite(value) ? value : null);
  for (let k = from; k < to; k++) {
    const i = order[k] as number;
    rows.push({
      id: lines.customerLabels[summary.customer[i] as number] as string,
      x: summary.x[i] as number,
      recency: summary.tx[i] as number,
      age: summary.T[i] as number,
      pAlive: fitted ? (predictions.pAlive[i] as number) : null,
      expectedPurchases: fitted ? finite(predictions.purchases[i] as number) : null,
      expectedOrderValue: fitted ? finite(predictions.order[i] as number) : null,
      expectedValue: fitted ? finite(predictions.value[i] as number) : null,
      simpleClv: finite(simple[i] as number),
    });
  }
  return { rows, page, pages, total, sort, descending: request.descending };
}
