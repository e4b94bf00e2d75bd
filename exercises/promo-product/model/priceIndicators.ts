/**
 * Price indicators (METHODS.md, "Promo product and assortment"): the products customers judge the store's price
 * level by. The participant marks them; this model suggests likely ones from the receipts: bought in many
 * receipts, bought again and again by the same customers, and cheap next to the rest of the shelf: the prices a
 * shopper sees often enough to remember. A marked indicator is kept at a steady price and is not a promo product.
 */
import { frequencyPerMonth, type ItemIndicators } from './indicators';

export interface SuggestOptions {
  /** How many suggestions at most. */
  count: number;
  /** Only products in the top part of the penetration ranking: a price seen in few receipts forms no image. */
  minPenetrationRank: number;
  /** Only products cheaper than this share of the others, when prices are known. */
  minCheaperThan: number;
}

export const SUGGEST_DEFAULTS: SuggestOptions = { count: 6, minPenetrationRank: 0.75, minCheaperThan: 0.5 };

/** Values sorted ascending, for ranks by binary search: 5,000 products ranked without 25 million comparisons. */
function ascending(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Index of the first sorted value ≥ `value` (or > it, with `after`). */
function firstAt(sorted: Float64Array, value: number, after: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const at = sorted[middle] as number; // Cast: middle is below the length.
    if (at < value || (after && at === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Share of the other items whose value is below `value` (ties count half): 1 for the highest, 0 for the lowest. */
function rankAmong(sorted: Float64Array, value: number): number {
  if (sorted.length <= 1) return 1;
  const below = firstAt(sorted, value, false);
  const equal = firstAt(sorted, value, true) - below - 1; // The value itself is among them.
  return (below + equal / 2) / (sorted.length - 1);
}

/** Share of the other items strictly dearer: "cheaper than 80 % of products". */
function cheaperThanShare(sorted: Float64Array, price: number): number {
  if (sorted.length <= 1) return 1;
  return (sorted.length - firstAt(sorted, price, true)) / (sorted.length - 1);
}

/** What makes a product a price indicator, for any product: how widely, how often and how cheaply it is bought. */
export interface PriceProfile {
  item: number;
  label: string;
  /** Share of receipts holding it. */
  penetration: number;
  /** Receipts with it per buyer per month; null without customers or dates. */
  frequencyPerMonth: number | null;
  /** Receipts with it per buyer over the whole file, when per month cannot be said; null without customers. */
  frequency: number | null;
  /** Share of the other products whose average price is higher; null without money. */
  cheaperThan: number | null;
}

export interface PriceIndicatorSuggestion extends PriceProfile {
  /** 0–1: the weighted mean of its ranks on the counts the file allows; the suggestions are in its order. */
  score: number;
}

/** The profile of every sold product, keyed by label: the marked list and the export explain any product with it. */
export function priceProfiles(items: readonly ItemIndicators[], days: number | null): Map<string, PriceProfile> {
  const prices = ascending(items.flatMap((item) => (item.receipts > 0 && item.averagePrice !== null ? [item.averagePrice] : [])));
  return new Map(
    items
      .filter((item) => item.receipts > 0)
      .map((item) => [
        item.label,
        {
          item: item.item,
          label: item.label,
          penetration: item.penetration,
          frequencyPerMonth: frequencyPerMonth(item, days),
          frequency: item.frequency,
          cheaperThan: item.averagePrice === null || prices.length === 0 ? null : cheaperThanShare(prices, item.averagePrice),
        },
      ]),
  );
}

/**
 * Likely price indicators, best first. Each product is ranked on penetration, on a buyer's frequency and on
 * cheapness among the products; its score is the mean of the ranks the file allows (no customers: no
 * frequency; no money: no price), penetration weighing double. Only widely bought and, when prices are known,
 * cheaper-than-most products are suggested.
 */
export function suggestPriceIndicators(items: readonly ItemIndicators[], days: number | null, options: SuggestOptions = SUGGEST_DEFAULTS): PriceIndicatorSuggestion[] {
  const sold = items.filter((item) => item.receipts > 0);
  const penetrations = ascending(sold.map((item) => item.penetration));
  const frequencies = ascending(sold.flatMap((item) => (item.frequency === null ? [] : [item.frequency])));
  const profiles = priceProfiles(sold, days);
  const suggestions: PriceIndicatorSuggestion[] = [];
  for (const item of sold) {
    const penetrationRank = rankAmong(penetrations, item.penetration);
    if (penetrationRank < options.minPenetrationRank) continue;
    const profile = profiles.get(item.label) as PriceProfile; // Cast: every sold item has a profile.
    const { cheaperThan } = profile;
    if (cheaperThan !== null && cheaperThan < options.minCheaperThan) continue;
    // Penetration counts twice: a price seen in most baskets is the one remembered, however cheap the rest.
    const ranks = [penetrationRank, penetrationRank];
    if (item.frequency !== null && frequencies.length > 0) ranks.push(rankAmong(frequencies, item.frequency));
    if (cheaperThan !== null) ranks.push(cheaperThan);
    suggestions.push({ ...profile, score: ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length });
  }
  return suggestions.sort((a, b) => b.score - a.score || b.penetration - a.penetration).slice(0, options.count);
}

/** The participant's list with a label marked or unmarked; a label is kept once, in the order it was marked. */
export function togglePriceIndicator(marked: readonly string[], label: string): string[] {
  return marked.includes(label) ? marked.filter((other) => other !== label) : [...marked, label];
}

export function isPriceIndicator(label: string, marked: readonly string[]): boolean {
  return marked.includes(label);
}

/**
 * What a step choosing a promo product is told about its choice: the product is one the participant marked as
 * a price indicator (discounting it teaches customers to wait for its promo and shakes the price image), or
 * nothing. The step words it.
 */
export type PriceIndicatorWarning = { kind: 'priceIndicator'; label: string } | null;

export function priceIndicatorWarning(label: string | null, marked: readonly string[]): PriceIndicatorWarning {
  return label !== null && isPriceIndicator(label, marked) ? { kind: 'priceIndicator', label } : null;
}

/** The marked indicators with their figures at the current level; `figures` is null for a label the receipts no longer hold. */
export function markedIndicators(marked: readonly string[], items: readonly ItemIndicators[]): Array<{ label: string; figures: ItemIndicators | null }> {
  const byLabel = new Map(items.map((item) => [item.label, item]));
  return marked.map((label) => ({ label, figures: byLabel.get(label) ?? null }));
}
