/**
 * XYZ classes by the steadiness of a customer's purchases (METHODS.md, "Customer base and segmentation"): the
 * coefficient of variation of its monthly net sales, CV = population standard deviation / mean, over the months
 * of the window; CV ≤ x % → X, ≤ y % → Y, else Z.
 *
 * Which months count: a customer who bought before the window is measured over all its months (a silent month is
 * a month of 0); one who first bought within the window, from the month of its first purchase, so that the months
 * before it joined do not read as irregular buying. Fewer than MIN_XYZ_MONTHS counted months: "too new", a class of
 * its own shown apart. A window of fewer than MIN_XYZ_MONTHS months in all: no XYZ at all (a CV of one or two
 * months says nothing about steadiness).
 *
 * A customer whose net sales over its months are zero or negative (returns as large as the sales) has no CV (the
 * mean is not positive): it is Z, since nothing about its buying is steady.
 */

export const XYZ_CLASSES = ['X', 'Y', 'Z'] as const;
export type XyzClass = (typeof XYZ_CLASSES)[number];
/** Class codes in typed arrays: the index in XYZ_GROUPS. */
export const XYZ_GROUPS = ['X', 'Y', 'Z', 'new'] as const;
export type XyzGroup = (typeof XYZ_GROUPS)[number];
export const XYZ_X = 0;
export const XYZ_Y = 1;
export const XYZ_Z = 2;
export const XYZ_NEW = 3;

export const MIN_XYZ_MONTHS = 3;

export interface XyzThresholds {
  x: number;
  y: number;
}

export type XyzThresholdProblem = 'xNotBelowY';

export function xyzThresholdProblem({ x, y }: XyzThresholds): XyzThresholdProblem | null {
  return x < y ? null : 'xNotBelowY';
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** Population CV of values[from, to); NaN when the mean is not positive or the range is empty. */
export function coefficientOfVariation(values: ArrayLike<number>, from: number, to: number): number {
  const n = to - from;
  if (n <= 0) return Number.NaN;
  let sum = 0;
  for (let k = from; k < to; k++) sum += values[k] as number;
  const mean = sum / n;
  if (!(mean > 0)) return Number.NaN;
  let squares = 0;
  for (let k = from; k < to; k++) squares += ((values[k] as number) - mean) ** 2;
  return Math.sqrt(squares / n) / mean;
}

/** What the classing needs of the customer base (model/base.ts). */
export interface MonthlySales {
  count: number;
  months: number;
  /** count × months, row by customer. */
  monthly: Float64Array;
  startDay: number;
  /** Month buckets: bucket j is the days after monthEnds[j] up to monthEnds[j + 1]. */
  monthEnds: Int32Array;
  firstDay: Int32Array;
  firstEverDay: Int32Array;
}

/** The first month bucket counted for each customer: 0, or the month of its first purchase if it joined in the window. */
export function firstCountedMonth(sales: MonthlySales): Int32Array {
  const first = new Int32Array(sales.count);
  const ends = sales.monthEnds;
  for (let b = 0; b < sales.count; b++) {
    if ((sales.firstEverDay[b] as number) < sales.startDay) continue;
    const day = sales.firstDay[b] as number;
    // The bucket is the number of month ends strictly before the day, less one.
    let month = 0;
    while (month + 1 < sales.months && day > (ends[month + 1] as number)) month++;
    first[b] = month;
  }
  return first;
}

export type XyzClassing =
  | { kind: 'tooFewMonths'; months: number }
  | {
      kind: 'ready';
      /** Per customer: XYZ_X, XYZ_Y, XYZ_Z or XYZ_NEW. */
      classes: Uint8Array;
      /** Per customer: the CV as a fraction; NaN for "too new" or no positive mean. */
      cv: Float64Array;
      /** Per customer: months counted. */
      monthsCounted: Int32Array;
    };

export function classifyXyz(sales: MonthlySales, thresholds: XyzThresholds): XyzClassing {
  const { count, months, monthly } = sales;
  if (months < MIN_XYZ_MONTHS) return { kind: 'tooFewMonths', months };
  const first = firstCountedMonth(sales);
  const classes = new Uint8Array(count);
  const cv = new Float64Array(count);
  const monthsCounted = new Int32Array(count);
  // A CV computed as 0.1 may come out 0.10000000000000002: a hair of tolerance keeps it at a 10 % line.
  const xLine = thresholds.x / 100 + 1e-12;
  const yLine = thresholds.y / 100 + 1e-12;
  for (let b = 0; b < count; b++) {
    const counted = months - (first[b] as number);
    monthsCounted[b] = counted;
    if (counted < MIN_XYZ_MONTHS) {
      classes[b] = XYZ_NEW;
      cv[b] = Number.NaN;
      continue;
    }
    const value = coefficientOfVariation(monthly, b * months + (first[b] as number), (b + 1) * months);
    cv[b] = value;
    classes[b] = Number.isNaN(value) ? XYZ_Z : value <= xLine ? XYZ_X : value <= yLine ? XYZ_Y : XYZ_Z;
  }
  return { kind: 'ready', classes, cv, monthsCounted };
}
