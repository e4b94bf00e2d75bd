/**
 * Per-item figures from the baskets (METHODS.md, "Promo product and assortment"): penetration, buyers,
 * frequency, revenue and margin shares, the average receipt with and without the item, attachment. Null where
 * the file lacks what a figure needs (no customers: no buyers; no money: no revenue; no cost: no margin).
 */
import { NO_CODE, NO_DAY, type BasketSet } from './baskets';

export interface ItemIndicators {
  item: number;
  label: string;
  /** Receipts holding the item, and their share of all receipts. */
  receipts: number;
  penetration: number;
  /** Distinct customers among the receipts that carry one. */
  buyers: number | null;
  /** Receipts with the item per buyer, over the customers' receipts only. */
  frequency: number | null;
  quantity: number;
  revenue: number | null;
  revenueShare: number | null;
  /** Gross margin of the lines whose cost is known; its share of all such margin; margin as a share of those lines' revenue. */
  margin: number | null;
  marginShare: number | null;
  marginRate: number | null;
  /** Revenue per unit. */
  averagePrice: number | null;
  /** Mean receipt value of receipts with the item, and of those without it (null when every receipt has it). */
  receiptWith: number | null;
  receiptWithout: number | null;
  /** Mean number of other items in the item's receipts. */
  attachment: number;
}

