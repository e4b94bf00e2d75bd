import { describe, expect, it } from 'vitest';
import { buildBaskets, receiptLinesFromPlain, type PlainReceiptLine } from '../../../exercises/promo-product/model/baskets';
import { itemCategories, isSubstitute, pairLift, expectedTogether, substituteSuggestions, switchGain, type ItemFigures } from '../../../exercises/promo-product/model/switching';

/**
 * Ten receipts: value milk (mv, dairy, 60 a unit, cost 48: 12 margin), premium milk (mp, dairy, 100, cost 70: 30
 * margin), bread (bakery, 40, cost 30).
 *   r1 mv bread · r2 mv×2 · r3 mv · r4 mv bread · r5 mp · r6 mp bread · r7 mp · r8 mv mp · r9 mp bread · r10 mv
 * n(mv) = 6, n(mp) = 5, together 1 (r8): chance 6 × 5 / 10 = 3 receipts, lift 1 / 3; units of mv = 1 + 2 + 1 + 1 + 1 + 1 = 7.
 */
const mv = (receipt: string, quantity = 1): PlainReceiptLine => ({ receipt, product: 'mv', category: 'dairy', quantity, price: 60, cost: 48 * quantity });
const mp = (receipt: string): PlainReceiptLine => ({ receipt, product: 'mp', category: 'dairy', quantity: 1, price: 100, cost: 70 });
const bread = (receipt: string): PlainReceiptLine => ({ receipt, product: 'bread', category: 'bakery', quantity: 1, price: 40, cost: 30 });
const rows = [mv('r1'), bread('r1'), mv('r2', 2), mv('r3'), mv('r4'), bread('r4'), mp('r5'), mp('r6'), bread('r6'), mp('r7'), mv('r8'), mp('r8'), mp('r9'), bread('r9'), mv('r10')];
const lines = receiptLinesFromPlain(rows);
const options = { level: 'product' as const, merges: {}, excluded: [] };
const baskets = buildBaskets(lines, options);
const categories = itemCategories(lines, baskets, options);
const figures: ItemFigures[] = baskets.items.map((label, item) => ({
  label,
  category: categories[item] ?? null,
  receipts: 0,
  quantity: baskets.itemQuantity[item] ?? 0,
  averagePrice: (baskets.itemRevenue?.[item] ?? 0) / (baskets.itemQuantity[item] ?? 1),
  marginRate: (baskets.itemMargin?.[item] ?? 0) / (baskets.itemCostedRevenue?.[item] ?? 1),
}));
for (let k = 0; k < baskets.members.length; k++) (figures[baskets.members[k] ?? 0] as ItemFigures).receipts++;
const item = (label: string) => figures[baskets.items.indexOf(label)] as ItemFigures;

