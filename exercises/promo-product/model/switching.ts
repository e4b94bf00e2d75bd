/**
 * Switching a customer to a more profitable product (METHODS.md): for a substitute pair, the margin gain per
 * switched unit × the expected switch rate × the "from" product's volume. What counts as a substitute pair is
 * defined here (`isSubstitute`) and the step explains it in the same words.
 */
import { resolveMerge, type BasketOptions, type BasketSet, type ReceiptLines } from './baskets';
import { unitMargin, type ItemMoney } from './bundles';

/** What the step needs of each item for bundles and switches. */
export interface ItemFigures extends ItemMoney {
  label: string;
  /** The item's category in the file (its most frequent one), or null: no category column, or the category level. */
  category: string | null;
  receipts: number;
  /** Units sold over the receipts' period (lines when the file has no quantity). */
  quantity: number;
}

export interface PairCounts {
  /** Receipts holding each item, receipts holding both, all receipts. */
  fromCount: number;
  toCount: number;
  together: number;
  receiptCount: number;
}

/** Receipts chance alone would give the pair: n(a) × n(b) / N. */
export const expectedTogether = (pair: PairCounts) => (pair.receiptCount > 0 ? (pair.fromCount * pair.toCount) / pair.receiptCount : 0);

/** Lift of the pair, n(ab) × N / (n(a) × n(b)), as arules computes it for either rule of a pair. */
export const pairLift = (pair: PairCounts) => {
  const expected = expectedTogether(pair);
  return expected > 0 ? pair.together / expected : 0;
};

/** A substitute serves the same need at a like price: the dearer of the two costs at most this many times the cheaper. */
export const MAX_SUBSTITUTE_PRICE_RATIO = 2;

/** "Rarely together": in the same receipt at most half as often as chance would put them. */
export const MAX_SUBSTITUTE_LIFT = 0.5;
/** Chance would put them together in at least this many receipts: seeing them together rarely is then not luck (a Poisson count of mean 3 is 0 one time in 20). */
export const MIN_EXPECTED_TOGETHER = 3;

/** What `isSubstitute` reads of each product. */
export type SubstituteSide = Pick<ItemFigures, 'category' | 'receipts' | 'averagePrice'>;

/**
 * A substitute pair, precisely: the same category in the file; a like price (the dearer at most
 * MAX_SUBSTITUTE_PRICE_RATIO times the cheaper: moving a customer from milk to cheese is not a switch); each
 * product in at least `minCount` receipts; chance would put them in the same receipt in at least
 * MIN_EXPECTED_TOGETHER receipts (n(a) × n(b) / N ≥ 3, so "rarely together" is something the receipts can show); and
 * they are in the same receipt at most half as often as chance (lift ≤ MAX_SUBSTITUTE_LIFT): a customer takes one
 * or the other. Products merely unrelated (lift near 1) are not substitutes.
 */
