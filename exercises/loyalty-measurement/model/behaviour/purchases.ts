/**
 * Purchases per customer: the sales rows grouped by customer, each customer's days in order. Rows of one
 * customer on one day are one purchase (one visit, several receipt lines) unless the participant chose to
 * count rows; rows dated after today are left out and counted, so the screen can say how many.
 */
import type { BehaviourSales } from './sales';

// Casts in this file: reads at an index below the length, which noUncheckedIndexedAccess cannot see.

export interface Purchases {
  customerCount: number;
  /** Customer c's purchase days are day[start[c]] … day[start[c + 1] − 1], earliest first. */
  start: Int32Array;
  day: Int32Array;
  /** Rows kept (not in the future). */
  rows: number;
  /** Rows dated after today, left out. */
  futureRows: number;
  /** Rows folded into another row of the same customer and day (0 when rows are counted). */
  mergedRows: number;
  firstDay: number | null;
  lastDay: number | null;
}

export function purchasesOf(sales: BehaviourSales, options: { today: number; countRows: boolean }): Purchases {
  const customerCount = sales.customers.length;
  // A counting sort by customer: linear in the rows, where a comparison sort of a million keys is not.
  const counts = new Int32Array(customerCount + 1);
  let futureRows = 0;
  for (let i = 0; i < sales.count; i++) {
    if ((sales.day[i] as number) > options.today) futureRows += 1;
    else {
      const next = (sales.customer[i] as number) + 1;
      counts[next] = (counts[next] as number) + 1;
    }
  }
  for (let c = 0; c < customerCount; c++) counts[c + 1] = (counts[c + 1] as number) + (counts[c] as number);
  const rows = sales.count - futureRows;
  const sorted = new Int32Array(rows);
  const fill = counts.slice(0, customerCount);
  for (let i = 0; i < sales.count; i++) {
    const day = sales.day[i] as number;
    if (day > options.today) continue;
    const c = sales.customer[i] as number;
    sorted[fill[c] as number] = day;
    fill[c] = (fill[c] as number) + 1;
  }

  const start = new Int32Array(customerCount + 1);
  const day = options.countRows ? sorted : new Int32Array(rows);
  let kept = 0;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < customerCount; c++) {
    const from = counts[c] as number;
    const to = counts[c + 1] as number;
    const own = sorted.subarray(from, to).sort();
    start[c] = kept;
    for (let i = 0; i < own.length; i++) {
      const d = own[i] as number;
      if (!options.countRows && i > 0 && d === own[i - 1]) continue;
      day[kept] = d;
      kept += 1;
    }
    if (own.length > 0) {
      firstDay = Math.min(firstDay, own[0] as number);
      lastDay = Math.max(lastDay, own[own.length - 1] as number);
    }
  }
  start[customerCount] = kept;
  return {
    customerCount,
    start,
    day: day.subarray(0, kept),
    rows,
    futureRows,
    mergedRows: rows - kept,
    firstDay: kept > 0 ? firstDay : null,
    lastDay: kept > 0 ? lastDay : null,
  };
}
