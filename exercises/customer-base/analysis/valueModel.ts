/**
 * Step 4's model in the value worker (valueAnalysis.ts): BG/NBD and Gamma-Gamma fitted on the customers' summary up to
 * a day, what the fits predict per customer over a horizon, and the hold-out check of a fit without the last months
 * against what those months brought.
 */
import { expectedPurchases, fitBgnbd, groupSummaries, probabilityAlive, type BgnbdFit, type BgnbdParams } from '../model/bgnbd';
import { expectedOrderValue, fitGammaGamma, spendFrequencyCorrelation, type GammaGammaFit } from '../model/gammaGamma';
import type { SalesLines } from '../../../src/customers/sales';
import { repeatCustomers, valueSummary, type ValueSummary } from '../model/valueSummary';

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** Fewer customers with a repeat purchase than this: too little to fit four parameters on. */
export const MIN_REPEAT_CUSTOMERS = 30;

export type ModelStatus = 'fitted' | 'tooFew' | 'notConverged';

export interface HoldoutBucket {
  /** 0 … 6, or 7 for "7 and more". */
  x: number;
  customers: number;
  /** Mean repeat purchases in the hold-out: actual and as the calibration fit expects. */
  actual: number;
  predicted: number;
}

export type HoldoutFigures =
  | { status: 'fitted'; calibrationEnd: number; analysisDay: number; weeks: number; params: BgnbdParams; customers: number; buckets: HoldoutBucket[]; actual: number; predicted: number }
  | { status: 'tooFew' | 'notConverged' | 'noCalibration'; calibrationEnd: number; analysisDay: number; repeatCustomers: number };

export interface FittedModel {
  summary: ValueSummary;
  repeat: number;
  groups: number;
  bgnbd: BgnbdFit | null;
  gammaGamma: GammaGammaFit | null;
  correlation: number;
  fitMs: number;
}

/**
 * The customers' summary up to the calibration end and the fits on it (none with too few repeat buyers): BG/NBD,
 * and Gamma-Gamma unless `spend` is false (the hold-out check compares purchases only). `start`: BG/NBD's
 * starting point, the full data's fit for the hold-out one.
 */
export function fitModel(lines: SalesLines, calibrationEnd: number, holdoutEnd: number | null, report: (fraction: number) => void, options: { spend: boolean; start?: BgnbdParams } = { spend: true }): FittedModel {
  const started = performance.now();
  const summary = valueSummary(lines, calibrationEnd, holdoutEnd);
  const repeat = repeatCustomers(summary);
  if (repeat < MIN_REPEAT_CUSTOMERS) return { summary, repeat, groups: 0, bgnbd: null, gammaGamma: null, correlation: Number.NaN, fitMs: performance.now() - started };
  const groups = groupSummaries(summary.x, summary.tx, summary.T);
  const bgnbd = fitBgnbd(groups, report, options.start);
  const gammaGamma = options.spend ? fitGammaGamma(summary.x, summary.meanSpend) : null;
  return { summary, repeat, groups: groups.count, bgnbd, gammaGamma, correlation: options.spend ? spendFrequencyCorrelation(summary.x, summary.meanSpend) : Number.NaN, fitMs: performance.now() - started };
}

/** Per customer of the model's summary: what the table shows, in columns. */
export interface Predictions {
  pAlive: Float64Array;
  purchases: Float64Array;
  order: Float64Array;
  value: Float64Array;
}

export function predict(model: FittedModel, horizonWeeks: number, marginRate: number, discountFactor: number, fallbackOrder: number): Predictions {
  const { summary, bgnbd, gammaGamma } = model;
  const n = summary.count;
  const out: Predictions = { pAlive: new Float64Array(n), purchases: new Float64Array(n), order: new Float64Array(n), value: new Float64Array(n) };
  if (!bgnbd) return out;
  // Per group: the 2F1 series is the costly part, and customers with the same (x, t_x, T) share it.
  const groups = groupSummaries(summary.x, summary.tx, summary.T);
  const perGroup = Float64Array.from({ length: groups.count }, (_, g) => expectedPurchases(bgnbd.params, horizonWeeks, groups.x[g] as number, groups.tx[g] as number, groups.T[g] as number));
  const useSpendModel = gammaGamma !== null && gammaGamma.converged;
  for (let i = 0; i < n; i++) {
    const x = summary.x[i] as number;
    out.pAlive[i] = probabilityAlive(bgnbd.params, x, summary.tx[i] as number, summary.T[i] as number);
    out.purchases[i] = perGroup[groups.groupOf[i] as number] as number;
    const own = summary.meanSpend[i] as number;
    out.order[i] = useSpendModel && gammaGamma ? expectedOrderValue(gammaGamma.params, x, own) : x > 0 && own > 0 ? own : fallbackOrder;
    out.value[i] = (out.purchases[i] as number) * (out.order[i] as number) * marginRate * discountFactor;
  }
  return out;
}

export function modelStatus(model: FittedModel): ModelStatus {
  if (model.bgnbd === null) return 'tooFew';
  return model.bgnbd.converged && Number.isFinite(model.bgnbd.logLikelihood) ? 'fitted' : 'notConverged';
}

export function holdoutFigures(model: FittedModel, calibrationEnd: number, analysisDay: number): HoldoutFigures {
  const status = modelStatus(model);
  if (status !== 'fitted' || !model.bgnbd) return { status: status === 'fitted' ? 'notConverged' : status, calibrationEnd, analysisDay, repeatCustomers: model.repeat };
  const weeks = (analysisDay - calibrationEnd) / 7;
  const { summary } = model;
  const buckets: HoldoutBucket[] = Array.from({ length: 8 }, (_, x) => ({ x, customers: 0, actual: 0, predicted: 0 }));
  const groups = groupSummaries(summary.x, summary.tx, summary.T);
  const params = model.bgnbd.params;
  const perGroup = Float64Array.from({ length: groups.count }, (_, g) => expectedPurchases(params, weeks, groups.x[g] as number, groups.tx[g] as number, groups.T[g] as number));
  let actual = 0;
  let predicted = 0;
  for (let i = 0; i < summary.count; i++) {
    const bucket = buckets[Math.min(7, summary.x[i] as number)] as HoldoutBucket;
    const expected = perGroup[groups.groupOf[i] as number] as number;
    bucket.customers++;
    bucket.actual += summary.holdout[i] as number;
    bucket.predicted += expected;
    actual += summary.holdout[i] as number;
    predicted += expected;
  }
  for (const bucket of buckets) {
    if (bucket.customers === 0) continue;
    bucket.actual /= bucket.customers;
    bucket.predicted /= bucket.customers;
  }
  return { status, calibrationEnd, analysisDay, weeks, params, customers: summary.count, buckets: buckets.filter((bucket) => bucket.customers > 0), actual, predicted };
}
