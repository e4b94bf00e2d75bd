import { buildBaskets, receiptLinesFromPlain, type BasketSet, type PlainReceiptLine } from '../../../exercises/promo-product/model/baskets';
import { mineRules, minimumCount, type AssociationRule, type MiningThresholds } from '../../../exercises/promo-product/model/mining';
import { canonicalRules, mineRulesBruteForce, mineRulesPlain } from '../../../exercises/promo-product/model/miningReference';

/**
 * Ten receipts, counted by hand (R8 has two lines of eggs: one basket item):
 *   R1 bread butter milk   R2 bread butter milk   R3 bread butter jam   R4 bread milk eggs   R5 bread jam milk
 *   R6 butter milk         R7 milk eggs           R8 milk eggs eggs     R9 jam               R10 eggs jam
 * n(bread) = 5 (R1–R5), n(butter) = 4 (R1 R2 R3 R6), n(milk) = 7 (R1 R2 R4 R5 R6 R7 R8), n(eggs) = 4 (R4 R7 R8 R10,
 * 5 if R8 counted twice), n(jam) = 4 (R3 R5 R9 R10).
 * Pairs: bread+butter 3 (R1 R2 R3), bread+milk 4 (R1 R2 R4 R5), butter+milk 3 (R1 R2 R6), milk+eggs 3 (R4 R7 R8),
 * bread+jam 2 (R3 R5), every other pair ≤ 1. Triples: bread+butter+milk 2 (R1 R2), every other ≤ 1.
 */
const BASKETS = [
  ['bread', 'butter', 'milk'],
  ['bread', 'butter', 'milk'],
  ['bread', 'butter', 'jam'],
  ['bread', 'milk', 'eggs'],
  ['bread', 'jam', 'milk'],
  ['butter', 'milk'],
  ['milk', 'eggs'],
  ['milk', 'eggs', 'eggs'],
  ['jam'],
  ['eggs', 'jam'],
];

function baskets(receipts: readonly (readonly string[])[]): BasketSet {
  const rows: PlainReceiptLine[] = receipts.flatMap((products, r) => products.map((product) => ({ receipt: `R${r + 1}`, product })));
  return buildBaskets(receiptLinesFromPlain(rows), { level: 'product', merges: {}, excluded: [] });
}

const shop = baskets(BASKETS);
const id = (label: string) => shop.items.indexOf(label);
const thresholds = (overrides: Partial<MiningThresholds>): MiningThresholds => ({
  minSupport: 0.3,
  minConfidence: 0,
  minLift: 0,
  maxLength: 5,
  maxRules: 1000,
  ...overrides,
});
const named = (rule: AssociationRule) => `${rule.antecedent.map((item) => shop.items[item]).join('+')} → ${shop.items[rule.consequent]}`;
const names = (rules: readonly AssociationRule[]) => rules.map(named).sort();
const find = (rules: readonly AssociationRule[], text: string) => rules.find((rule) => named(rule) === text);

