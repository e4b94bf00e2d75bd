/**
 * Bundles ("special offers", METHODS.md): pairs and triples bought together more often than chance, and what a
 * bundle at a discount would earn. A bundle's lift is the lowest lift of its rules in arules' convention (each item
 * in turn on the right): a triple then qualifies only when every item is pulled by the other two, not when a strong
 * pair carries a passenger bought by everyone.
 */
import type { TransactionIndex } from './baskets';
import { mineRules, ruleFromCounts, type AssociationRule } from './mining';

export interface BundleThresholds {
  /** Share of receipts (0.003 = 0.3 %), inclusive as the miner's. */
  minSupport: number;
  minLift: number;
}

/** Defaults for a shop: bought together in at least 0.3 % of receipts, at least twice as often as by chance. */
export const DEFAULT_BUNDLE_THRESHOLDS: BundleThresholds = { minSupport: 0.003, minLift: 2 };
/** The bundle discount a proposal starts with, % of the regular sum. */
export const DEFAULT_BUNDLE_DISCOUNT = 5;
/** More rules than this and the search stops with a message: thresholds that low make no shortlist. */
export const MAX_BUNDLE_RULES = 200_000;

export interface BundleCandidate {
  /** Item ids, the lead first (the item in most receipts), then the others by their receipts. */
  items: number[];
  /** Receipts holding every item, and their share of all receipts. */
  count: number;
  support: number;
  lift: number;
  /** Receipts holding the lead item. */
  leadCount: number;
  /** Receipts holding the items together beyond what chance would give: count × (1 − 1 / lift); the ranking. */
  excess: number;
}

export type BundleSearch =
  | { kind: 'bundles'; candidates: BundleCandidate[]; minCount: number }
  | { kind: 'tooMany'; minCount: number };

/** How many receipts a bundle holds beyond chance: what it ranks by, so a frequent and a tight bundle both count. */
export function excessReceipts(count: number, lift: number): number {
  return lift > 0 ? count * (1 - 1 / lift) : 0;
}

/** Lead first: the item most receipts hold, whose buyers are offered the bundle; ties by id, so the order is stable. */
export function leadFirst(items: readonly number[], itemCount: (item: number) => number): number[] {
  return [...items].sort((a, b) => itemCount(b) - itemCount(a) || a - b);
}

/**
 * Pairs and triples whose every rule has lift ≥ minLift and whose receipts reach minSupport, ranked by receipts
 * beyond chance. `itemCount` gives an item's receipts (its support count).
 */
export function bundleCandidates(index: TransactionIndex, thresholds: BundleThresholds, itemCount: (item: number) => number, maxRules = MAX_BUNDLE_RULES): BundleSearch {
  const mined = mineRules(index, { minSupport: thresholds.minSupport, minConfidence: 0, minLift: thresholds.minLift, maxLength: 3, maxRules });
  if (mined.kind === 'tooMany') return { kind: 'tooMany', minCount: mined.minCount };
  const byItemset = new Map<string, AssociationRule[]>();
  for (const rule of mined.rules) {
    const itemset = [...rule.antecedent, rule.consequent].sort((a, b) => a - b);
    const key = itemset.join(',');
    const rules = byItemset.get(key);
    if (rules) rules.push(rule);
    else byItemset.set(key, [rule]);
  }
  const candidates: BundleCandidate[] = [];
  for (const rules of byItemset.values()) {
    const first = rules[0] as AssociationRule; // Cast: a group is made with its first rule.
    const size = first.antecedent.length + 1;
    // One rule per item on the right: a missing one had a lift below the threshold.
    if (rules.length < size) continue;
    const lift = Math.min(...rules.map((rule) => rule.lift));
    const items = leadFirst([...first.antecedent, first.consequent], itemCount);
    // Cast: a bundle has at least two items.
    candidates.push({ items, count: first.count, support: first.support, lift, leadCount: itemCount(items[0] as number), excess: excessReceipts(first.count, lift) });
  }
  candidates.sort((a, b) => b.excess - a.excess || b.count - a.count || a.items.join(',').localeCompare(b.items.join(',')));
  return { kind: 'bundles', candidates, minCount: mined.minCount };
}

/** What the economics of a bundle needs of each item. */
export interface ItemMoney {
  /** Revenue per unit; null when the file has no money. */
  averagePrice: number | null;
  /** Gross margin as a share of revenue, from the file's cost; null without cost. */
  marginRate: number | null;
}

/** Margin per unit: from the file's cost, else the participant's assumed margin (a share), else unknown. */
export function unitMargin(item: ItemMoney, assumedMargin: number | null): { margin: number | null; source: 'data' | 'assumed' | null } {
  if (item.averagePrice === null) return { margin: null, source: null };
  if (item.marginRate !== null) return { margin: item.averagePrice * item.marginRate, source: 'data' };
  if (assumedMargin !== null) return { margin: item.averagePrice * assumedMargin, source: 'assumed' };
  return { margin: null, source: null };
}

export interface BundleTerms {
  /** The lead first. */
  items: readonly ItemMoney[];
  /** Receipts holding every item today, and receipts holding the lead. */
  count: number;
  leadCount: number;
  /** Share of the regular sum (0.1 = 10 %), used when `price` is null. */
  discount: number;
  price: number | null;
  /** Share of the lead's receipts expected to take the bundle; null: not estimated. */
  takeUp: number | null;
  /** Share, for items whose cost the file lacks. */
  assumedMargin: number | null;
}

