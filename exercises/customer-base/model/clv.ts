/**
 * Simple customer lifetime value (Gupta & Lehmann 2003): CLV = m · r / (1 + i − r), m the margin per period,
 * r the retention per period, i the discount rate per period; expected lifetime 1 / (1 − r) periods. The
 * formula takes margin and retention as constant forever and counts no acquisition cost; the step says so.
 * Also the discounting of the model's expected value over a horizon.
 */
import type { ClvPeriod } from '../state';
import { addMonths } from '../../../src/customers/base';
import { NO_CODE, NO_DAY, type SalesLines } from '../../../src/customers/sales';

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

export const PERIOD_MONTHS: Record<ClvPeriod, number> = { month: 1, quarter: 3, year: 12 };

/** The rate per period equivalent to a yearly rate (compounded): (1 + yearly)^(months/12) − 1. */
export function ratePerPeriod(yearly: number, months: number): number {
  return Math.pow(1 + yearly, months / 12) - 1;
}

/** m · r / (1 + i − r); Infinity when r = 1 and i = 0 (a customer kept forever with nothing discounted). */
export function simpleClv(margin: number, retention: number, discount: number): number {
  const denominator = 1 + discount - retention;
  return denominator <= 0 ? Infinity : (margin * retention) / denominator;
}

/** 1 / (1 − r) periods. */
export function expectedLifetime(retention: number): number {
  return retention >= 1 ? Infinity : 1 / (1 - retention);
}

export interface MeasuredRetention {
  /** retained / active; null when fewer than two whole periods fit in the window, or nobody was active. */
  rate: number | null;
  /** Customer-periods with a purchase that have a next period in the window. */
  active: number;
  /** Of those, the ones who bought again in the next period. */
  retained: number;
  /** Whole periods in the window, counted back from the analysis day. */
  periods: number;
}

/**
 * Retention measured from the data: periods of `periodMonths` counted back from the analysis day (whole periods
 * only, the oldest partial one left out); a customer is active in a period when their net sales in it are above
 * zero. r = Σ (active in a period and in the next) / Σ (active in a period that has a next one), over every
 * pair of consecutive periods. `monthly` is count × months, oldest month first (model/base.ts).
 */
export function measureRetention(monthly: Float64Array, count: number, months: number, periodMonths: number): MeasuredRetention {
  const periods = Math.floor(months / periodMonths);
  if (periods < 2) return { rate: null, active: 0, retained: 0, periods };
  const first = months - periods * periodMonths;
  let active = 0;
  let retained = 0;
  for (let c = 0; c < count; c++) {
    const row = c * months;
    let previous = false;
    for (let p = 0; p < periods; p++) {
      let sales = 0;
      for (let j = 0; j < periodMonths; j++) sales += monthly[row + first + p * periodMonths + j] as number;
      const now = sales > 0;
      if (p > 0 && previous) {
        active++;
        if (now) retained++;
      }
      previous = now;
    }
  }
  return { rate: active > 0 ? retained / active : null, active, retained, periods };
}

/**
 * The factor that discounts a value earned evenly over `months` months at a yearly rate: the mean of
 * (1 + i_month)^−k for k = 1 … months, as if each month's share of the purchases were paid at its end.
 * This is the approximation the expected value over the horizon uses.
 */
export function evenDiscountFactor(months: number, yearly: number): number {
  if (months <= 0) return 1;
  const monthly = ratePerPeriod(yearly, 1);
  let sum = 0;
  for (let k = 1; k <= months; k++) sum += Math.pow(1 + monthly, -k);
  return sum / months;
}

/**
 * Retention measured over the whole history up to the analysis day (not only the window: a yearly rate needs
 * at least two years): periods of `periodMonths` counted back from the analysis day, the oldest partial one
 * left out; per customer and period the net sales, then `measureRetention` over them.
 */
export function measureRetentionFromLines(lines: SalesLines, analysisDay: number, periodMonths: number): MeasuredRetention {
  let first = Infinity;
  for (let i = 0; i < lines.length; i++) {
    const day = lines.day[i] as number;
    if (day !== NO_DAY && day <= analysisDay && day < first) first = day;
  }
  // ends[k]: the start of period k counted back (exclusive), ends[0] = the analysis day.
  const ends: number[] = [analysisDay];
  while (Number.isFinite(first) && addMonths(analysisDay, -ends.length * periodMonths) >= first - 1) ends.push(addMonths(analysisDay, -ends.length * periodMonths));
  const periods = ends.length - 1;
  const customers = lines.customerLabels.length;
  if (periods < 2) return { rate: null, active: 0, retained: 0, periods: Math.max(0, periods) };
  const sales = new Float64Array(customers * periods);
  const oldest = ends[periods] as number;
  for (let i = 0; i < lines.length; i++) {
    const c = lines.customer[i] as number;
    const day = lines.day[i] as number;
    const amount = lines.amount[i] as number;
    if (c === NO_CODE || day === NO_DAY || day > analysisDay || day <= oldest || Number.isNaN(amount)) continue;
    // Periods back from the analysis day: the first k with day > ends[k + 1]; stored oldest first.
    let k = 0;
    while (day <= (ends[k + 1] as number)) k++;
    sales[c * periods + (periods - 1 - k)] = (sales[c * periods + (periods - 1 - k)] as number) + amount;
  }
  return measureRetention(sales, customers, periods, 1);
}
