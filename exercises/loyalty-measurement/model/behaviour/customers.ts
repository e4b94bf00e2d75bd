/**
 * What each customer did inside the analysis window, summed over customers: how many bought, how many bought
 * again, their own median interval between purchases, who has gone quiet for longer than their own rhythm
 * allows (the lapsed), and where they stand on the commitment ladder.
 */
import type { RetentionPeriod } from '../../state';
import { periodLookup } from './calendar';
import type { Purchases } from './purchases';
import type { IntervalBin, LadderCounts, LapsedCounts } from './types';

// Casts in this file: reads at an index below the length, which noUncheckedIndexedAccess cannot see.

/** Upper bounds (days, inclusive) of the interval histogram's bins (from, to]; the last bin is open. Medians can be halves. */
export const INTERVAL_BIN_EDGES = [7, 14, 30, 60, 90, 180, 365] as const;

/** The first index in sorted days[from, to) whose day is ≥ `day`. */
export function lowerBound(days: ArrayLike<number>, from: number, to: number, day: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The median of sorted values; the mean of the two middle ones for an even count. */
export function sortedMedian(sorted: ArrayLike<number>, length = sorted.length): number {
  const middle = length >> 1;
  return length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface CustomerFigures {
  customers: number;
  purchases: number;
  repeatCustomers: number;
  /** Each repeat customer's median interval, sorted. */
  medians: Float64Array;
  intervalBins: IntervalBin[];
  lapsed: LapsedCounts;
  ladder: LadderCounts;
}

export interface CustomerRules {
  from: number;
  to: number;
  period: RetentionPeriod;
  lapseFactor: number;
  oneTimeLapseDays: number;
}

function binIndex(days: number): number {
  const index = INTERVAL_BIN_EDGES.findIndex((edge) => days <= edge);
  return index < 0 ? INTERVAL_BIN_EDGES.length : index;
}

/**
 * Lapsed at the window's end: a repeat customer whose days since the last purchase exceed k × their own median
 * interval; a one-time customer whose days since it exceed the fixed threshold. Ladder: one purchase → first
 * purchase; two or more → repeat, or regular when they bought in more than half of the periods from their first
 * one in the window to the window's last, counting at least two periods (a newcomer is not judged on one period).
 */
export function customerFigures(purchases: Purchases, rules: CustomerRules): CustomerFigures {
  const { start, day } = purchases;
  const { from, to, lapseFactor, oneTimeLapseDays } = rules;
  const periodOf = periodLookup(from, to, rules.period);
  const lastPeriod = periodOf(to);
  const medians = new Float64Array(purchases.customerCount);
  const binCounts = new Array<number>(INTERVAL_BIN_EDGES.length + 1).fill(0);
  const gaps = new Float64Array(Math.max(1, maxPurchases(start, purchases.customerCount)));
  const lapsed: LapsedCounts = { total: 0, repeatBuyers: 0, oneTimeBuyers: 0 };
  const ladder: LadderCounts = { firstPurchase: 0, repeat: 0, regular: 0 };
  let customers = 0;
  let total = 0;
  let repeatCustomers = 0;

  for (let c = 0; c < purchases.customerCount; c++) {
    const first = lowerBound(day, start[c] as number, start[c + 1] as number, from);
    const end = lowerBound(day, first, start[c + 1] as number, to + 1);
    const count = end - first;
    if (count === 0) continue;
    customers += 1;
    total += count;
    const silence = to - (day[end - 1] as number);
    if (count === 1) {
      ladder.firstPurchase += 1;
      if (silence > oneTimeLapseDays) {
        lapsed.total += 1;
        lapsed.oneTimeBuyers += 1;
      }
      continue;
    }
    for (let i = first + 1; i < end; i++) gaps[i - first - 1] = (day[i] as number) - (day[i - 1] as number);
    const own = gaps.subarray(0, count - 1).sort();
    const median = sortedMedian(own);
    medians[repeatCustomers] = median;
    repeatCustomers += 1;
    binCounts[binIndex(median)] = (binCounts[binIndex(median)] as number) + 1;
    if (silence > lapseFactor * median) {
      lapsed.total += 1;
      lapsed.repeatBuyers += 1;
    }

    const startPeriod = periodOf(day[first] as number);
    let activePeriods = 0;
    let previous = Number.NaN;
    for (let i = first; i < end; i++) {
      const period = periodOf(day[i] as number);
      if (period !== previous) activePeriods += 1;
      previous = period;
    }
    const span = lastPeriod - startPeriod + 1;
    if (span >= 2 && activePeriods * 2 > span) ladder.regular += 1;
    else ladder.repeat += 1;
  }

  const intervalBins = binCounts.map((customersInBin, index): IntervalBin => ({
    from: index === 0 ? 0 : (INTERVAL_BIN_EDGES[index - 1] as number),
    to: index < INTERVAL_BIN_EDGES.length ? (INTERVAL_BIN_EDGES[index] as number) : null,
    customers: customersInBin,
  }));
  return { customers, purchases: total, repeatCustomers, medians: medians.slice(0, repeatCustomers).sort(), intervalBins, lapsed, ladder };
}

function maxPurchases(start: Int32Array, customerCount: number): number {
  let max = 0;
  for (let c = 0; c < customerCount; c++) max = Math.max(max, (start[c + 1] as number) - (start[c] as number));
  return max;
}