describe('substitute pairs', () => {
  it('reads each product’s category, the commoner one when a product is filed under two, none at the category level', () => {
    expect(categories).toEqual(baskets.items.map((label) => (label === 'bread' ? 'bakery' : 'dairy')));
    const twice = receiptLinesFromPlain([
      { receipt: 'a', product: 'x', category: 'one' },
      { receipt: 'b', product: 'x', category: 'two' },
      { receipt: 'c', product: 'x', category: 'two' },
      { receipt: 'c', product: 'y', category: 'one' },
    ]);
    // x: one line in "one", two in "two" → "two".
    const twiceBaskets = buildBaskets(twice, options);
    expect(itemCategories(twice, twiceBaskets, options)).toEqual(['two', 'one']);
    // Merged into x, y's line counts for x: one 2, two 2 → the first seen on the tie, "one".
    const merged = { ...options, merges: { y: 'x' } };
    expect(itemCategories(twice, buildBaskets(twice, merged), merged)).toEqual(['one']);
    expect(itemCategories(twice, twiceBaskets, { ...options, level: 'category' })).toEqual([null, null]);
  });

  it('is the same category at a like price, together at most half as often as chance, chance giving at least 3 receipts', () => {
    const a = { category: 'dairy', receipts: 8, averagePrice: 60 };
    const b = { category: 'dairy', receipts: 5, averagePrice: 100 };
    // Chance: 8 × 5 / 10 = 4 receipts; together 2 → lift 2 / 4 = 0.5, the bar itself (inclusive).
    expect(expectedTogether({ fromCount: 8, toCount: 5, together: 2, receiptCount: 10 })).toBe(4);
    expect(pairLift({ fromCount: 8, toCount: 5, together: 2, receiptCount: 10 })).toBe(0.5);
    expect(isSubstitute(a, b, 2, 10, 5)).toBe(true);
    // Together 3: lift 0.75, fewer than chance but not rarely: merely unrelated.
    expect(isSubstitute(a, b, 3, 10, 5)).toBe(false);
    expect(isSubstitute(a, { ...b, category: 'bakery' }, 2, 10, 5)).toBe(false);
    expect(isSubstitute({ ...a, category: null }, { ...b, category: null }, 2, 10, 5)).toBe(false);
    // 60 and 120: twice, still a like price; 60 and 121: more than twice, not a substitute.
    expect(isSubstitute(a, { ...b, averagePrice: 120 }, 2, 10, 5)).toBe(true);
    expect(isSubstitute(a, { ...b, averagePrice: 121 }, 2, 10, 5)).toBe(false);
    expect(isSubstitute(a, { ...b, averagePrice: null }, 2, 10, 5)).toBe(false);
    // Each product needs minCount receipts: b has 5 < 6.
    expect(isSubstitute(a, b, 2, 10, 6)).toBe(false);
    // 6 × 5 / 10 = 3: never together counts; 5 × 5 / 10 = 2.5 < 3: never together could be luck.
    expect(isSubstitute({ ...a, receipts: 6 }, b, 0, 10, 1)).toBe(true);
    expect(isSubstitute({ ...a, receipts: 5 }, b, 0, 10, 1)).toBe(false);
  });

  it('suggests moving from the lower unit margin to the higher, ranked by the gain if every unit moved', () => {
    // mv 12 a unit, mp 30: 18 per unit moved; 7 units of mv → 126 if all moved. Bread is alone in its category.
    const suggestions = substituteSuggestions(baskets, figures, 2, null, 10);
    expect(suggestions).toHaveLength(1);
    const [suggestion] = suggestions;
    expect(baskets.items[suggestion?.from ?? -1]).toBe('mv');
    expect(baskets.items[suggestion?.to ?? -1]).toBe('mp');
    expect(suggestion?.together).toBe(1);
    expect(suggestion?.lift).toBeCloseTo(1 / 3, 10);
    expect(suggestion?.perUnit).toBeCloseTo(18, 10);
    expect(suggestion?.potential).toBeCloseTo(126, 10);
    // With minCount 6, mp (5 receipts) is too rare to judge.
    expect(substituteSuggestions(baskets, figures, 6, null, 10)).toEqual([]);
  });

  it('gains the margin difference on the switched share of the "from" volume', () => {
    // (30 − 12) × 25 % × 7 units = 18 × 1.75 = 31.5.
    const gain = switchGain(item('mv'), item('mp'), 0.25, null);
    expect(gain.perUnit).toBeCloseTo(18, 10);
    expect(gain.switchedUnits).toBe(1.75);
    expect(gain.gain).toBeCloseTo(31.5, 10);
    expect(gain.marginSource).toBe('data');
    // The other way round loses: (12 − 30) × 50 % × 5 units of mp = −45.
    expect(switchGain(item('mp'), item('mv'), 0.5, null).gain).toBeCloseTo(-45, 10);
    // Without cost, an assumed 20 % margin: 60 × 0.2 = 12 and 100 × 0.2 = 20 → 8 × 10 % × 7 = 5.6.
    const noCost = (figure: ItemFigures): ItemFigures => ({ ...figure, marginRate: null });
    const assumed = switchGain(noCost(item('mv')), noCost(item('mp')), 0.1, 0.2);
    expect(assumed.gain).toBeCloseTo(5.6, 10);
    expect(assumed.marginSource).toBe('assumed');
    expect(switchGain(item('mv'), item('mp'), null, null).gain).toBeNull();
  });
});
