import { describe, expect, it } from 'vitest';
import { buildBaskets, receiptLinesFromPlain } from '../../../exercises/promo-product/model/baskets';
import { itemIndicators, basketTotals } from '../../../exercises/promo-product/model/indicators';
import { markedIndicators, priceIndicatorWarning, priceProfiles, suggestPriceIndicators, togglePriceIndicator, SUGGEST_DEFAULTS } from '../../../exercises/promo-product/model/priceIndicators';
import { demoReceiptLines } from '../../../exercises/promo-product/demo/grocer';
import { HAND_EXAMPLE, handIndicators } from './indicatorsHandExample';

describe('suggested price indicators', () => {
  const { items, totals } = handIndicators();

  it('ranks widely bought, often bought, cheap products and explains each', () => {
    /*
     * Penetration 0.75, 0.75, 0.5: milk and bread rank (1 below + ½ tie) / 2 others = 0.75, cheese 0 (left out: below the top quarter).
     * Frequency 2, 1, 1: milk ranks 2 / 2 = 1, bread (0 + ½) / 2 = 0.25.
     * Price 50, 30, 120: milk is cheaper than 1 of 2 others (0.5), bread than both (1).
     * Scores, penetration counted twice: milk (2 × 0.75 + 1 + 0.5) / 4 = 0.75; bread (2 × 0.75 + 0.25 + 1) / 4 = 0.6875.
     */
    const suggestions = suggestPriceIndicators(items, totals.days);
    expect(suggestions.map((s) => s.label)).toEqual(['milk', 'bread']);
    const [milk, bread] = suggestions;
    expect(milk?.score).toBeCloseTo(0.75, 12);
    expect(bread?.score).toBeCloseTo(0.6875, 12);
    expect(milk?.penetration).toBe(0.75);
    expect(milk?.cheaperThan).toBe(0.5);
    expect(bread?.cheaperThan).toBe(1);
    // 2 receipts per buyer over 31 days → 2 / (31 / 30.4375) a month.
    expect(milk?.frequencyPerMonth).toBeCloseTo(1.9637, 4);
  });

  it('leaves out products dearer than most when prices are known', () => {
    // Asking for cheaper than 60 % of the others drops milk (cheaper than 50 %).
    expect(suggestPriceIndicators(items, totals.days, { ...SUGGEST_DEFAULTS, minCheaperThan: 0.6 }).map((s) => s.label)).toEqual(['bread']);
  });

  it('works on penetration alone when the file has no customers and no money', () => {
    const bare = handIndicators(HAND_EXAMPLE.map(({ receipt, product }) => ({ receipt, product })));
    const suggestions = suggestPriceIndicators(bare.items, bare.totals.days);
    // Milk and bread tie at rank 0.75 and keep the list's order; no frequency, no price to explain.
    expect(suggestions.map((s) => [s.label, s.score, s.frequency, s.cheaperThan])).toEqual([
      ['bread', 0.75, null, null],
      ['milk', 0.75, null, null],
    ]);
  });

  it('suggests the demo store’s milk, its planted price indicator', () => {
    const lines = receiptLinesFromPlain(demoReceiptLines());
    const baskets = buildBaskets(lines, { level: 'product', merges: {}, excluded: [] });
    const suggestions = suggestPriceIndicators(itemIndicators(baskets), basketTotals(baskets, lines.length).days);
    expect(suggestions.map((s) => s.label)).toContain('milk.classic');
  });
});

describe('marking indicators', () => {
  it('marks and unmarks, keeping the order of marking', () => {
    expect(togglePriceIndicator(['milk'], 'bread')).toEqual(['milk', 'bread']);
    expect(togglePriceIndicator(['milk', 'bread'], 'milk')).toEqual(['bread']);
  });

  it('warns about a marked product chosen as promo, and only about it', () => {
    expect(priceIndicatorWarning('milk', ['milk', 'bread'])).toEqual({ kind: 'priceIndicator', label: 'milk' });
    expect(priceIndicatorWarning('cheese', ['milk'])).toBeNull();
    expect(priceIndicatorWarning(null, ['milk'])).toBeNull();
  });

  it('finds the marked products’ figures, and says when the receipts no longer hold one', () => {
    const { items } = handIndicators();
    const marked = markedIndicators(['cheese', 'kefir'], items);
    expect(marked.map((entry) => [entry.label, entry.figures?.receipts ?? null])).toEqual([
      ['cheese', 2],
      ['kefir', null],
    ]);
  });
});

describe('a product’s price profile', () => {
  it('explains any product, suggested or not', () => {
    const { items, totals } = handIndicators();
    // Cheese (item 1: bread, cheese, milk by code point): in 2 of 4 receipts, its one buyer (B) once; 120 is the dearest price.
    expect(priceProfiles(items, totals.days).get('cheese')).toEqual({ item: 1, label: 'cheese', penetration: 0.5, frequencyPerMonth: 1 / (31 / 30.4375), frequency: 1, cheaperThan: 0 });
  });
});
