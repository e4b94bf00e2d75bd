/**
 * RFM (METHODS.md, "Customer base and segmentation"): per customer who bought in the window, recency (days from
 * the last purchase to the analysis day), frequency (orders) and monetary value (revenue net of returns), each
 * scored 1–5 so that 5 is the best (the most recent, the most orders, the most money). Two binnings:
 *
 * - 'quintiles': equal-count fifths where a value is never split across two scores. The customers are put in
 *   order from the worst value to the best (recency: the most days first); a value's score is set by the
 *   position p (0-based) of its first occurrence in that order: score = ⌊5p / n⌋ + 1. Equal values share a
 *   score, and a block of ties falls wholly in the fifth where it starts, so the fifths are as equal as the ties
 *   allow (without ties they differ by at most one customer).
 * - 'rfmPackage': as the R package rfm scores them (rfm_table_order → rfm_prep_bins): breaks b1…b4 = the 20, 40,
 *   60 and 80 % quantiles (R's default type 7) plus 1; half-open intervals [min, b1), [b1, b2), …, [b4, max + 1);
 *   frequency and monetary score = the interval's number, recency the reverse (6 − number: the fewest days get 5).
 *   With many ties two breaks can be equal and an interval empty: that score is then given to nobody.
 */
import type { CustomerBase } from './base';
import type { RfmBinning } from './settings';

export const RFM_DIMENSIONS = ['r', 'f', 'm'] as const;
export type RfmDimension = (typeof RFM_DIMENSIONS)[number];

export const SCORES = [1, 2, 3, 4, 5] as const;

export interface RfmValues {
  count: number;
  /** Days from the last purchase in the window to the analysis day. */
  recency: Int32Array;
  frequency: Int32Array;
  monetary: Float64Array;
}

export interface RfmScores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** 'rfmPackage' only: the four breaks per dimension (quantile + 1), in the dimension's own units. */
  breaks: Record<RfmDimension, number[]> | null;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

export function rfmValues(base: CustomerBase): RfmValues {
  const recency = new Int32Array(base.count);
  for (let b = 0; b < base.count; b++) recency[b] = base.analysisDay - (base.lastDay[b] as number);
  return { count: base.count, recency, frequency: base.orders, monetary: base.revenue };
}

/** R's quantile type 7 of ascending values: h = (n − 1)p, linear between the order statistics around h. */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, n - 1);
  const a = sorted[low] as number;
  return a + (h - low) * ((sorted[high] as number) - a);
}

function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** The first index in ascending `sorted` whose value is ≥ `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Equal-count quintiles, ties kept together. `higherIsBetter` false (recency days): the order from worst to
 * best is the values descending, so the values are negated and ranked the same way.
 */
export function quintileScores(values: ArrayLike<number>, higherIsBetter: boolean): Uint8Array {
  const n = values.length;
  const worstFirst = Float64Array.from(values, (value) => (higherIsBetter ? value : -value));
  const sorted = sortedCopy(worstFirst);
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) scores[i] = Math.floor((5 * lowerBound(sorted, worstFirst[i] as number)) / n) + 1;
  return scores;
}

/** The R package rfm's four breaks: the 20/40/60/80 % quantiles (type 7) plus 1. */
export function packageBreaks(values: ArrayLike<number>): number[] {
  const sorted = sortedCopy(values);
  return [0.2, 0.4, 0.6, 0.8].map((p) => quantileType7(sorted, p) + 1);
}

/**
 * The package's scores: the number of the interval a value falls in, counted from [min, b1) as 1 (the breaks
 * never decrease, so that is 1 + the breaks at or below the value); recency reversed.
 */
export function packageScores(values: ArrayLike<number>, breaks: readonly number[], higherIsBetter: boolean): Uint8Array {
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    let interval = 1;
    for (const b of breaks) if (b <= value) interval++;
    scores[i] = higherIsBetter ? interval : 6 - interval;
  }
  return scores;
}

export function rfmScores(values: RfmValues, binning: RfmBinning): RfmScores {
  if (binning === 'quintiles') {
    return { r: quintileScores(values.recency, false), f: quintileScores(values.frequency, true), m: quintileScores(values.monetary, true), breaks: null };
  }
  const breaks = { r: packageBreaks(values.recency), f: packageBreaks(values.frequency), m: packageBreaks(values.monetary) };
  return {
    r: packageScores(values.recency, breaks.r, false),
    f: packageScores(values.frequency, breaks.f, true),
    m: packageScores(values.monetary, breaks.m, true),
    breaks,
  };
}

/** One score's customers and the values they hold (null bounds: nobody has the score). */
export interface ScoreBand {
  score: number;
  customers: number;
  min: number | null;
  max: number | null;
}

/** What each score stands for in the dimension's own units: how many customers and the values from–to. */
export function scoreBands(values: ArrayLike<number>, scores: Uint8Array): ScoreBand[] {
  const bands: ScoreBand[] = SCORES.map((score) => ({ score, customers: 0, min: null, max: null }));
  for (let i = 0; i < scores.length; i++) {
    const band = bands[(scores[i] as number) - 1] as ScoreBand;
    const value = values[i] as number;
    band.customers++;
    band.min = band.min === null ? value : Math.min(band.min, value);
    band.max = band.max === null ? value : Math.max(band.max, value);
  }
  return bands;
}
