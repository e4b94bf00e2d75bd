/**
 * What BG/NBD and Gamma-Gamma read per customer, from the sales lines and a calibration end (METHODS.md):
 * purchase occasions are days (several lines or documents on one day are one occasion, as in the CDNOW data);
 * a day with a sale line (amount ≥ 0: a free item counts, as CDNOW's $0 orders do) is an occasion, a day with
 * only returns is not (the returns still count in revenue elsewhere); an occasion's value is its day's net sum. x = occasions − 1, t_x = last − first occasion, T = calibration end − first
 * occasion, in weeks (days / 7). m̄ = the mean value of the repeat occasions (the first left out, as the spend
 * model expects). Every purchase up to the calibration end counts, not only the analysis window: the model
 * needs each customer's history from the first purchase. Optionally the occasions after the calibration end up
 * to a later day: the hold-out's actual repeat purchases.
 */
import { NO_CODE, NO_DAY, type SalesLines } from '../../../src/customers/sales';

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

export interface ValueSummary {
  /** Customers with an occasion up to the calibration end, in customer-code order. */
  count: number;
  /** Code into the lines' customerLabels. */
  customer: Int32Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  x: Float64Array;
  /** Weeks. */
  tx: Float64Array;
  T: Float64Array;
  /** Mean value of the repeat occasions; 0 when x = 0. */
  meanSpend: Float64Array;
  /** Occasions after the calibration end up to `holdoutEnd`; all 0 without one. */
  holdout: Float64Array;
  calibrationEnd: number;
  holdoutEnd: number | null;
}

/** Lines of each customer, grouped by a counting sort (a million lines, no comparison sort over them all). */
function linesByCustomer(lines: SalesLines): { offsets: Int32Array; order: Int32Array; customers: number } {
  const customers = lines.customerLabels.length;
  const offsets = new Int32Array(customers + 1);
  for (let i = 0; i < lines.length; i++) {
    const c = lines.customer[i] as number;
    if (c !== NO_CODE) offsets[c + 1] = (offsets[c + 1] as number) + 1;
  }
  for (let c = 0; c < customers; c++) offsets[c + 1] = (offsets[c + 1] as number) + (offsets[c] as number);
  const next = offsets.slice(0, customers);
  const order = new Int32Array(offsets[customers] as number);
  for (let i = 0; i < lines.length; i++) {
    const c = lines.customer[i] as number;
    if (c === NO_CODE) continue;
    order[next[c] as number] = i;
    next[c] = (next[c] as number) + 1;
  }
  return { offsets, order, customers };
}

export function valueSummary(lines: SalesLines, calibrationEnd: number, holdoutEnd: number | null = null): ValueSummary {
  const { offsets, order, customers } = linesByCustomer(lines);
  const end = holdoutEnd ?? calibrationEnd;
  const out = {
    customer: new Int32Array(customers),
    firstDay: new Int32Array(customers),
    lastDay: new Int32Array(customers),
    x: new Float64Array(customers),
    tx: new Float64Array(customers),
    T: new Float64Array(customers),
    meanSpend: new Float64Array(customers),
    holdout: new Float64Array(customers),
  };
  let count = 0;
  const days: number[] = [];
  const amounts: number[] = [];
  for (let c = 0; c < customers; c++) {
    days.length = 0;
    amounts.length = 0;
    for (let k = offsets[c] as number; k < (offsets[c + 1] as number); k++) {
      const i = order[k] as number;
      const day = lines.day[i] as number;
      const amount = lines.amount[i] as number;
      if (day === NO_DAY || day > end || Number.isNaN(amount)) continue;
      days.push(day);
      amounts.push(amount);
    }
    if (days.length === 0) continue;
    const byDay = days.map((_, k) => k).sort((i, j) => (days[i] as number) - (days[j] as number));
    let first = NO_DAY;
    let last = NO_DAY;
    let occasions = 0;
    let repeatSpend = 0;
    let held = 0;
    for (let k = 0; k < byDay.length; ) {
      const day = days[byDay[k] as number] as number;
      let total = 0;
      let sale = false;
      while (k < byDay.length && days[byDay[k] as number] === day) {
        const amount = amounts[byDay[k++] as number] as number;
        total += amount;
        if (amount >= 0) sale = true;
      }
      if (!sale) continue;
      if (day > calibrationEnd) {
        if (first !== NO_DAY) held++;
        continue;
      }
      if (first === NO_DAY) first = day;
      else repeatSpend += total;
      last = day;
      occasions++;
    }
    if (first === NO_DAY) continue;
    const x = occasions - 1;
    out.customer[count] = c;
    out.firstDay[count] = first;
    out.lastDay[count] = last;
    out.x[count] = x;
    out.tx[count] = (last - first) / 7;
    out.T[count] = (calibrationEnd - first) / 7;
    out.meanSpend[count] = x > 0 ? repeatSpend / x : 0;
    out.holdout[count] = held;
    count++;
  }
  return {
    count,
    customer: out.customer.slice(0, count),
    firstDay: out.firstDay.slice(0, count),
    lastDay: out.lastDay.slice(0, count),
    x: out.x.slice(0, count),
    tx: out.tx.slice(0, count),
    T: out.T.slice(0, count),
    meanSpend: out.meanSpend.slice(0, count),
    holdout: out.holdout.slice(0, count),
    calibrationEnd,
    holdoutEnd,
  };
}

/** Customers with at least one repeat purchase: the model's evidence. */
export function repeatCustomers(summary: ValueSummary): number {
  let n = 0;
  for (let i = 0; i < summary.count; i++) if ((summary.x[i] as number) > 0) n++;
  return n;
}