export interface BasketTotals {
  receipts: number;
  items: number;
  lines: number;
  customers: number | null;
  revenue: number | null;
  margin: number | null;
  averageReceipt: number | null;
  /** Mean distinct items per receipt. */
  averageItems: number;
  singleItemReceipts: number;
  /** Days from the first receipt's day to the last one's, both counted; null without dates. */
  days: number | null;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

export function basketTotals(baskets: BasketSet, lineCount: number): BasketTotals {
  const { receiptCount, start, receiptValue, receiptCustomer } = baskets;
  let singleItemReceipts = 0;
  for (let r = 0; r < receiptCount; r++) if ((start[r + 1] as number) - (start[r] as number) === 1) singleItemReceipts++;
  const revenue = receiptValue ? receiptValue.reduce((sum, value) => sum + value, 0) : null;
  const margin = baskets.itemMargin ? baskets.itemMargin.reduce((sum, value) => sum + value, 0) : null;
  let customers: number | null = null;
  if (receiptCustomer) {
    const seen = new Set<number>();
    for (const customer of receiptCustomer) if (customer !== NO_CODE) seen.add(customer);
    customers = seen.size;
  }
  return {
    receipts: receiptCount,
    items: baskets.itemCount,
    lines: lineCount,
    customers,
    revenue,
    margin,
    averageReceipt: revenue !== null && receiptCount > 0 ? revenue / receiptCount : null,
    averageItems: receiptCount > 0 ? baskets.members.length / receiptCount : 0,
    singleItemReceipts,
    days: receiptDaySpan(baskets),
  };
}

function receiptDaySpan({ receiptDay }: BasketSet): number | null {
  if (!receiptDay) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const day of receiptDay) {
    if (day === NO_DAY) continue;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return Number.isFinite(first) ? last - first + 1 : null;
}

export function itemIndicators(baskets: BasketSet): ItemIndicators[] {
  const { itemCount, receiptCount, start, members, receiptValue, receiptCustomer } = baskets;
  const receipts = new Int32Array(itemCount);
  const basketItems = new Float64Array(itemCount);
  const valueWith = new Float64Array(itemCount);
  const customerReceipts = new Int32Array(itemCount);
  const buyerSets: Array<Set<number>> | null = receiptCustomer ? Array.from({ length: itemCount }, () => new Set<number>()) : null;
  let totalValue = 0;
  for (let r = 0; r < receiptCount; r++) {
    const from = start[r] as number;
    const to = start[r + 1] as number;
    const value = receiptValue ? (receiptValue[r] as number) : 0;
    totalValue += value;
    const customer = receiptCustomer ? (receiptCustomer[r] as number) : NO_CODE;
    for (let k = from; k < to; k++) {
      const item = members[k] as number;
      receipts[item]!++;
      basketItems[item]! += to - from - 1;
      valueWith[item]! += value;
      if (customer !== NO_CODE && buyerSets) {
        customerReceipts[item]!++;
        (buyerSets[item] as Set<number>).add(customer);
      }
    }
  }
  const totalRevenue = baskets.itemRevenue ? baskets.itemRevenue.reduce((sum, value) => sum + value, 0) : 0;
  const totalMargin = baskets.itemMargin ? baskets.itemMargin.reduce((sum, value) => sum + value, 0) : 0;

  return baskets.items.map((label, item) => {
    const count = receipts[item] as number;
    const buyers = buyerSets ? (buyerSets[item] as Set<number>).size : null;
    const revenue = baskets.itemRevenue ? (baskets.itemRevenue[item] as number) : null;
    const costed = baskets.itemCostedRevenue ? (baskets.itemCostedRevenue[item] as number) : 0;
    const margin = baskets.itemMargin && costed > 0 ? (baskets.itemMargin[item] as number) : null;
    const quantity = baskets.itemQuantity[item] as number;
    const without = receiptCount - count;
    return {
      item,
      label,
      receipts: count,
      penetration: receiptCount > 0 ? count / receiptCount : 0,
      buyers,
      frequency: buyers ? (customerReceipts[item] as number) / buyers : null,
      quantity,
      revenue,
      revenueShare: revenue !== null && totalRevenue > 0 ? revenue / totalRevenue : null,
      margin,
      marginShare: margin !== null && totalMargin > 0 ? margin / totalMargin : null,
      marginRate: margin !== null ? margin / costed : null,
      averagePrice: revenue !== null && quantity > 0 ? revenue / quantity : null,
      receiptWith: receiptValue && count > 0 ? (valueWith[item] as number) / count : null,
      receiptWithout: receiptValue && without > 0 ? (totalValue - (valueWith[item] as number)) / without : null,
      attachment: count > 0 ? (basketItems[item] as number) / count : 0,
    };
  });
}

/** Average days in a month (365.25 / 12): frequency "per month" over a quarter divides by 3, not by 91 / 30. */
const DAYS_PER_MONTH = 30.4375;

export const spansAMonth = (days: number | null): days is number => days !== null && days >= 28;

/**
 * A buyer's receipts with the item per month of the file, when the file spans a month or more; null otherwise
 * (a week of receipts says nothing about a month's habits).
 */
export function frequencyPerMonth(item: Pick<ItemIndicators, 'frequency'>, days: number | null): number | null {
  if (item.frequency === null || !spansAMonth(days)) return null;
  return item.frequency / (days / DAYS_PER_MONTH);
}

/** Columns the table sorts by: every figure, and the name. */
export const INDICATOR_SORT_KEYS = ['name', 'penetration', 'buyers', 'frequency', 'revenueShare', 'marginShare', 'receiptWith', 'receiptWithout', 'attachment'] as const;
export type IndicatorSortKey = (typeof INDICATOR_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/**
 * The items in the column's order; an empty figure (no buyers without customers, no receipt without an item
 * every receipt has) goes last either way, so a sort never opens on blanks. Ties keep the name order.
 */
export function sortIndicators(items: readonly ItemIndicators[], key: IndicatorSortKey, direction: SortDirection, nameOf: (label: string) => string): ItemIndicators[] {
  const sign = direction === 'ascending' ? 1 : -1;
  // Names are compared once, into ranks: 5,000 products sort by a figure without 60,000 string comparisons.
  const collator = new Intl.Collator();
  const byName = items.map((item) => ({ item: item.item, name: nameOf(item.label) })).sort((a, b) => collator.compare(a.name, b.name));
  const nameRank = new Map(byName.map((entry, rank) => [entry.item, rank]));
  const rank = (item: ItemIndicators) => nameRank.get(item.item) as number; // Cast: every item was ranked above.
  if (key === 'name') return [...items].sort((a, b) => sign * (rank(a) - rank(b)));
  return [...items].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? rank(a) - rank(b) : x === null ? 1 : -1;
    return x === y ? rank(a) - rank(b) : sign * (x - y);
  });
}

