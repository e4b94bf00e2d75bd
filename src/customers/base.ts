/**
 * The customer base over the analysis window: one entry per customer who bought in it, with the figures every
 * method starts from (METHODS.md, "Customer base and segmentation"): revenue net of returns, gross margin and
 * profit (sales − cost of goods − cost to serve), orders, purchase days, first and last purchase, and sales per
 * month. Months are counted back from the analysis day (a month ends on the analysis day's date), so a window
 * of whole months has no partial month to distort XYZ.
 */
import { NO_CODE, NO_DAY, type CustomerList, type SalesLines } from './sales';

export interface PeriodOptions {
  /** The day figures are read at; null: the last day with a sale. */
  analysisDay: number | null;
  /** Months before the analysis day that count; 0: every line up to it. */
  windowMonths: number;
}

export interface LineCounts {
  total: number;
  /** Lines within the window that count (sales and returns). */
  used: number;
  /** Of the used lines, returns (negative amounts): kept, so revenue is net of them. */
  returns: number;
  noCustomer: number;
  noDay: number;
  noAmount: number;
  beforeWindow: number;
  afterAnalysisDay: number;
}

export interface CustomerBase {
  analysisDay: number;
  /** First day of the window (inclusive). */
  startDay: number;
  /** Month buckets: bucket j covers the days after monthEnds[j] up to monthEnds[j + 1] (months + 1 entries). */
  months: number;
  monthEnds: Int32Array;
  count: number;
  ids: string[];
  revenue: Float64Array;
  /** Sum of the customer's returns in the window, as a positive amount. */
  returns: Float64Array;
  /** Revenue − cost of goods; null without cost or margin in the file. */
  margin: Float64Array | null;
  /** From the customer list (NaN: not given); null without that column. */
  costToServe: Float64Array | null;
  /** margin − cost to serve (an unknown cost to serve counts as 0); null without margin. */
  profit: Float64Array | null;
  /** Distinct documents with a sale; without a document column, distinct purchase days. */
  orders: Int32Array;
  /** Distinct days with a sale (BG/NBD's purchase occasions). */
  purchaseDays: Int32Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  /** First purchase in all the data up to the analysis day: tenure, "first-time" customers. */
  firstEverDay: Int32Array;
  /** count × months, row by customer: net sales per month bucket. */
  monthly: Float64Array;
  /** The customer's row in the customer list, NO_CODE when not listed. */
  listRow: Int32Array;
  list: CustomerList | null;
  /** Customers who bought before the window but not in it (with their last purchase and revenue before it). */
  lapsed: { ids: string[]; lastDay: Int32Array; revenue: Float64Array };
  /** Customer-list rows with no sale in the window (and none before it). */
  listedWithoutSales: number;
  lines: LineCounts;
  hasCost: boolean;
  hasDocuments: boolean;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

const DAY_MS = 86_400_000;

/** The same date k months later (earlier when negative), the day of month kept or the month's last day. */
export function addMonths(day: number, k: number): number {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + k;
  const d = date.getUTCDate();
  const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(d, lastOfTarget)) / DAY_MS);
}

/** The month buckets' ends for the window, oldest first; bucket j is (ends[j], ends[j + 1]]. */
export function monthEndsFor(analysisDay: number, windowMonths: number, firstDay: number): Int32Array {
  let months = windowMonths;
  if (months === 0) {
    months = 1;
    while (addMonths(analysisDay, -months) >= firstDay) months++;
  }
  const ends = new Int32Array(months + 1);
  for (let k = 0; k <= months; k++) ends[months - k] = addMonths(analysisDay, -k);
  return ends;
}

