/**
 * The 2 × 2 matrices of the customer base (METHODS.md, "Customer base and segmentation", Matrices; "Loyalty
 * measurement", Reinartz & Kumar 2002): each customer is placed by a figure of what they bring today (profit, or
 * revenue) against a second figure (potential, size, relationship length), each split by a line that defaults to
 * the median. Pure: the worker (analysis/matricesAnalysis.ts) feeds it the base's arrays.
 */

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** The three matrices: profit (or revenue) × potential, revenue × size, Reinartz & Kumar's profit × duration. */
export const MATRIX_KINDS = ['potential', 'size', 'duration'] as const;
export type MatrixKind = (typeof MATRIX_KINDS)[number];

/**
 * A cell by its two sides: the first letter is the figure of today (x: profit or revenue), the second the other
 * figure (y). 'hl': high today, low potential (or small, or short).
 */
export const CELLS = ['hh', 'lh', 'hl', 'll'] as const;
export type Cell = (typeof CELLS)[number];

/** The code of "left out" in a per-customer cell array (no potential, no size). */
export const NO_CELL = -1;

/**
 * The median; with an even count, the mean of the two middle values (so 1, 2, 3, 4 → 2.5 and the line falls
 * between customers). NaN for no values.
 */
export function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const middle = n >> 1;
  return n % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * A value on the line counts as high: "at least the median" is the high side. With an odd count the median
 * customer is then high; with an even count the line usually falls between two customers and splits them half
 * and half.
 */
export function isHigh(value: number, threshold: number): boolean {
  return value >= threshold;
}

export function cellOf(x: number, y: number, thresholds: { x: number; y: number }): Cell {
  const high = isHigh(x, thresholds.x);
  const long = isHigh(y, thresholds.y);
  return high ? (long ? 'hh' : 'hl') : long ? 'lh' : 'll';
}

export interface CellFigures {
  customers: number;
  revenue: number;
  /** null: the sales carry no cost, so no profit. */
  profit: number | null;
  /** Sum of the y figure over the cell (potential, size): share of wallet for the potential matrix. */
  other: number;
  /** Revenue scaled to a year, summed: share of wallet = annualRevenue / other. */
  annualRevenue: number;
}

export interface MatrixPlacement {
  thresholds: { x: number; y: number };
  /** The medians of the customers placed, shown beside the inputs. */
  medians: { x: number; y: number };
  /** Per base customer: the index of its cell in CELLS, or NO_CELL when its y is missing. */
  cells: Int8Array;
  placed: number;
  /** Customers with no usable y (no potential, no size): counted, left out. */
  leftOut: number;
  figures: Record<Cell, CellFigures>;
}

export interface MatrixInput {
  /** The figure of today per customer (profit or revenue). */
  x: ArrayLike<number>;
  /** The other figure per customer; NaN: missing, the customer is left out. */
  y: ArrayLike<number>;
  revenue: ArrayLike<number>;
  profit: ArrayLike<number> | null;
  /** Months in the window: revenue × 12 / months is the year's revenue share of wallet compares with potential. */
  months: number;
}

/** A usable y: a finite number; potential and size also have to be above zero (a customer of size 0 is no figure). */
export function usable(value: number, positiveOnly: boolean): boolean {
  return Number.isFinite(value) && (!positiveOnly || value > 0);
}

const emptyFigures = (withProfit: boolean): CellFigures => ({ customers: 0, revenue: 0, profit: withProfit ? 0 : null, other: 0, annualRevenue: 0 });

/**
 * Places every customer with a usable y in one cell. Lines the participant typed win; null lines are the medians
 * of the placed customers' figures.
 */
export function placeCustomers(input: MatrixInput, lines: { x: number | null; y: number | null }, positiveOnly: boolean): MatrixPlacement {
  const n = input.x.length;
  const kept: number[] = [];
  for (let b = 0; b < n; b++) if (usable(input.y[b] as number, positiveOnly)) kept.push(b);
  const medians = { x: median(kept.map((b) => input.x[b] as number)), y: median(kept.map((b) => input.y[b] as number)) };
  const thresholds = { x: lines.x ?? medians.x, y: lines.y ?? medians.y };
  const cells = new Int8Array(n).fill(NO_CELL);
  const figures = Object.fromEntries(CELLS.map((cell) => [cell, emptyFigures(input.profit !== null)])) as Record<Cell, CellFigures>; // Cast: one entry per cell, built just here.
  const yearFactor = input.months > 0 ? 12 / input.months : 1;
  for (const b of kept) {
    const x = input.x[b] as number;
    const y = input.y[b] as number;
    const cell = cellOf(x, y, thresholds);
    cells[b] = CELLS.indexOf(cell);
    const sums = figures[cell];
    sums.customers++;
    sums.revenue += input.revenue[b] as number;
    if (sums.profit !== null && input.profit) sums.profit += input.profit[b] as number;
    sums.other += y;
    sums.annualRevenue += (input.revenue[b] as number) * yearFactor;
  }
  return { thresholds, medians, cells, placed: kept.length, leftOut: n - kept.length, figures };
}

/** Average days in a month: a relationship's length in months from its days. */
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Relationship length so far, in months: from the first purchase in all the data to the analysis day. Reinartz &
 * Kumar place customers by their expected duration; the length so far stands in for it (a proxy, said on screen).
 */
export function relationshipMonths(analysisDay: number, firstEverDay: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: firstEverDay.length }, (_, b) => (analysisDay - (firstEverDay[b] as number)) / DAYS_PER_MONTH);
}

/** Share of wallet: our sales over a year against the customer's yearly spend on the category (potential). */
export function walletShare(annualRevenue: number, potential: number): number | null {
  return potential > 0 ? annualRevenue / potential : null;
}

/**
 * Which matrix cell a quadrant's policy is for. The cells' names differ by matrix (the texts are in the
 * messages): profit × potential develop / keep / maintain / review; Reinartz & Kumar true friends, butterflies,
 * barnacles, strangers.
 */
export const REINARTZ_KUMAR: Record<Cell, 'trueFriends' | 'butterflies' | 'barnacles' | 'strangers'> = {
  hh: 'trueFriends',
  hl: 'butterflies',
  lh: 'barnacles',
  ll: 'strangers',
};

/** At most this many points per chart: more blur into one cloud and cost the page time to draw. */
export const CHART_SAMPLE = 2000;

/**
 * Which placed customers the chart draws: all when few, else an even stride through them plus the largest by
 * x (the big customers a reader looks for first are never left out of the picture).
 */
export function samplePoints(placedIndices: readonly number[], x: ArrayLike<number>, limit = CHART_SAMPLE): number[] {
  if (placedIndices.length <= limit) return [...placedIndices];
  const top = Math.floor(limit / 10);
  const byValue = [...placedIndices].sort((a, b) => (x[b] as number) - (x[a] as number));
  const chosen = new Set(byValue.slice(0, top));
  const rest = limit - top;
  const stride = placedIndices.length / rest;
  for (let k = 0; chosen.size < limit && k < rest * 2; k++) {
    const index = placedIndices[Math.floor((k % rest) * stride + (k >= rest ? stride / 2 : 0))];
    if (index !== undefined) chosen.add(index);
  }
  return [...chosen].sort((a, b) => a - b);
}