export interface BundleEconomics {
  /** Sum of the items' regular prices per unit. */
  regularPrice: number | null;
  price: number | null;
  /** Given away per bundle: regular price − bundle price; and as a share of the regular price. */
  discountAmount: number | null;
  discount: number | null;
  /** Sum of the items' unit margins at regular prices; at the bundle price. */
  regularMargin: number | null;
  bundleMargin: number | null;
  bundleMarginRate: number | null;
  /** 'assumed' when any item's margin is the participant's assumption. */
  marginSource: 'data' | 'assumed' | null;
  /** Share of the lead's receipts that hold the whole bundle today: the take-up the discount starts from. */
  todayShare: number;
  /** Receipts expected with the bundle: take-up × the lead's receipts, never below today's. */
  bundlesSold: number | null;
  /** Of them, receipts that would have held every item anyway: the discount is given there too. */
  cannibalised: number;
  newBundles: number | null;
  /** Margin the new bundles add (the items added to the lead, less the discount) and the discount given to receipts that had them all. */
  addedMargin: number | null;
  cannibalisedMargin: number | null;
  /** Margin effect vs today over the receipts' period: added − cannibalised. */
  effect: number | null;
  /**
   * The take-up at which the bundle starts to pay (effect 0), as a share of the lead's receipts (above 1: not even
   * if every receipt took it); 'never' when a new bundle adds no margin (the discount eats the added items' margin).
   */
  breakEven: { kind: 'takeUp'; share: number } | { kind: 'never' } | null;
}

/**
 * A bundle's price, margin and expected effect. The model: a share (take-up) of the receipts with the lead product
 * end up with the bundle; the receipts that held every item already get the discount at the till (cannibalisation);
 * in the others the bundle adds the other items to the lead, so they add those items' margin less the discount.
 */
export function bundleEconomics(terms: BundleTerms): BundleEconomics {
  const prices = terms.items.map((item) => item.averagePrice);
  const regularPrice = prices.every((price) => price !== null) ? prices.reduce<number>((sum, price) => sum + (price as number), 0) : null; // Cast: every price was checked.
  const price = terms.price ?? (regularPrice === null ? null : regularPrice * (1 - terms.discount));
  const discountAmount = regularPrice === null || price === null ? null : regularPrice - price;
  const margins = terms.items.map((item) => unitMargin(item, terms.assumedMargin));
  const known = margins.every((entry) => entry.margin !== null);
  const regularMargin = known ? margins.reduce((sum, entry) => sum + (entry.margin as number), 0) : null; // Cast: every margin was checked.
  const bundleMargin = regularMargin === null || discountAmount === null ? null : regularMargin - discountAmount;
  const leadMargin = margins[0]?.margin ?? null;

  const todayShare = terms.leadCount > 0 ? terms.count / terms.leadCount : 0;
  const bundlesSold = terms.takeUp === null ? null : Math.max(terms.takeUp * terms.leadCount, terms.count);
  const newBundles = bundlesSold === null ? null : bundlesSold - terms.count;
  
  const cannibalisedMargin = discountAmount === null ? null : terms.count * discountAmount;
  // Effect(T) = (T × lead − count) × perNew − count × discount = 0 → T = count × (perNew + discount) / (perNew × lead).
  const perNew = bundleMargin === null || leadMargin === null ? null : bundleMargin - leadMargin;
  const addedMargin = newBundles === null || perNew === null ? null : newBundles * perNew;
  let breakEven: BundleEconomics['breakEven'] = null;
  if (perNew !== null && discountAmount !== null && terms.leadCount > 0) {
    breakEven = perNew > 0 ? { kind: 'takeUp', share: (terms.count * (perNew + discountAmount)) / (perNew * terms.leadCount) } : { kind: 'never' };
  }
  return {
    regularPrice,
    price,
    discountAmount,
    discount: regularPrice !== null && regularPrice > 0 && discountAmount !== null ? discountAmount / regularPrice : null,
    regularMargin,
    bundleMargin,
    bundleMarginRate: bundleMargin !== null && price !== null && price > 0 ? bundleMargin / price : null,
    marginSource: !known ? null : margins.some((entry) => entry.source === 'assumed') ? 'assumed' : 'data',
    todayShare,
    bundlesSold,
    cannibalised: terms.count,
    newBundles,
    addedMargin,
    cannibalisedMargin,
    effect: addedMargin === null || cannibalisedMargin === null ? null : addedMargin - cannibalisedMargin,
    breakEven,
  };
}

/** Receipts holding every one of `items` (distinct ids), counted over the items' receipt lists. */
export function receiptsWithAll(lists: readonly Int32Array[], items: readonly number[], receiptCount: number): number {
  if (items.length === 0) return 0;
  const hits = new Uint8Array(receiptCount);
  for (const item of items) for (const receipt of lists[item] ?? []) hits[receipt]!++;
  let count = 0;
  // Cast: the list was checked not empty.
  for (const receipt of lists[items[0] as number] ?? []) if (hits[receipt] === items.length) count++;
  return count;
}

/** A chosen bundle's figures from the receipts: receipts with all, with the lead, and its lift (lowest over its rules). */
export function bundleCounts(lists: readonly Int32Array[], items: readonly number[], receiptCount: number): { count: number; leadCount: number; lift: number | null } {
  const count = receiptsWithAll(lists, items, receiptCount);
  // Cast: a bundle has at least two items.
  const leadCount = lists[items[0] as number]?.length ?? 0;
  let lift: number | null = null;
  for (const consequent of items) {
    const rest = items.filter((item) => item !== consequent);
    const restCount = receiptsWithAll(lists, rest, receiptCount);
    const consequentCount = lists[consequent]?.length ?? 0;
    if (restCount === 0 || consequentCount === 0) return { count, leadCount, lift: null };
    const ruleLift = ruleFromCounts(rest, consequent, count, restCount, consequentCount, receiptCount).lift;
    lift = lift === null ? ruleLift : Math.min(lift, ruleLift);
  }
  return { count, leadCount, lift };
}
