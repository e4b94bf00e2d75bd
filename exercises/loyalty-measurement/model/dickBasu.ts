import type { TypedRow, TypedValue } from '../../../src/data/import/types';
import { ATTITUDE_ITEMS, SURVEY_COLUMNS, attitudeColumn } from '../inputs';
import { DICK_BASU_CELLS, type DickBasuCell, type MatrixSettings } from '../state';

/**
 * The Dick & Basu (1994) matrix from the participant's own data: relative attitude from a survey answer ×
 * repeat patronage from the same customer's purchases in the sales, joined by customer id. Pure: the step's
 * analysis worker (analysis/matrixAnalysis.ts) runs it over the stored sales and returns only counts.
 */

/** Agreement of 4 ("rather agree") or more on the 1–5 attitude statements, on average: the customer likes us. */
export const HIGH_ATTITUDE_MEAN = 4;
/** Without attitude statements the recommendation question stands in: promoters (9–10) are the high attitude. */
export const PROMOTER_MIN_SCORE = 9;
/** Patronage is counted over the last year of the sales file: 365 days up to and including its last date. */
export const PATRONAGE_WINDOW_DAYS = 365;
/** Estimated shares are typed in whole or one-decimal percents: a sum within half a point of 100 is 100. */
export const ESTIMATE_SUM_TOLERANCE = 0.5;
/** How many ids not found (or repeated) the match report names: enough to spot a pattern (a prefix, zeros). */
export const EXAMPLE_IDS = 5;

/** What the matrix reads of one survey answer. `attitude` is the mean of the statements answered, 1–5. */
export interface MatrixAnswer {
  customer: string | null;
  nps: number | null;
  attitude: number | null;
}

