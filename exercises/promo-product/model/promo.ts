/**
 * The promo candidate score (METHODS.md, "Promo product and
 * assortment" and the discount break-even of "Discounts and loyalty program economics").
 *
 * Score. Four parts per product, each normalised across the products by its rank percentile, then mixed with
 * the participant's weights (0–10 each):
 * - penetration: share of receipts holding the product (widely bought: a promotion reaches many);
 * - pull: how many more other products a receipt with the product carries than an average receipt does,
 *   counting only the products bought with it more often than chance (`itemPull` below);
 * - margin room: the product's margin rate (from cost, else the participant's assumed margin): the room a
 *   discount has before it eats the whole margin;
 * - frequency: receipts per buyer (needs customer ids): a product people come back for brings them back.
 * Rank percentile, not min–max: one staple in a third of all receipts would squash every other product's
 * penetration to nearly zero under min–max, and a few receipts' noise would decide the rest.
 *
 * The chosen product's promotion (break-evens, halo, profit change) is in promoEconomics.ts.
 */
import type { TransactionIndex } from './baskets';
import { itemReceipts } from './mining';
import type { PromoScoreFactor } from '../state';

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/**
 * A pair seen in fewer receipts than this is left out of pull: two receipts that happen to hold a rare product
 * with a dozen others would otherwise make it the strongest "pull" in the shop.
 */
export const PULL_MIN_PAIR_RECEIPTS = 3;

/**
 * How many receipts hold each other item together with `item`, by a dense counter the caller reuses (one
 * array per pass, reset through the items touched), from the item's receipt list.
 */
function countTogether(index: TransactionIndex, receipts: Int32Array, item: number, counter: Int32Array, touched: number[]): void {
  touched.length = 0;
  for (const r of receipts) {
    for (let k = index.start[r] as number; k < (index.start[r + 1] as number); k++) {
      const other = index.members[k] as number;
      if (other === item) continue;
      if (counter[other] === 0) touched.push(other);
      counter[other]!++;
    }
  }
}

/**
 * Pull of every item a:
 *   pull(a) = Σ over items b ≠ a with n(a,b) ≥ PULL_MIN_PAIR_RECEIPTS of max(0, conf(a → b) − supp(b)),
 * conf(a → b) = n(a,b) / n(a), supp(b) = n(b) / N. Since conf − supp = conf · (1 − 1 / lift), it is the sum of the
 * pair rules' confidence weighted by (1 − 1/lift): 0 at lift 1 (bought together by chance), towards 1 as the lift
 * grows. In words: how many more other products a receipt with a carries than an average receipt, from the
 * products that go with it. Work: Σ over receipts of (items in the receipt)², memory one counter per item.
 */
export function itemPull(index: TransactionIndex): Float64Array {
  const N = index.receiptCount;
  const lists = itemReceipts(index);
  const pull = new Float64Array(index.itemCount);
  const counter = new Int32Array(index.itemCount);
  const touched: number[] = [];
  for (let a = 0; a < index.itemCount; a++) {
    const receipts = lists[a] as Int32Array;
    const n = receipts.length;
    if (n === 0) continue;
    countTogether(index, receipts, a, counter, touched);
    let sum = 0;
    for (const b of touched) {
      const together = counter[b] as number;
      counter[b] = 0;
      if (together < PULL_MIN_PAIR_RECEIPTS) continue;
      sum += Math.max(0, together / n - (lists[b] as Int32Array).length / N);
    }
    pull[a] = sum;
  }
  return pull;
}

export interface Companion {
  item: number;
  /** Receipts holding both the chosen item and this one. */
  together: number;
}

/** Every item bought with `item`, with the receipts they share, most shared first (ties by item id). */
export function companionsOf(index: TransactionIndex, item: number): Companion[] {
  const receipts: number[] = [];
  for (let r = 0; r < index.receiptCount; r++) {
    const from = index.start[r] as number;
    const to = index.start[r + 1] as number;
    // Members are ascending: a binary search would do, but a receipt holds a handful of items.
    for (let k = from; k < to; k++) if (index.members[k] === item) receipts.push(r);
  }
  const counter = new Int32Array(index.itemCount);
  const touched: number[] = [];
  countTogether(index, Int32Array.from(receipts), item, counter, touched);
  return touched.map((other) => ({ item: other, together: counter[other] as number })).sort((x, y) => y.together - x.together || x.item - y.item);
}

/**
 * Each value's place among the others, 0…1: (products with a lower value + half of the others with the same
 * value) / (products − 1). So the lowest is 0, the highest 1, and a part that is the same for every product is
 * 0.5 for all and changes no order. Null (the figure is unknown for that product) counts as lower than any
 * value and gets 0. A single product gets 1.
 */
export function rankPercentiles(values: readonly (number | null)[]): number[] {
  const n = values.length;
  if (n === 0) return [];
  if (n === 1) return [values[0] === null ? 0 : 1];
  const known = values.filter((value): value is number => value !== null).sort((x, y) => x - y);
  const unknown = n - known.length;
  const result: number[] = [];
  for (const value of values) {
    if (value === null) {
      result.push(0);
      continue;
    }
    const lower = countBelow(known, value, false);
    const same = countBelow(known, value, true) - lower;
    result.push((unknown + lower + (same - 1) / 2) / (n - 1));
  }
  return result;
}