describe('mineRules on ten hand-counted receipts', () => {
  it('gives each rule its counts, support, confidence and lift', () => {
    const result = mineRules(shop, thresholds({}));
    expect(result.kind).toBe('rules');
    // minSupport 0.3 → ⌈3⌉ = 3 receipts: the four pairs counted 3 or 4, both ways round; 5 items + 4 pairs frequent.
    expect(result.minCount).toBe(3);
    expect(result.frequentItemsets).toBe(9);
    expect(names(result.rules)).toEqual([
      'bread → butter',
      'bread → milk',
      'butter → bread',
      'butter → milk',
      'eggs → milk',
      'milk → bread',
      'milk → butter',
      'milk → eggs',
    ]);
    // bread → milk: support 4/10 = 0.4, confidence 4/5 = 0.8, lift 0.8 / (7/10) = 8/7
    expect(find(result.rules, 'bread → milk')).toEqual({
      antecedent: [id('bread')],
      consequent: id('milk'),
      count: 4,
      antecedentCount: 5,
      consequentCount: 7,
      support: 0.4,
      confidence: 0.8,
      lift: 0.8 / 0.7,
    });
    expect(find(result.rules, 'bread → milk')?.lift).toBeCloseTo(8 / 7, 12);
    // milk → bread: confidence 4/7, lift (4/7) / (5/10) = 8/7, the same lift both ways round
    expect(find(result.rules, 'milk → bread')).toMatchObject({ count: 4, antecedentCount: 7, consequentCount: 5, support: 0.4 });
    expect(find(result.rules, 'milk → bread')?.confidence).toBeCloseTo(4 / 7, 12);
    expect(find(result.rules, 'milk → bread')?.lift).toBeCloseTo(8 / 7, 12);
    // butter → bread: 3/4 = 0.75, lift 0.75 / 0.5 = 1.5
    expect(find(result.rules, 'butter → bread')).toMatchObject({ count: 3, antecedentCount: 4, consequentCount: 5, support: 0.3, confidence: 0.75, lift: 1.5 });
    // eggs → milk: 3/4 = 0.75 (3/5 had R8's second eggs line counted), lift 0.75 / 0.7 = 15/14
    expect(find(result.rules, 'eggs → milk')).toMatchObject({ count: 3, antecedentCount: 4, consequentCount: 7, confidence: 0.75 });
    expect(find(result.rules, 'eggs → milk')?.lift).toBeCloseTo(15 / 14, 12);
  });

  it('counts an item written twice in a receipt once', () => {
    expect(shop.receiptCount).toBe(10);
    const eggs = mineRules(shop, thresholds({ minSupport: 0.4, maxLength: 2 }));
    // n(eggs) = 4, n(milk+eggs) = 3 < 4: with count ≥ 4, eggs has no rule and milk only bread → milk / milk → bread
    expect(names(eggs.rules)).toEqual(['bread → milk', 'milk → bread']);
    expect(find(mineRules(shop, thresholds({})).rules, 'milk → eggs')?.consequentCount).toBe(4);
  });

  it('keeps an itemset found in exactly ⌈s × N⌉ receipts and drops it one receipt above', () => {
    // 0.3 × 10 = 3: the pairs counted 3 pass; 0.31 × 10 = 3.1 → 4: only bread+milk (4) is left
    expect(minimumCount(0.3, 10)).toBe(3);
    expect(minimumCount(0.31, 10)).toBe(4);
    expect(mineRules(shop, thresholds({ minSupport: 0.3 })).rules.some((rule) => rule.count === 3)).toBe(true);
    expect(names(mineRules(shop, thresholds({ minSupport: 0.31 })).rules)).toEqual(['bread → milk', 'milk → bread']);
  });

  it('keeps a rule whose confidence is exactly the minimum', () => {
    // bread → milk is 4/5 = 0.8; the next strongest are 3/4 = 0.75
    expect(names(mineRules(shop, thresholds({ minConfidence: 0.8 })).rules)).toEqual(['bread → milk']);
    expect(mineRules(shop, thresholds({ minConfidence: 0.81 })).rules).toEqual([]);
  });

  it('keeps a rule whose lift is exactly the minimum although floating point puts it an ulp below', () => {
    // bread → butter: confidence 3/5 = 0.6, lift 0.6 / (4/10) = 1.5 exactly, computed 1.4999999999999998;
    // butter → bread: 0.75 / 0.5 = 1.5. Every other rule has lift 8/7 or 15/14.
    expect(find(mineRules(shop, thresholds({})).rules, 'bread → butter')?.lift).toBeLessThan(1.5);
    expect(names(mineRules(shop, thresholds({ minLift: 1.5 })).rules)).toEqual(['bread → butter', 'butter → bread']);
    expect(mineRules(shop, thresholds({ minLift: 1.51 })).rules).toEqual([]);
  });

  it('honours the maximum length, both sides counted', () => {
    // count ≥ 2: bread+butter+milk (R1 R2) is the one frequent triple; its rules have confidence 2/3, 2/3 and 2/4
    const short = mineRules(shop, thresholds({ minSupport: 0.2, maxLength: 2 }));
    const long = mineRules(shop, thresholds({ minSupport: 0.2, maxLength: 3 }));
    expect(short.rules.every((rule) => rule.antecedent.length === 1)).toBe(true);
    const triples = long.rules.filter((rule) => rule.antecedent.length === 2);
    expect(names(triples)).toEqual(['bread+butter → milk', 'bread+milk → butter', 'butter+milk → bread']);
    // bread+butter → milk: 2 / n(bread+butter) 3; bread+milk → butter: 2/4; butter+milk → bread: 2/3
    expect(find(triples, 'bread+butter → milk')).toMatchObject({ count: 2, antecedentCount: 3, consequentCount: 7, support: 0.2 });
    expect(find(triples, 'bread+milk → butter')).toMatchObject({ count: 2, antecedentCount: 4, confidence: 0.5 });
    // frequent: 5 items, 5 pairs (the four above and bread+jam 2), 1 triple
    expect(short.frequentItemsets).toBe(10);
    expect(long.frequentItemsets).toBe(11);
    expect(mineRules(shop, thresholds({ minSupport: 0.2, maxLength: 1 })).rules).toEqual([]);
  });

  it('agrees with both reference miners here', () => {
    for (const minSupport of [0.1, 0.2, 0.3]) {
      const t = thresholds({ minSupport });
      const fast = canonicalRules(mineRules(shop, t).rules);
      expect(fast).toEqual(canonicalRules(mineRulesBruteForce(shop, t).rules));
      expect(fast).toEqual(canonicalRules(mineRulesPlain(shop, t).rules));
    }
  });
});

describe('mineRules at its limits', () => {
  it('stops at maxRules with kind tooMany and the rules found so far', () => {
    // 8 rules at support 0.3 (above): a cap of 8 holds them all, 7 does not
    expect(mineRules(shop, thresholds({ maxRules: 8 })).kind).toBe('rules');
    const capped = mineRules(shop, thresholds({ maxRules: 7 }));
    expect(capped.kind).toBe('tooMany');
    expect(capped.rules).toHaveLength(7);
  });

  it('finds no rule in receipts of one item each', () => {
    const singles = baskets([['bread'], ['milk'], ['bread'], ['eggs'], ['milk']]);
    const result = mineRules(singles, thresholds({ minSupport: 0.01 }));
    expect(result).toMatchObject({ kind: 'rules', rules: [], frequentItemsets: 3 });
  });

  it('finds nothing in no receipts', () => {
    expect(mineRules(baskets([]), thresholds({}))).toEqual({ kind: 'rules', rules: [], frequentItemsets: 0, minCount: 1 });
  });

  it('stops when told to, with what it found so far', () => {
    expect(mineRules(shop, thresholds({}), { shouldStop: () => true })).toMatchObject({ kind: 'stopped', rules: [] });
    let polls = 0;
    const later = mineRules(shop, thresholds({}), { shouldStop: () => ++polls > 2 });
    expect(later.kind).toBe('stopped');
    expect(later.rules.length).toBeLessThan(8);
  });

  it('reports progress now and then, rising to 1', () => {
    const seen: number[] = [];
    mineRules(shop, thresholds({ minSupport: 0.1 }), { progress: (fraction) => seen.push(fraction) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeLessThanOrEqual(51);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