export function isSubstitute(a: SubstituteSide, b: SubstituteSide, together: number, receiptCount: number, minCount: number): boolean {
  if (a.category === null || a.category !== b.category) return false;
  if (a.averagePrice === null || b.averagePrice === null || a.averagePrice <= 0 || b.averagePrice <= 0) return false;
  if (Math.max(a.averagePrice, b.averagePrice) > MAX_SUBSTITUTE_PRICE_RATIO * Math.min(a.averagePrice, b.averagePrice)) return false;
  if (a.receipts < minCount || b.receipts < minCount) return false;
  const pair = { fromCount: a.receipts, toCount: b.receipts, together, receiptCount };
  if (expectedTogether(pair) < MIN_EXPECTED_TOGETHER) return false;
  return pairLift(pair) <= MAX_SUBSTITUTE_LIFT;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/**
 * Each item's category: the one most of its lines carry (a product filed under two categories takes the commoner,
 * the first seen on a tie). All null at the category level or without a category column: no substitutes then.
 */
export function itemCategories(lines: ReceiptLines, baskets: BasketSet, options: BasketOptions): (string | null)[] {
  const none = baskets.items.map(() => null);
  if (options.level !== 'product' || lines.category === null) return none;
  const itemId = new Map(baskets.items.map((label, index) => [label, index]));
  const tallies = baskets.items.map(() => new Map<number, number>());
  const itemOfProduct = lines.productLabels.map((label) => itemId.get(resolveMerge(label, options.merges)) ?? -1);
  for (let line = 0; line < lines.length; line++) {
    const item = itemOfProduct[lines.product[line] as number] as number;
    const category = lines.category[line] as number;
    if (item < 0 || category < 0) continue;
    const tally = tallies[item] as Map<number, number>;
    tally.set(category, (tally.get(category) ?? 0) + 1);
  }
  return tallies.map((tally) => {
    let best: number | null = null;
    let bestCount = 0;
    for (const [category, count] of tally) {
      if (count > bestCount) {
        best = category;
        bestCount = count;
      }
    }
    return best === null ? null : (lines.categoryLabels[best] as string);
  });
}

/** Receipts holding both items, for every pair of items of one category that appears together at least once; key a × itemCount + b with a < b. */
export function sameCategoryTogether(baskets: BasketSet, categories: readonly (string | null)[]): Map<number, number> {
  const together = new Map<number, number>();
  const { start, members, itemCount } = baskets;
  for (let r = 0; r < baskets.receiptCount; r++) {
    const to = start[r + 1] as number;
    for (let i = start[r] as number; i < to; i++) {
      const a = members[i] as number;
      const category = categories[a];
      if (category === null || category === undefined) continue;
      for (let j = i + 1; j < to; j++) {
        const b = members[j] as number;
        if (categories[b] !== category) continue;
        const key = a * itemCount + b;
        together.set(key, (together.get(key) ?? 0) + 1);
      }
    }
  }
  return together;
}

export interface SwitchFigures {
  /** Margin per unit of each product, and the gain of one unit moved from one to the other. */
  fromMargin: number | null;
  toMargin: number | null;
  perUnit: number | null;
  /** Units of "from" sold over the receipts' period, and those expected to move. */
  fromUnits: number;
  switchedUnits: number | null;
  gain: number | null;
  marginSource: 'data' | 'assumed' | null;
}

/** Gain = (margin per unit of "to" − of "from") × switch rate × units of "from"; `switchRate` and `assumedMargin` are shares. */
export function switchGain(from: ItemFigures, to: ItemFigures, switchRate: number | null, assumedMargin: number | null): SwitchFigures {
  const fromMargin = unitMargin(from, assumedMargin);
  const toMargin = unitMargin(to, assumedMargin);
  const perUnit = fromMargin.margin === null || toMargin.margin === null ? null : toMargin.margin - fromMargin.margin;
  const switchedUnits = switchRate === null ? null : switchRate * from.quantity;
  const sources = [fromMargin.source, toMargin.source];
  return {
    fromMargin: fromMargin.margin,
    toMargin: toMargin.margin,
    perUnit,
    fromUnits: from.quantity,
    switchedUnits,
    gain: perUnit === null || switchedUnits === null ? null : perUnit * switchedUnits,
    marginSource: sources.includes(null) ? null : sources.includes('assumed') ? 'assumed' : 'data',
  };
}

export interface SubstituteSuggestion extends PairCounts {
  from: number;
  to: number;
  category: string;
  lift: number;
  perUnit: number;
  /** The gain if every unit of "from" moved: margin gain per unit × units of "from"; the ranking. */
  potential: number;
}

/**
 * Substitute pairs (`isSubstitute`) where one product earns more per unit than the other, suggested from the lower
 * margin to the higher, ranked by the gain if every unit moved; at most `limit`.
 */
export function substituteSuggestions(
  baskets: BasketSet,
  items: readonly ItemFigures[],
  minCount: number,
  assumedMargin: number | null,
  limit: number,
): SubstituteSuggestion[] {
  const categories = items.map((item) => item.category);
  const together = sameCategoryTogether(baskets, categories);
  const byCategory = new Map<string, number[]>();
  items.forEach((item, id) => {
    if (item.category === null || item.receipts < minCount) return;
    const members = byCategory.get(item.category);
    if (members) members.push(id);
    else byCategory.set(item.category, [id]);
  });
  const suggestions: SubstituteSuggestion[] = [];
  for (const [category, members] of byCategory) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as number;
        const b = members[j] as number;
        const itemA = items[a] as ItemFigures;
        const itemB = items[b] as ItemFigures;
        const marginA = unitMargin(itemA, assumedMargin).margin;
        const marginB = unitMargin(itemB, assumedMargin).margin;
        if (marginA === null || marginB === null || marginA === marginB) continue;
        const [from, to] = marginA < marginB ? [a, b] : [b, a];
        const fromItem = items[from] as ItemFigures;
        const pair: PairCounts = { fromCount: fromItem.receipts, toCount: (items[to] as ItemFigures).receipts, together: together.get(Math.min(a, b) * baskets.itemCount + Math.max(a, b)) ?? 0, receiptCount: baskets.receiptCount };
        if (!isSubstitute(itemA, itemB, pair.together, pair.receiptCount, minCount)) continue;
        const perUnit = Math.abs(marginB - marginA);
        suggestions.push({ ...pair, from, to, category, lift: pairLift(pair), perUnit, potential: perUnit * fromItem.quantity });
      }
    }
  }
  suggestions.sort((x, y) => y.potential - x.potential || x.from - y.from || x.to - y.to);
  return suggestions.slice(0, limit);
}