/** How many of the ascending `sorted` are below `value` (or, `orEqual`, at most `value`). */
function countBelow(sorted: readonly number[], value: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = sorted[mid] as number;
    if (at < value || (orEqual && at === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the score needs of one product, as the worker finds it in the receipts. */
export interface CandidateFactors {
  label: string;
  receipts: number;
  penetration: number;
  /** Receipts per buyer; null without customer ids. */
  frequency: number | null;
  pull: number;
  /** Revenue of the product; null when the file has no money. */
  revenue: number | null;
  /** Gross margin as a share of revenue from the lines with cost; null when none has one. */
  marginRate: number | null;
  /** Revenue per unit. */
  averagePrice: number | null;
}

export type ScoreWeights = Readonly<Record<PromoScoreFactor, number>>;

export interface CandidateRow {
  /** Index into the factors the score was computed from. */
  index: number;
  label: string;
  rank: number;
  /** 0…100: the weighted mean of the parts. */
  score: number;
  /** Each part's rank percentile, 0…1. */
  parts: Record<PromoScoreFactor, number>;
  /** The figure behind each part (margin room: the margin rate used, assumed where the data has none). */
  values: Record<PromoScoreFactor, number | null>;
  /** The margin rate is the participant's assumption, not the data's. */
  marginAssumed: boolean;
}

export type CandidateRanking =
  | { kind: 'ranked'; rows: CandidateRow[]; unavailable: PromoScoreFactor[] }
  /** Every weight of a part the data has is zero: nothing to rank by. */
  | { kind: 'noWeights'; unavailable: PromoScoreFactor[] };

const FACTORS = ['penetration', 'pull', 'marginRoom', 'frequency'] as const satisfies readonly PromoScoreFactor[];

/** The margin rate a product is counted with: the data's, else the participant's assumption (a share), else unknown. */
export function marginRateOf(factors: CandidateFactors, assumedMargin: number | null): { rate: number | null; assumed: boolean } {
  if (factors.marginRate !== null) return { rate: factors.marginRate, assumed: false };
  return { rate: assumedMargin, assumed: assumedMargin !== null };
}

/** Each product's figures and places, which the weights do not change: computed once per receipts and assumed margin. */
export interface ScoreParts {
  items: readonly CandidateFactors[];
  values: Record<PromoScoreFactor, (number | null)[]>;
  parts: Record<PromoScoreFactor, number[]>;
  marginAssumed: boolean[];
  /** Parts no product has a figure for (frequency without customer ids, margin room without cost or an assumed margin). */
  unavailable: PromoScoreFactor[];
}

export function scoreParts(items: readonly CandidateFactors[], assumedMargin: number | null): ScoreParts {
  const margins = items.map((item) => marginRateOf(item, assumedMargin));
  const values: Record<PromoScoreFactor, (number | null)[]> = {
    penetration: items.map((item) => item.penetration),
    pull: items.map((item) => item.pull),
    marginRoom: margins.map((margin) => margin.rate),
    frequency: items.map((item) => item.frequency),
  };
  return {
    items,
    values,
    parts: {
      penetration: rankPercentiles(values.penetration),
      pull: rankPercentiles(values.pull),
      marginRoom: rankPercentiles(values.marginRoom),
      frequency: rankPercentiles(values.frequency),
    },
    marginAssumed: margins.map((margin) => margin.assumed),
    unavailable: FACTORS.filter((factor) => values[factor].every((value) => value === null)),
  };
}

/**
 * The ranked list at the participant's weights. An unavailable part is left out and its weight with it. Ties in
 * score go to the more widely bought product, then by label, so the order is the same on every run.
 */
export function rankByWeights({ items, values, parts, marginAssumed, unavailable }: ScoreParts, weights: ScoreWeights): CandidateRanking {
  const used = FACTORS.filter((factor) => !unavailable.includes(factor) && weights[factor] > 0);
  const totalWeight = used.reduce((sum, factor) => sum + weights[factor], 0);
  if (totalWeight === 0) return { kind: 'noWeights', unavailable };
  const at = (list: readonly (number | null)[], index: number) => list[index] ?? null;
  const rows = items.map((item, index): CandidateRow => {
    const part = (factor: PromoScoreFactor) => at(parts[factor], index) ?? 0;
    let weighted = 0;
    for (const factor of used) weighted += weights[factor] * part(factor);
    return {
      index,
      label: item.label,
      rank: 0,
      score: (100 * weighted) / totalWeight,
      parts: { penetration: part('penetration'), pull: part('pull'), marginRoom: part('marginRoom'), frequency: part('frequency') },
      values: { penetration: item.penetration, pull: item.pull, marginRoom: at(values.marginRoom, index), frequency: item.frequency },
      marginAssumed: marginAssumed[index] ?? false,
    };
  });
  const penetration = (row: CandidateRow) => items[row.index]?.penetration ?? 0;
  rows.sort((x, y) => y.score - x.score || penetration(y) - penetration(x) || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  rows.forEach((row, position) => (row.rank = position + 1));
  return { kind: 'ranked', rows, unavailable };
}

/** The ranked list from the products' figures, in one call (the export; the step keeps the parts between weight changes). */
export function rankCandidates(items: readonly CandidateFactors[], weights: ScoreWeights, assumedMargin: number | null): CandidateRanking {
  return rankByWeights(scoreParts(items, assumedMargin), weights);
}
