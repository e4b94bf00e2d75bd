/**
 * Per-item figures from the baskets (METHODS.md, "Promo product and assortment"): penetration, buyers,
 * frequency, revenue and margin shares, the average receipt with and without the item, attachment. Null where
 * the file lacks what a figure needs (no customers: no buyers; no money: no revenue; no cost: no margin).
 */
import { NO_CODE, type BasketSet } from './baskets';

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
  };
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