/** The bucket holding the day (ends ascending; the day is within (ends[0], ends[last]]). */
function bucketOf(ends: Int32Array, day: number): number {
  let low = 0;
  let high = ends.length - 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (day > (ends[middle + 1] as number)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The last day a customer bought: a line without a customer (an anonymous till sale) is left out of the base, so it does not set the date either. */
export function lastSaleDay(lines: SalesLines): number | null {
  let last = NO_DAY;
  for (let i = 0; i < lines.length; i++) {
    const day = lines.day[i] as number;
    if (day !== NO_DAY && day > last && (lines.amount[i] as number) > 0 && lines.customer[i] !== NO_CODE) last = day;
  }
  return last === NO_DAY ? null : last;
}

function firstSaleDay(lines: SalesLines): number {
  let first = Infinity;
  for (let i = 0; i < lines.length; i++) {
    const day = lines.day[i] as number;
    if (day !== NO_DAY && day < first) first = day;
  }
  return Number.isFinite(first) ? first : 0;
}

/**
 * The base for the window. Null when no line has a customer, a day and an amount up to the analysis day (the
 * step then says how many lines were read and that none counts).
 */
export function buildCustomerBase(lines: SalesLines, list: CustomerList | null, period: PeriodOptions): CustomerBase | null {
  const analysisDay = period.analysisDay ?? lastSaleDay(lines);
  if (analysisDay === null) return null;
  const monthEnds = monthEndsFor(analysisDay, period.windowMonths, firstSaleDay(lines));
  const months = monthEnds.length - 1;
  const startDay = (monthEnds[0] as number) + 1;
  const counts: LineCounts = { total: lines.length, used: 0, returns: 0, noCustomer: 0, noDay: 0, noAmount: 0, beforeWindow: 0, afterAnalysisDay: 0 };

  // Customers in the window get base indices in order of first appearance; the rest are tracked for "lapsed".
  const labelCount = lines.customerLabels.length;
  const baseIndex = new Int32Array(labelCount).fill(NO_CODE);
  const everFirst = new Int32Array(labelCount).fill(2_147_483_647);
  const beforeLast = new Int32Array(labelCount).fill(NO_DAY);
  const beforeRevenue = new Float64Array(labelCount);
  const inWindow: number[] = [];
  // Typed and sized up front: at a million lines, growing plain arrays of indices and keys cost as much as the sums.
  const usedLines = new Int32Array(lines.length);
  let usedCount = 0;
  for (let i = 0; i < lines.length; i++) {
    const customer = lines.customer[i] as number;
    const day = lines.day[i] as number;
    const amount = lines.amount[i] as number;
    if (customer === NO_CODE) counts.noCustomer++;
    else if (day === NO_DAY) counts.noDay++;
    else if (Number.isNaN(amount)) counts.noAmount++;
    else if (day > analysisDay) counts.afterAnalysisDay++;
    else {
      if (amount > 0 && day < (everFirst[customer] as number)) everFirst[customer] = day;
      if (day < startDay) {
        counts.beforeWindow++;
        beforeRevenue[customer] = (beforeRevenue[customer] as number) + amount;
        if (amount > 0 && day > (beforeLast[customer] as number)) beforeLast[customer] = day;
        continue;
      }
      counts.used++;
      if (amount < 0) counts.returns++;
      usedLines[usedCount++] = i;
      if (amount > 0 && baseIndex[customer] === NO_CODE) {
        baseIndex[customer] = inWindow.length;
        inWindow.push(customer);
      }
    }
  }

  const count = inWindow.length;
  const revenue = new Float64Array(count);
  const returns = new Float64Array(count);
  const margin = lines.cost ? new Float64Array(count) : null;
  const monthly = new Float64Array(count * months);
  const firstDay = new Int32Array(count).fill(2_147_483_647);
  const lastDay = new Int32Array(count).fill(NO_DAY);
  // Distinct days and documents per customer: (customer, day) and (customer, document) keys, deduplicated by sorting.
  const dayKeys = new Float64Array(usedCount);
  let dayKeyCount = 0;
  const documentStride = lines.document ? maxCode(lines.document) + 1 : 0;
  const documentKeys = new Float64Array(lines.document ? usedCount : 0);
  let documentKeyCount = 0;
  for (let u = 0; u < usedCount; u++) {
    const i = usedLines[u] as number;
    const b = baseIndex[lines.customer[i] as number] as number;
    // A customer whose only lines in the window are returns has no base entry: the return is counted, not placed.
    if (b === NO_CODE) continue;
    const day = lines.day[i] as number;
    const amount = lines.amount[i] as number;
    revenue[b] = (revenue[b] as number) + amount;
    if (amount < 0) returns[b] = (returns[b] as number) - amount;
    if (margin && lines.cost) {
      const cost = lines.cost[i] as number;
      if (!Number.isNaN(cost)) margin[b] = (margin[b] as number) + amount - cost;
    }
    const slot = b * months + bucketOf(monthEnds, day);
    monthly[slot] = (monthly[slot] as number) + amount;
    if (amount > 0) {
      if (day < (firstDay[b] as number)) firstDay[b] = day;
      if (day > (lastDay[b] as number)) lastDay[b] = day;
      dayKeys[dayKeyCount++] = b * DAY_STRIDE + (day - startDay);
      if (lines.document) {
        const document = lines.document[i] as number;
        if (document !== NO_CODE) documentKeys[documentKeyCount++] = b * documentStride + document;
      }
    }
  }
  const purchaseDays = countDistinct(dayKeys.subarray(0, dayKeyCount), DAY_STRIDE, count);
  const orders = lines.document ? countDistinct(documentKeys.subarray(0, documentKeyCount), documentStride, count) : purchaseDays.slice();

  const listRow = new Int32Array(count).fill(NO_CODE);
  let costToServe: Float64Array | null = null;
  let listedWithoutSales = 0;
  if (list) {
    const rowOf = new Map(list.ids.map((id, row) => [id, row]));
    for (let b = 0; b < count; b++) listRow[b] = rowOf.get(lines.customerLabels[inWindow[b] as number] as string) ?? NO_CODE;
    const known = new Set(lines.customerLabels);
    listedWithoutSales = list.ids.filter((id) => !known.has(id)).length;
    const serve = list.figures.costToServe;
    if (serve) costToServe = Float64Array.from(listRow, (row) => (row === NO_CODE ? Number.NaN : (serve[row] as number)));
  }
  const profit = margin ? Float64Array.from(margin, (value, b) => value - (costToServe && !Number.isNaN(costToServe[b] as number) ? (costToServe[b] as number) : 0)) : null;

  const lapsedCodes: number[] = [];
  for (let c = 0; c < labelCount; c++) if (baseIndex[c] === NO_CODE && beforeLast[c] !== NO_DAY) lapsedCodes.push(c);

  return {
    analysisDay,
    startDay,
    months,
    monthEnds,
    count,
    ids: inWindow.map((code) => lines.customerLabels[code] as string),
    revenue,
    returns,
    margin,
    costToServe,
    profit,
    orders,
    purchaseDays,
    firstDay,
    lastDay,
    firstEverDay: Int32Array.from(inWindow, (code) => everFirst[code] as number),
    monthly,
    listRow,
    list,
    lapsed: {
      ids: lapsedCodes.map((code) => lines.customerLabels[code] as string),
      lastDay: Int32Array.from(lapsedCodes, (code) => beforeLast[code] as number),
      revenue: Float64Array.from(lapsedCodes, (code) => beforeRevenue[code] as number),
    },
    listedWithoutSales,
    lines: counts,
    hasCost: lines.cost !== null,
    hasDocuments: lines.document !== null,
  };
}

/** Days in the window fit below this, so a customer's (customer × stride + day) keys never overlap the next one's. */
const DAY_STRIDE = 1_000_000;

function maxCode(codes: Int32Array): number {
  let max = 0;
  for (let i = 0; i < codes.length; i++) if ((codes[i] as number) > max) max = codes[i] as number;
  return max;
}

/** Per customer, how many distinct values among its (customer × stride + value) keys; sorts the keys in place. */
function countDistinct(keys: Float64Array, stride: number, count: number): Int32Array {
  const sorted = keys.sort();
  const distinct = new Int32Array(count);
  for (let k = 0; k < sorted.length; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    const customer = Math.floor((sorted[k] as number) / stride);
    distinct[customer] = (distinct[customer] as number) + 1;
  }
  return distinct;
}

/** The value a customer is ranked by: profit when asked and known, else revenue. */
export function valueOf(base: CustomerBase, basis: 'revenue' | 'profit'): Float64Array {
  return basis === 'profit' && base.profit ? base.profit : base.revenue;
}

export { NO_CODE, NO_DAY };
