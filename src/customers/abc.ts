/**
 * ABC (Pareto) classes of customers by value (METHODS.md, "Customer base and segmentation"): customers ranked by
 * revenue or profit, most valuable first; A while the share of value ahead of a customer is below a %, B while it
 * is below b %, the rest C.
 *
 * The customer that crosses a threshold: a customer is A when the customers worth MORE than it bring less than
 * a % of the value together (the share "before" it). So the customer whose own value carries the cumulative share
 * over a % is still A, and the most valuable customer is always A even when it alone brings more than a %. The
 * usual wording "cumulative share ≤ a % → A" holds for every A customer but the one that crosses the line.
 *
 * Ties: customers of equal value share one class (the share before them counts only strictly more valuable
 * customers), so the class never depends on the order a file lists tied customers in.
 *
 * Zero or negative value (returns above sales; a loss by profit): such a customer brings nothing to share out, so
 * it is C, counted apart and named. Shares of value are of the positive customers' total: A + B + C (positive
 * part) = 100 %.
 */

export const ABC_CLASSES = ['A', 'B', 'C'] as const;
export type AbcClass = (typeof ABC_CLASSES)[number];
/** Class codes in typed arrays: the index in ABC_CLASSES. */
export const ABC_A = 0;
export const ABC_B = 1;
export const ABC_C = 2;

/** Thresholds as typed, in percent of value (80 = 80 %). */
export interface AbcThresholds {
  a: number;
  b: number;
}

export type AbcThresholdProblem = 'aNotPositive' | 'aNotBelowB' | 'bOver100';

/** Why the thresholds cannot class customers (0 < a < b ≤ 100), or null. */
export function abcThresholdProblem({ a, b }: AbcThresholds): AbcThresholdProblem | null {
  if (!(a > 0)) return 'aNotPositive';
  if (!(a < b)) return 'aNotBelowB';
  if (b > 100) return 'bOver100';
  return null;
}

export interface AbcClassing {
  /** Customer indices, most valuable first; ties in index order (a stable order for lists and the curve). */
  order: Int32Array;
  /** Per customer: ABC_A, ABC_B or ABC_C. */
  classes: Uint8Array;
  /** Per customer: the share of the positive total brought by the customers worth more than it (0…1). */
  shareBefore: Float64Array;
  /** Sum of the positive values: the value the classes share out. */
  positiveTotal: number;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** Customer indices by value, descending, ties in index order. */
export function rankByValue(values: ArrayLike<number>): Int32Array {
  const order = Int32Array.from({ length: values.length }, (_, index) => index);
  return order.sort((left, right) => (values[right] as number) - (values[left] as number) || left - right);
}

export function classifyAbc(values: ArrayLike<number>, thresholds: AbcThresholds): AbcClassing {
  const count = values.length;
  const order = rankByValue(values);
  let positiveTotal = 0;
  for (let index = 0; index < count; index++) positiveTotal += Math.max(0, values[index] as number);
  const classes = new Uint8Array(count).fill(ABC_C);
  const shareBefore = new Float64Array(count);
  let before = 0;
  let rank = 0;
  while (rank < count) {
    const value = values[order[rank] as number] as number;
    // The tie group [rank, end): every member has the same value before it.
    let end = rank + 1;
    while (end < count && values[order[end] as number] === value) end++;
    // In value units, not shares: 80 of 100 before is exactly at an 80 % line (0.8 as a share is inexact).
    const code = value <= 0 ? ABC_C : before * 100 < thresholds.a * positiveTotal ? ABC_A : before * 100 < thresholds.b * positiveTotal ? ABC_B : ABC_C;
    for (let k = rank; k < end; k++) {
      const customer = order[k] as number;
      classes[customer] = code;
      shareBefore[customer] = positiveTotal > 0 ? before / positiveTotal : 0;
    }
    if (value > 0) before += value * (end - rank);
    rank = end;
  }
  return { order, classes, shareBefore, positiveTotal };
}

export interface AbcClassFigures {
  customers: number;
  /** Sum of the class's positive values (C's zero or negative customers are apart, in `nonPositive`). */
  value: number;
  customerShare: number;
  /** Of the positive total; null when no customer has a positive value. */
  valueShare: number | null;
}

export interface AbcSummary {
  customers: number;
  classes: Record<AbcClass, AbcClassFigures>;
  /** Customers of zero or negative value (all in C): how many, their summed value (≤ 0). */
  nonPositive: { customers: number; value: number };
  positiveTotal: number;
}

export function summariseAbc(values: ArrayLike<number>, classing: AbcClassing): AbcSummary {
  const count = values.length;
  const customers = [0, 0, 0];
  const value = [0, 0, 0];
  const nonPositive = { customers: 0, value: 0 };
  for (let index = 0; index < count; index++) {
    const code = classing.classes[index] as number;
    const own = values[index] as number;
    customers[code] = (customers[code] as number) + 1;
    if (own > 0) value[code] = (value[code] as number) + own;
    else {
      nonPositive.customers++;
      nonPositive.value += own;
    }
  }
  const figures = (code: number): AbcClassFigures => ({
    customers: customers[code] as number,
    value: value[code] as number,
    customerShare: count > 0 ? (customers[code] as number) / count : 0,
    valueShare: classing.positiveTotal > 0 ? (value[code] as number) / classing.positiveTotal : null,
  });
  return { customers: count, classes: { A: figures(ABC_A), B: figures(ABC_B), C: figures(ABC_C) }, nonPositive, positiveTotal: classing.positiveTotal };
}

export interface ParetoPoint {
  customerShare: number;
  valueShare: number;
}

export interface ParetoCurve {
  points: ParetoPoint[];
  /** "x % of customers bring y %": the A class. */
  mark: { customers: number; customerShare: number; valueShare: number };
}

/**
 * The cumulative share of value against the share of customers ranked by value, from (0, 0); at most about
 * `maxPoints` points (a chart of 100,000 customers needs no more), the A class's last customer always among them.
 * Customers of zero or negative value add nothing: the curve stays flat at 100 % over them.
 */
export function paretoCurve(values: ArrayLike<number>, classing: AbcClassing, maxPoints = 200): ParetoCurve {
  const count = values.length;
  const { order, classes, positiveTotal } = classing;
  let aCount = 0;
  for (let index = 0; index < count; index++) if (classes[index] === ABC_A) aCount++;
  const step = Math.max(1, Math.ceil(count / maxPoints));
  const points: ParetoPoint[] = [{ customerShare: 0, valueShare: 0 }];
  let cumulative = 0;
  let markShare = 0;
  for (let rank = 0; rank < count; rank++) {
    cumulative += Math.max(0, values[order[rank] as number] as number);
    const taken = rank + 1;
    const share = positiveTotal > 0 ? Math.min(1, cumulative / positiveTotal) : 0;
    if (taken === aCount) markShare = share;
    if (taken % step === 0 || taken === count || taken === aCount) points.push({ customerShare: taken / count, valueShare: share });
  }
  return { points, mark: { customers: aCount, customerShare: count > 0 ? aCount / count : 0, valueShare: markShare } };
}
