import { describe, expect, it } from 'vitest';
import {
  filterIndicators,
  frequencyPerMonth,
  paretoCurve,
  sortIndicators,
  topProducts,
  type ItemIndicators,
} from '../../../exercises/promo-product/model/indicators';
import { HAND_EXAMPLE, handIndicators } from './indicatorsHandExample';

const byLabel = (items: readonly ItemIndicators[], label: string) => items.find((item) => item.label === label) as ItemIndicators;

describe('item indicators on the hand example', () => {
  const { items, totals } = handIndicators();

  it('counts penetration, buyers and frequency over customers’ receipts only', () => {
    const milk = byLabel(items, 'milk');
    // Milk is in R1, R2, R4: 3 of 4 receipts. Buyers: A only (R4 has no customer); A's receipts with milk: 2.
    expect(milk.receipts).toBe(3);
    expect(milk.penetration).toBe(0.75);
    expect(milk.buyers).toBe(1);
    expect(milk.frequency).toBe(2);
    const bread = byLabel(items, 'bread');
    // Bread: R1 (A), R3 (B), R4 (none): buyers A and B, 2 customer receipts / 2 buyers = 1.
    expect(bread.buyers).toBe(2);
    expect(bread.frequency).toBe(1);
  });

  it('gives revenue and margin shares', () => {
    const milk = byLabel(items, 'milk');
    // Milk revenue 3 × 50 = 150 of 480 → 0.3125; margin 3 × (50 − 45) = 15 of 15 + 30 + 80 = 125 → 0.12; rate 15 / 150 = 0.1.
    expect(milk.revenue).toBe(150);
    expect(milk.revenueShare).toBeCloseTo(0.3125, 12);
    expect(milk.margin).toBe(15);
    expect(milk.marginShare).toBeCloseTo(0.12, 12);
    expect(milk.marginRate).toBeCloseTo(0.1, 12);
    // Cheese: margin 2 × 40 = 80 → 80 / 125 = 0.64.
    expect(byLabel(items, 'cheese').marginShare).toBeCloseTo(0.64, 12);
  });

  it('gives the average receipt with and without the item', () => {
    // Milk: with (80 + 50 + 200) / 3 = 110; without: R3 alone, 150.
    expect(byLabel(items, 'milk').receiptWith).toBeCloseTo(110, 12);
    expect(byLabel(items, 'milk').receiptWithout).toBe(150);
    // Cheese: with (150 + 200) / 2 = 175; without (80 + 50) / 2 = 65.
    expect(byLabel(items, 'cheese').receiptWith).toBe(175);
    expect(byLabel(items, 'cheese').receiptWithout).toBe(65);
  });

  it('gives attachment: the other items in the item’s receipts', () => {
    // Milk: R1 has 1 other, R2 0, R4 2 → 3 / 3 = 1. Bread: 1 + 1 + 2 = 4 over 3. Cheese: 1 + 2 = 3 over 2.
    expect(byLabel(items, 'milk').attachment).toBe(1);
    expect(byLabel(items, 'bread').attachment).toBeCloseTo(4 / 3, 12);
    expect(byLabel(items, 'cheese').attachment).toBe(1.5);
  });

  it('totals the file and spans its days', () => {
    expect(totals.receipts).toBe(4);
    expect(totals.customers).toBe(2);
    expect(totals.revenue).toBe(480);
    // 1 January to 31 January, both counted.
    expect(totals.days).toBe(31);
    // Milk per month: 2 receipts per buyer over 31 days = 2 / (31 / 30.4375) ≈ 1.964.
    expect(frequencyPerMonth(byLabel(items, 'milk'), totals.days)).toBeCloseTo(2 / (31 / 30.4375), 12);
    // A week of receipts says nothing per month.
    expect(frequencyPerMonth(byLabel(items, 'milk'), 7)).toBeNull();
  });

  it('leaves out what the file cannot say: no customers, no money, no cost', () => {
    const plain = HAND_EXAMPLE.map(({ receipt, product }) => ({ receipt, product }));
    const { items: bare, totals: bareTotals } = handIndicators(plain);
    const milk = byLabel(bare, 'milk');
    expect([milk.buyers, milk.frequency, milk.revenue, milk.revenueShare, milk.margin, milk.receiptWith]).toEqual([null, null, null, null, null, null]);
    expect(milk.penetration).toBe(0.75);
    expect(bareTotals.days).toBeNull();
    expect(paretoCurve(bare)).toBeNull();
  });
});

