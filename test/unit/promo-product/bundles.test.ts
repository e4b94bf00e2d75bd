import { describe, expect, it } from 'vitest';
import { buildBaskets, receiptLinesFromPlain, type PlainReceiptLine } from '../../../exercises/promo-product/model/baskets';
import { bundleCandidates, bundleCounts, bundleEconomics, excessReceipts, receiptsWithAll, unitMargin } from '../../../exercises/promo-product/model/bundles';
import { itemReceipts } from '../../../exercises/promo-product/model/mining';

/**
 * Ten receipts (items a…f):
 *   r1 a b c · r2 a b c · r3 a b · r4 d e · r5 d · r6 d · r7 e · r8 f · r9 f · r10 c f
 * n(a) = n(b) = n(c) = n(d) = n(f) = 3, n(e) = 2; n(ab) = 3, n(ac) = n(bc) = n(abc) = 2, n(de) = n(cf) = 1.
 */
const RECEIPTS = ['abc', 'abc', 'ab', 'de', 'd', 'd', 'e', 'f', 'f', 'cf'];
const rows: PlainReceiptLine[] = RECEIPTS.flatMap((items, r) => [...items].map((product) => ({ receipt: `r${r + 1}`, product })));
const baskets = buildBaskets(receiptLinesFromPlain(rows), { level: 'product', merges: {}, excluded: [] });
const lists = itemReceipts(baskets);
const countOf = (item: number) => lists[item]?.length ?? 0;
const id = (label: string) => baskets.items.indexOf(label);
const labels = (items: readonly number[]) => items.map((item) => baskets.items[item]).join('');

