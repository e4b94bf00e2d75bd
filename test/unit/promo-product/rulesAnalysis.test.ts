import { describe, expect, it } from 'vitest';
import { buildBaskets, receiptLinesFromPlain } from '../../../exercises/promo-product/model/baskets';
import type { AssociationRule } from '../../../exercises/promo-product/model/mining';
import { MAX_RULES, mostCommonPairCount, rulesFromBaskets } from '../../../exercises/promo-product/analysis/rulesAnalysis';
import { markRedundant } from '../../../exercises/promo-product/model/redundancy';

const options = { level: 'product' as const, merges: {}, excluded: [] };
function baskets(receipts: string[][]) {
  return buildBaskets(receiptLinesFromPlain(receipts.flatMap((products, index) => products.map((product) => ({ receipt: `r${index}`, product })))), options);
}

// Ten receipts. Counts: a 6, b 6, c 5, d 2; ab 4, ac 3, bc 3, abc 2, ad 1.
const shop = baskets([['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b'], ['a', 'b'], ['a', 'c'], ['b', 'c'], ['c'], ['d'], ['a', 'd'], ['b']]);
const name = (rule: AssociationRule) => `${rule.antecedent.map((item) => shop.items[item]).join('+')}→${shop.items[rule.consequent]}`;

const rule = (antecedent: number[], consequent: number, confidence: number): AssociationRule => ({ antecedent, consequent, confidence, count: 1, antecedentCount: 1, consequentCount: 1, support: 0.1, lift: 1 });

describe('markRedundant as the rules step uses it (arules is.redundant)', () => {
  it('marks a rule whose more general rule, same right side, is at least as confident', () => {
    const rules = [
      rule([0], 2, 0.5),
      rule([1], 2, 0.6),
      rule([0, 1], 2, 0.7), // better than both a→c (0.5) and b→c (0.6): kept
      rule([0, 3], 2, 0.5), // a→c has 0.5 ≥ 0.5: redundant
      rule([0, 3], 1, 0.4), // no rule with a subset of {a, d} on the left and b on the right: kept
      rule([1, 3, 4], 0, 0.8),
      rule([3], 0, 0.9), // d→a 0.9 ≥ 0.8: bde→a is redundant, through a subset two items smaller
    ];
    expect(markRedundant(rules)).toEqual([false, false, false, true, false, true, false]);
  });
});

describe('rulesFromBaskets', () => {
  it('mines at the participant’s thresholds, in %, strongest first (hand-checked)', () => {
    // Support 20 % → count ≥ 2; confidence ≥ 60 %: a→b 4/6, b→a 4/6, c→a 3/5, c→b 3/5, ac→b 2/3, bc→a 2/3.
    // Lift: a→b (4/6)/(6/10) = 1.111, ac→b (2/3)/(6/10) = 1.111; c→a 0.6/0.6 = 1.
    const result = rulesFromBaskets(shop, { minSupport: 20, minConfidence: 60, minLift: 0, maxLength: 3 });
    expect(result.outcome).toEqual({ kind: 'rules' });
    expect(result.minCount).toBe(2);
    expect(result.multiItemReceipts).toBe(7);
    expect(result.rules.map(name).sort()).toEqual(['a+c→b', 'a→b', 'b+c→a', 'b→a', 'c→a', 'c→b']);
    expect(result.rules.slice(0, 4).every((r) => Math.abs(r.lift - 10 / 9) < 1e-12)).toBe(true);
    expect(result.rules.slice(4).map((r) => r.lift)).toEqual([1, 1]);
    // ac→b (2/3) against a→b (4/6): as confident, so redundant; bc→a likewise against b→a.
    expect(result.rules.filter((_, index) => result.redundant[index]).map(name).sort()).toEqual(['a+c→b', 'b+c→a']);
  });

  it('suggests concrete thresholds when none pass', () => {
    // 50 % → count ≥ 5: no pair is that common; the most common, ab, is in 4 of 10 receipts.
    const high = rulesFromBaskets(shop, { minSupport: 50, minConfidence: 10, minLift: 0, maxLength: 3 });
    expect(high.outcome).toEqual({ kind: 'none', suggestion: { bestPairSupport: 0.4, bestConfidence: null, bestLift: null } });
    // 30 % → count ≥ 3: ab, ac, bc. Confidence 90 % is out of reach: with lift ≥ 1.05 the best is a→b, 4/6;
    // no rule is 90 % confident, so there is no best lift among them.
    const confident = rulesFromBaskets(shop, { minSupport: 30, minConfidence: 90, minLift: 1.05, maxLength: 3 });
    expect(confident.outcome).toEqual({ kind: 'none', suggestion: { bestPairSupport: 0.4, bestConfidence: 4 / 6, bestLift: null } });
    expect(mostCommonPairCount(shop)).toBe(4);
  });

  it('says a file of single-item receipts can hold no rule', () => {
    expect(rulesFromBaskets(baskets([['a'], ['b'], ['a']]), { minSupport: 1, minConfidence: 0, minLift: 0, maxLength: 2 }).outcome).toEqual({ kind: 'singleItems' });
  });

  it('stops at the rule cap instead of listing every rule', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => `p${index}`);
    const result = rulesFromBaskets(baskets([twenty, twenty]), { minSupport: 100, minConfidence: 0, minLift: 0, maxLength: 5 });
    expect(result.outcome).toEqual({ kind: 'tooMany' });
    expect(result.rules).toHaveLength(MAX_RULES);
  });
});