describe('the table’s order and filter', () => {
  const { items } = handIndicators();
  const name = (label: string) => label;

  it('sorts by any figure both ways, the name breaking ties', () => {
    // Penetration: milk 0.75, bread 0.75, cheese 0.5; the tie milk–bread falls to the name: bread first.
    expect(sortIndicators(items, 'penetration', 'descending', name).map((item) => item.label)).toEqual(['bread', 'milk', 'cheese']);
    expect(sortIndicators(items, 'penetration', 'ascending', name).map((item) => item.label)).toEqual(['cheese', 'bread', 'milk']);
    expect(sortIndicators(items, 'name', 'descending', name).map((item) => item.label)).toEqual(['milk', 'cheese', 'bread']);
  });

  it('puts blanks last whichever way it sorts', () => {
    const withBlank = items.map((item) => (item.label === 'milk' ? { ...item, receiptWithout: null } : item));
    expect(sortIndicators(withBlank, 'receiptWithout', 'ascending', name).map((item) => item.label).at(-1)).toBe('milk');
    expect(sortIndicators(withBlank, 'receiptWithout', 'descending', name).map((item) => item.label).at(-1)).toBe('milk');
  });

  it('filters by a part of the shown name and by minimum penetration', () => {
    const shown = (label: string) => ({ milk: 'Молоко', bread: 'Хлеб', cheese: 'Сыр' })[label] ?? label;
    expect(filterIndicators(items, { search: 'мол', minPenetration: 0 }, shown).map((item) => item.label)).toEqual(['milk']);
    expect(filterIndicators(items, { search: '', minPenetration: 0.6 }, shown).map((item) => item.label)).toEqual(['bread', 'milk']);
  });
});

describe('the Pareto curve and the top products', () => {
  const { items, totals } = handIndicators();

  it('marks the fewest products bringing 80 % of revenue', () => {
    // Revenue ranked: cheese 240, milk 150, bread 90 → cumulative 240/480 = 0.5, 390/480 = 0.8125, 1.
    const curve = paretoCurve(items);
    expect(curve?.points).toEqual([
      { productShare: 0, revenueShare: 0 },
      { productShare: 1 / 3, revenueShare: 0.5 },
      { productShare: 2 / 3, revenueShare: 0.8125 },
      { productShare: 1, revenueShare: 1 },
    ]);
    expect(curve?.mark).toEqual({ products: 2, productShare: 2 / 3, revenueShare: 0.8125 });
  });

  it('keeps at most about 200 points for thousands of products, the mark among them', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...(items[0] as ItemIndicators), item: i, label: `p${i}`, revenue: 5000 - i }));
    const curve = paretoCurve(many);
    expect(curve?.points.length).toBeLessThanOrEqual(202);
    expect(curve?.points).toContainEqual({ productShare: curve?.mark.productShare, revenueShare: curve?.mark.revenueShare });
  });

  it('names the most penetrating, the biggest revenue and margin, the strongest attachment', () => {
    const top = topProducts(items, totals.receipts);
    // Penetration ties milk and bread at 0.75: the first in the list (bread, by code point) stays.
    expect(top.penetration?.label).toBe('bread');
    expect(top.revenue?.label).toBe('cheese');
    expect(top.margin?.label).toBe('cheese');
    // No item reaches 5 receipts, so attachment is read among all: cheese 1.5.
    expect(top.attachment?.label).toBe('cheese');
  });
});