/** An id as both files may hold it: text or a number typed as such, trimmed; blank is no id. */
export function customerKey(value: TypedValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

function score(value: TypedValue | undefined, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : null;
}

/** One row of a survey file (inputs.ts spec): the customer id, the NPS and the mean of the attitude statements answered. */
export function matrixAnswerFromRow(row: TypedRow): MatrixAnswer {
  const items: number[] = [];
  for (let item = 1; item <= ATTITUDE_ITEMS; item++) {
    const value = score(row[attitudeColumn(item)], 1, 5);
    if (value !== null) items.push(value);
  }
  return {
    customer: customerKey(row[SURVEY_COLUMNS.customer]),
    nps: score(row[SURVEY_COLUMNS.nps], 0, 10),
    attitude: items.length === 0 ? null : items.reduce((sum, value) => sum + value, 0) / items.length,
  };
}

export type AttitudeBasis = 'statements' | 'nps';

/** High or low relative attitude, and what decided it; null when the answer has neither statements nor NPS. */
export function attitudeLevel(answer: Pick<MatrixAnswer, 'nps' | 'attitude'>): { high: boolean; basis: AttitudeBasis } | null {
  if (answer.attitude !== null) return { high: answer.attitude >= HIGH_ATTITUDE_MEAN, basis: 'statements' };
  if (answer.nps !== null) return { high: answer.nps >= PROMOTER_MIN_SCORE, basis: 'nps' };
  return null;
}

/** The sales as the patronage count reads them: per row a customer id and a day (days since 1970-01-01). */
export interface SalesDays {
  rowCount: number;
  customerAt: (row: number) => string | null;
  dayAt: (row: number) => number | null;
}

export interface Patronage {
  /** Every customer with a usable row anywhere in the file → purchases in the window (0: none in the last year). */
  purchases: ReadonlyMap<string, number>;
  /** The window, in days since 1970-01-01 inclusive; null when no row has both a customer and a date. */
  window: { from: number; to: number } | null;
  /** The median purchases of the customers who bought in the window (the default threshold). */
  buyersMedian: number | null;
  buyers: number;
  /** Rows without a customer or a date: left out. */
  unusableRows: number;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // Casts: indices below the length.
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Purchases of each customer in the last 365 days of the file. A purchase is a day with a purchase: rows of
 * one customer on one day are one visit (several receipt lines), unless the behaviour step counts rows.
 */
export function patronageFromSales(sales: SalesDays, countRowsAsPurchases: boolean): Patronage {
  let last = Number.NEGATIVE_INFINITY;
  let unusableRows = 0;
  for (let i = 0; i < sales.rowCount; i++) {
    const day = sales.dayAt(i);
    if (day === null || sales.customerAt(i) === null) unusableRows++;
    else if (day > last) last = day;
  }
  const purchases = new Map<string, number>();
  if (last === Number.NEGATIVE_INFINITY) return { purchases, window: null, buyersMedian: null, buyers: 0, unusableRows };
  const from = last - PATRONAGE_WINDOW_DAYS + 1;
  const days = new Map<string, Set<number>>();
  for (let i = 0; i < sales.rowCount; i++) {
    const customer = sales.customerAt(i);
    const day = sales.dayAt(i);
    if (customer === null || day === null) continue;
    if (!purchases.has(customer)) purchases.set(customer, 0);
    if (day < from) continue;
    if (countRowsAsPurchases) {
      purchases.set(customer, (purchases.get(customer) ?? 0) + 1);
    } else {
      let seen = days.get(customer);
      if (!seen) days.set(customer, (seen = new Set()));
      seen.add(day);
    }
  }
  for (const [customer, seen] of days) purchases.set(customer, seen.size);
  const counts = [...purchases.values()].filter((count) => count > 0);
  return { purchases, window: { from, to: last }, buyersMedian: median(counts), buyers: counts.length, unusableRows };
}

export type CellCounts = Record<DickBasuCell, number>;

export const cellOf = (highAttitude: boolean, highPatronage: boolean): DickBasuCell =>
  highAttitude ? (highPatronage ? 'trueLoyalty' : 'latentLoyalty') : highPatronage ? 'spuriousLoyalty' : 'noLoyalty';

const zeroCounts = (): CellCounts => ({ trueLoyalty: 0, latentLoyalty: 0, spuriousLoyalty: 0, noLoyalty: 0 });

export interface DickBasuResult {
  answers: number;
  withoutId: number;
  /** Answers whose id an earlier answer already had: only the first answer of a customer counts. */
  duplicates: number;
  duplicateExamples: string[];
  /** Distinct ids (first answers) not among the sales' customers. */
  notFound: number;
  notFoundExamples: string[];
  /** Ids found in the sales. */
  found: number;
  /** Found, but the answer has neither attitude statements nor an NPS. */
  noAttitude: number;
  /** Found and classified: the matrix's total. */
  matched: number;
  byBasis: Record<AttitudeBasis, number>;
  counts: CellCounts;
  /** Of `matched`, 0–1; all 0 when nothing matched. */
  shares: CellCounts;
  /** High patronage and NPS 9–10: the top of the commitment ladder. */
  advocates: number;
  /** Matched customers with high patronage (true + spurious). */
  regulars: number;
  /** The threshold applied and where it came from. */
  threshold: { minPurchases: number; source: 'median' | 'participant' };
  buyersMedian: number | null;
  window: { from: number; to: number } | null;
}

/**
 * The join. Each answer is one of: no id; a repeated id; an id not in the sales; found without any attitude
 * measure; or matched and placed in a quadrant by its attitude level and the customer's purchases in the window.
 */
export function dickBasuMatrix(answers: readonly MatrixAnswer[], patronage: Patronage, settings: Pick<MatrixSettings, 'minPurchases'>): DickBasuResult {
  // Without any purchase in the window there is no median; one purchase is then the least a regular makes.
  const threshold = settings.minPurchases !== null ? { minPurchases: settings.minPurchases, source: 'participant' as const } : { minPurchases: patronage.buyersMedian ?? 1, source: 'median' as const };
  const seen = new Set<string>();
  const counts = zeroCounts();
  const byBasis: Record<AttitudeBasis, number> = { statements: 0, nps: 0 };
  let withoutId = 0;
  let duplicates = 0;
  let notFound = 0;
  let found = 0;
  let noAttitude = 0;
  let advocates = 0;
  const duplicateExamples: string[] = [];
  const notFoundExamples: string[] = [];
  for (const answer of answers) {
    const id = answer.customer;
    if (id === null) {
      withoutId++;
      continue;
    }
    if (seen.has(id)) {
      duplicates++;
      if (duplicateExamples.length < EXAMPLE_IDS && !duplicateExamples.includes(id)) duplicateExamples.push(id);
      continue;
    }
    seen.add(id);
    const purchases = patronage.purchases.get(id);
    if (purchases === undefined) {
      notFound++;
      if (notFoundExamples.length < EXAMPLE_IDS) notFoundExamples.push(id);
      continue;
    }
    found++;
    const attitude = attitudeLevel(answer);
    if (attitude === null) {
      noAttitude++;
      continue;
    }
    byBasis[attitude.basis]++;
    const highPatronage = purchases >= threshold.minPurchases;
    counts[cellOf(attitude.high, highPatronage)]++;
    if (highPatronage && answer.nps !== null && answer.nps >= PROMOTER_MIN_SCORE) advocates++;
  }
  const matched = found - noAttitude;
  const shares = zeroCounts();
  if (matched > 0) for (const cell of DICK_BASU_CELLS) shares[cell] = counts[cell] / matched;
  return {
    answers: answers.length,
    withoutId,
    duplicates,
    duplicateExamples,
    notFound,
    notFoundExamples,
    found,
    noAttitude,
    matched,
    byBasis,
    counts,
    shares,
    advocates,
    regulars: counts.trueLoyalty + counts.spuriousLoyalty,
    threshold,
    buyersMedian: patronage.buyersMedian,
    window: patronage.window,
  };
}

export type EstimateCheck =
  | { kind: 'ok'; shares: CellCounts }
  | { kind: 'incomplete'; missing: DickBasuCell[] }
  | { kind: 'badSum'; sum: number };

/** The participant's estimated shares (percents): all four given and summing to 100 ± 0.5; shares come back as 0–1. */
export function checkEstimatedShares(estimates: Readonly<Record<DickBasuCell, number | null>>): EstimateCheck {
  const missing: DickBasuCell[] = [];
  const shares = zeroCounts();
  let sum = 0;
  for (const cell of DICK_BASU_CELLS) {
    const percent = estimates[cell];
    if (percent === null) {
      missing.push(cell);
      continue;
    }
    sum += percent;
    shares[cell] = percent / 100;
  }
  if (missing.length > 0) return { kind: 'incomplete', missing };
  if (Math.abs(sum - 100) > ESTIMATE_SUM_TOLERANCE) return { kind: 'badSum', sum };
  return { kind: 'ok', shares };
}

/** The quadrant with the largest share; ties go to the first in DICK_BASU_CELLS order (true loyalty first). */
export function largestCell(shares: CellCounts): DickBasuCell {
  return DICK_BASU_CELLS.reduce((best, cell) => (shares[cell] > shares[best] ? cell : best), DICK_BASU_CELLS[0]);
}
