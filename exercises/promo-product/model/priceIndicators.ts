/**
 * Price indicators (METHODS.md, "Promo product and assortment"): the products customers judge the store's price
 * level by. The participant marks them; this model suggests likely ones from the receipts: bought in many
 * receipts, bought again and again by the same customers, and cheap next to the rest of the shelf: the prices a
 * shopper sees often enough to remember. A marked indicator is kept at a steady price and is not a promo product.
 */
import { frequencyPerMonth, type ItemIndicators } from './indicators';

export interface PriceIndicatorSuggestion {
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
  /** 0–1: the weighted mean of its ranks on the counts the file allows; the suggestions are in its order. */
  score: number;
}

export interface SuggestOptions {
  /** How many suggestions at most. */
  count: number;
  /** Only products in the top part of the penetration ranking: a price seen in few receipts forms no image. */
  minPenetrationRank: number;
  /** Only products cheaper than this share of the others, when prices are known. */
  minCheaperThan: number;
}

export const SUGGEST_DEFAULTS: SuggestOptions = { count: 6, minPenetrationRank: 0.75, minCheaperThan: 0.5 };

/** Share of the other items whose value is below `value` (ties count half): 1 for the highest, 0 for the lowest. */
function rankAmong(values: readonly number[], value: number): number {
  if (values.length <= 1) return 1;
  let below = 0;
  let equal = -1; // The value itself is among the values.
  for (const other of values) {
    if (other < value) below++;
    else if (other === value) equal++;
  }
  return (below + equal / 2) / (values.length - 1);
}

/** Share of the other items strictly dearer: "cheaper than 80 % of products". */
function cheaperThanShare(prices: readonly number[], price: number): number {
  if (prices.length <= 1) return 1;
  let dearer = 0;
  for (const other of prices) if (other > price) dearer++;
  return dearer / (prices.length - 1);
}

/**
 * Likely price indicators, best first. Each product is ranked on penetration, on a buyer's frequency and on
 * cheapness among the products; its score is the mean of the ranks the file allows (no customers: no
 * frequency; no money: no price), penetration weighing double. Only widely bought and, when prices are known, cheaper-than-most products
 * are suggested.
 */
export function suggestPriceIndicators(items: readonly ItemIndicators[], days: number | null, options: SuggestOptions = SUGGEST_DEFAULTS): PriceIndicatorSuggestion[] {
  const sold = items.filter((item) => item.receipts > 0);
  const penetrations = sold.map((item) => item.penetration);
  const frequencies = sold.flatMap((item) => (item.frequency === null ? [] : [item.frequency]));
  const prices = sold.flatMap((item) => (item.averagePrice === null ? [] : [item.averagePrice]));
  const suggestions: PriceIndicatorSuggestion[] = [];
  for (const item of sold) {
    const penetrationRank = rankAmong(penetrations, item.penetration);
    if (penetrationRank < options.minPenetrationRank) continue;
    const cheaperThan = item.averagePrice === null || prices.length === 0 ? null : cheaperThanShare(prices, item.averagePrice);
    if (cheaperThan !== null && cheaperThan < options.minCheaperThan) continue;
    // Penetration counts twice: a price seen in most baskets is the one remembered, however cheap the rest.
    const ranks = [penetrationRank, penetrationRank];
    if (item.frequency !== null && frequencies.length > 0) ranks.push(rankAmong(frequencies, item.frequency));
    if (cheaperThan !== null) ranks.push(cheaperThan);
    suggestions.push({
      item: item.item,
      label: item.label,
      penetration: item.penetration,
      frequencyPerMonth: frequencyPerMonth(item, days),
      frequency: item.frequency,
      cheaperThan,
      score: ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length,
    });
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