describe('bundle proposals', () => {
  it('finds the pairs and triples whose every rule reaches the lift, with enough receipts, ranked by receipts beyond chance', () => {
    // minSupport 0.2 → ⌈0.2 × 10⌉ = 2 receipts; de and cf (1 receipt each) are out.
    const search = bundleCandidates(baskets, { minSupport: 0.2, minLift: 2 }, countOf);
    expect(search.kind).toBe('bundles');
    if (search.kind !== 'bundles') return;
    expect(search.minCount).toBe(2);
    const found = new Map(search.candidates.map((candidate) => [labels(candidate.items), candidate]));
    expect([...found.keys()].sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
    // ab: lift = 3 × 10 / (3 × 3) = 3.333; excess = 3 × (1 − 1 / 3.333) = 3 × 0.7 = 2.1: the top proposal.
    expect(labels(search.candidates[0]?.items ?? [])).toBe('ab');
    expect(found.get('ab')?.lift).toBeCloseTo(10 / 3, 10);
    expect(found.get('ab')?.excess).toBeCloseTo(2.1, 10);
    expect(found.get('ab')?.support).toBeCloseTo(0.3, 10);
    // abc: rules ab→c (2/3) / (3/10) = 2.222, ac→b 1 / 0.3 = 3.333, bc→a 3.333; the bundle's lift is the lowest, 2.222.
    expect(found.get('abc')?.lift).toBeCloseTo(20 / 9, 10);
    expect(found.get('abc')?.count).toBe(2);
    // excess = 2 × (1 − 9/20) = 1.1
    expect(found.get('abc')?.excess).toBeCloseTo(1.1, 10);
    // The lead is the item in most receipts; a, b, c tie at 3, so the lower id leads.
    expect(found.get('abc')?.items).toEqual([id('a'), id('b'), id('c')]);
    expect(found.get('abc')?.leadCount).toBe(3);
  });

  it('leaves out a triple when one of its items is not pulled by the others, however strong the rest', () => {
    // At lift ≥ 2.5: ab (3.333) stays; abc goes, because ab→c is 2.222 though ac→b and bc→a are 3.333.
    const search = bundleCandidates(baskets, { minSupport: 0.2, minLift: 2.5 }, countOf);
    expect(search.kind === 'bundles' ? search.candidates.map((candidate) => labels(candidate.items)) : null).toEqual(['ab']);
  });

  it('says so when the thresholds give more rules than the cap', () => {
    // At 0.1 (one receipt) with no lift bar, the 10 receipts give more than 3 rules.
    expect(bundleCandidates(baskets, { minSupport: 0.1, minLift: 0 }, countOf, 3).kind).toBe('tooMany');
  });

  it('counts a kept bundle from the receipts, whatever the thresholds', () => {
    expect(receiptsWithAll(lists, [id('a'), id('b'), id('c')], 10)).toBe(2);
    expect(receiptsWithAll(lists, [id('d'), id('e')], 10)).toBe(1);
    // de: 1 receipt; lead d in 3; lift = 1 × 10 / (3 × 2) = 1.667.
    const counts = bundleCounts(lists, [id('d'), id('e')], 10);
    expect(counts.count).toBe(1);
    expect(counts.leadCount).toBe(3);
    expect(counts.lift).toBeCloseTo(10 / 6, 10);
  });

  it('ranks nothing beyond chance at lift 1 or below', () => {
    expect(excessReceipts(10, 1)).toBe(0);
    // 10 × (1 − 1/4) = 7.5
    expect(excessReceipts(10, 4)).toBe(7.5);
  });
});

describe('bundle economics', () => {
  // Lead a: 100 per unit at a 30 % margin from cost (30 per unit); b: 50 per unit, no cost, assumed 20 % (10 per unit).
  const lead = { averagePrice: 100, marginRate: 0.3 };
  const other = { averagePrice: 50, marginRate: null };

  it('takes the margin from the cost, else from the assumed margin', () => {
    expect(unitMargin(lead, 0.2)).toEqual({ margin: 30, source: 'data' });
    expect(unitMargin(other, 0.2)).toEqual({ margin: 10, source: 'assumed' });
    expect(unitMargin(other, null)).toEqual({ margin: null, source: null });
    expect(unitMargin({ averagePrice: null, marginRate: 0.3 }, 0.2)).toEqual({ margin: null, source: null });
  });

  it('prices the bundle, and counts the discount given to receipts that held both anyway', () => {
    // Regular 100 + 50 = 150; 5 % off → 142.5; 7.5 given per bundle. Margin 30 + 10 = 40 → 32.5 at the bundle price.
    // Take-up 30 % of the lead's 100 receipts = 30 bundles; 20 receipts held both already → 10 new.
    // New: 10 × (32.5 − 30 for the lead that was there anyway) = +25; cannibalised: 20 × 7.5 = 150; effect 25 − 150 = −125.
    const economics = bundleEconomics({ items: [lead, other], count: 20, leadCount: 100, discount: 0.05, price: null, takeUp: 0.3, assumedMargin: 0.2 });
    expect(economics.regularPrice).toBe(150);
    expect(economics.price).toBeCloseTo(142.5, 10);
    expect(economics.discountAmount).toBeCloseTo(7.5, 10);
    expect(economics.regularMargin).toBe(40);
    expect(economics.bundleMargin).toBeCloseTo(32.5, 10);
    // 32.5 / 142.5 = 0.22807
    expect(economics.bundleMarginRate).toBeCloseTo(0.22807, 5);
    expect(economics.marginSource).toBe('assumed');
    expect(economics.todayShare).toBe(0.2);
    expect(economics.bundlesSold).toBeCloseTo(30, 10);
    expect(economics.newBundles).toBeCloseTo(10, 10);
    expect(economics.addedMargin).toBeCloseTo(25, 10);
    expect(economics.cannibalisedMargin).toBeCloseTo(150, 10);
    expect(economics.effect).toBeCloseTo(-125, 10);
    // Pays from T × 100 bundles where (T × 100 − 20) × 2.5 = 20 × 7.5 → T = 20 × (2.5 + 7.5) / (2.5 × 100) = 0.8.
    expect(economics.breakEven?.kind === 'takeUp' ? economics.breakEven.share : null).toBeCloseTo(0.8, 10);
    const atBreakEven = bundleEconomics({ items: [lead, other], count: 20, leadCount: 100, discount: 0.05, price: null, takeUp: 0.8, assumedMargin: 0.2 });
    expect(atBreakEven.effect).toBeCloseTo(0, 10);
  });

  it('takes a typed price over the discount, and never sells fewer bundles than receipts hold today', () => {
    // Price 120: 30 given per bundle (20 %); margin 40 − 30 = 10. Take-up 10 % × 100 = 10 < 20 today → 20 sold, none new.
    // Effect: 0 − 20 × 30 = −600.
    const economics = bundleEconomics({ items: [lead, other], count: 20, leadCount: 100, discount: 0.05, price: 120, takeUp: 0.1, assumedMargin: 0.2 });
    expect(economics.discount).toBeCloseTo(0.2, 10);
    expect(economics.bundleMargin).toBeCloseTo(10, 10);
    expect(economics.bundlesSold).toBe(20);
    expect(economics.newBundles).toBe(0);
    expect(economics.effect).toBeCloseTo(-600, 10);
    // A new bundle adds b's 10 and gives away 30: it never pays, whatever the take-up.
    expect(economics.breakEven).toEqual({ kind: 'never' });
  });

  it('leaves the money figures empty when the file has no prices, and the effect empty without a take-up', () => {
    const economics = bundleEconomics({ items: [{ averagePrice: null, marginRate: null }, other], count: 5, leadCount: 10, discount: 0.1, price: null, takeUp: null, assumedMargin: null });
    expect(economics.regularPrice).toBeNull();
    expect(economics.price).toBeNull();
    expect(economics.bundleMargin).toBeNull();
    expect(economics.bundlesSold).toBeNull();
    expect(economics.effect).toBeNull();
    expect(economics.todayShare).toBe(0.5);
    expect(economics.breakEven).toBeNull();
  });
});