export interface IndicatorFilter {
  /** Part of the name as shown, any case; '' keeps every item. */
  search: string;
  /** Share of receipts, 0–1. */
  minPenetration: number;
}

export function filterIndicators(items: readonly ItemIndicators[], filter: IndicatorFilter, nameOf: (label: string) => string): ItemIndicators[] {
  const search = filter.search.trim().toLocaleLowerCase();
  return items.filter((item) => item.penetration >= filter.minPenetration && (search === '' || nameOf(item.label).toLocaleLowerCase().includes(search) || item.label.toLocaleLowerCase().includes(search)));
}

export interface ParetoPoint {
  /** Products ranked by revenue, biggest first: the share of all products up to this one, and their share of revenue. */
  productShare: number;
  revenueShare: number;
}

export interface ParetoCurve {
  points: ParetoPoint[];
  /** The fewest top products that bring at least `target` of revenue. */
  mark: { products: number; productShare: number; revenueShare: number };
  items: number;
}

/** Points kept on the curve: enough for a smooth line, few enough for a chart of 5,000 products. */
const PARETO_POINTS = 200;

/**
 * Cumulative revenue share against the share of products ranked by revenue (the Pareto curve), with the point
 * where the top products first reach `target` of revenue (80 % by the "80/20" habit). Null without money or sales.
 */
export function paretoCurve(items: readonly ItemIndicators[], target = 0.8): ParetoCurve | null {
  const revenues = items.map((item) => item.revenue ?? 0).sort((a, b) => b - a);
  const total = revenues.reduce((sum, value) => sum + value, 0);
  if (items.length === 0 || items[0]?.revenue === null || !(total > 0)) return null;
  const n = revenues.length;
  const step = Math.max(1, Math.ceil(n / PARETO_POINTS));
  const points: ParetoPoint[] = [{ productShare: 0, revenueShare: 0 }];
  let mark: ParetoCurve['mark'] | null = null;
  let cumulative = 0;
  for (let k = 1; k <= n; k++) {
    cumulative += revenues[k - 1] as number;
    const share = cumulative / total;
    // A hair below the target still counts: 0.1 + 0.7 is 0.7999999999999999.
    if (mark === null && share >= target - 1e-12) mark = { products: k, productShare: k / n, revenueShare: share };
    if (k % step === 0 || k === n || mark?.products === k) points.push({ productShare: k / n, revenueShare: share });
  }
  return { points, mark: mark as ParetoCurve['mark'], items: n }; // Cast: the last product reaches the whole revenue, so mark is set.
}

export interface TopProducts {
  penetration: ItemIndicators | null;
  revenue: ItemIndicators | null;
  margin: ItemIndicators | null;
  attachment: ItemIndicators | null;
}

/**
 * The products at a glance: the most often bought, the biggest revenue and margin, the strongest attachment.
 * Attachment is read among items in at least 1 % of receipts (and 5 of them): a product bought once in a big
 * basket would otherwise "pull" 20 others.
 */
export function topProducts(items: readonly ItemIndicators[], receipts: number): TopProducts {
  const best = (pool: readonly ItemIndicators[], value: (item: ItemIndicators) => number | null) => {
    let top: ItemIndicators | null = null;
    let topValue = -Infinity;
    for (const item of pool) {
      const v = value(item);
      if (v !== null && v > topValue) {
        top = item;
        topValue = v;
      }
    }
    return top;
  };
  const floor = Math.max(5, Math.ceil(receipts * 0.01));
  const common = items.filter((item) => item.receipts >= floor);
  return {
    penetration: best(items, (item) => item.penetration),
    revenue: best(items, (item) => item.revenue),
    margin: best(items, (item) => item.margin),
    attachment: best(common.length > 0 ? common : items, (item) => item.attachment),
  };
}
