import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mineRules, type AssociationRule, type MiningThresholds } from '../../../exercises/promo-product/model/mining';
import { canonicalRules, countItemset, mineRulesPlain } from '../../../exercises/promo-product/model/miningReference';
import { markRedundant } from '../../../exercises/promo-product/model/redundancy';
import { groceriesBaskets } from '../../fixtures/groceries/groceries';

const groceries = groceriesBaskets(readFileSync(join(import.meta.dirname, '../../fixtures/groceries/groceries.csv'), 'utf8'));
const id = (label: string) => {
  const index = groceries.items.indexOf(label);
  if (index < 0) throw new Error(`no item ${label}`);
  return index;
};
const ids = (...labels: string[]) => labels.map(id).sort((a, b) => a - b);
const ARULES: MiningThresholds = { minSupport: 0.001, minConfidence: 0.8, minLift: 0, maxLength: 10, maxRules: 100_000 };
const result = mineRules(groceries, ARULES);
const ruleOf = (rules: readonly AssociationRule[], antecedent: string[], consequent: string) =>
  rules.find((rule) => rule.consequent === id(consequent) && rule.antecedent.join() === ids(...antecedent).join());

describe('Groceries (R arules) at support 0.001 and confidence 0.8', () => {
  it('has the 9,835 receipts and 169 items arules reads', () => {
    expect(groceries.receiptCount).toBe(9835);
    expect(groceries.itemCount).toBe(169);
  });

  it("finds arules' 410 rules from its 13,492 frequent itemsets, itemsets seen in at least 10 receipts", () => {
    // 0.001 × 9,835 = 9.835 → 10 receipts
    expect(result).toMatchObject({ kind: 'rules', minCount: 10, frequentItemsets: 13_492 });
    expect(result.rules).toHaveLength(410);
  });

  it('finds the same rules with the same counts as the plain Eclat', () => {
    expect(canonicalRules(result.rules)).toEqual(canonicalRules(mineRulesPlain(groceries, ARULES).rules));
  });

  it('counts known rules as the baskets do', () => {
    // Counted by reading every basket (countItemset): n(rice, sugar, whole milk) = 12, n(rice, sugar) = 12,
    // n(whole milk) = 2,513: confidence 1, lift 9,835 / 2,513 = 3.9136
    expect(countItemset(groceries, ids('rice', 'sugar', 'whole milk'))).toBe(12);
    expect(countItemset(groceries, ids('rice', 'sugar'))).toBe(12);
    expect(ruleOf(result.rules, ['rice', 'sugar'], 'whole milk')).toMatchObject({ count: 12, antecedentCount: 12, consequentCount: 2513, confidence: 1 });
    expect(ruleOf(result.rules, ['rice', 'sugar'], 'whole milk')?.lift).toBeCloseTo(3.9136, 4);
    // arules' strongest rule by lift: {liquor, red/blush wine} → {bottled beer}, 19 of 21 receipts, n(bottled beer) = 792:
    // support 19 / 9,835 = 0.00193, confidence 0.905, lift (19/21) / (792/9,835) = 11.235
    expect(ruleOf(result.rules, ['liquor', 'red/blush wine'], 'bottled beer')).toMatchObject({ count: 19, antecedentCount: 21, consequentCount: 792 });
    expect(ruleOf(result.rules, ['liquor', 'red/blush wine'], 'bottled beer')?.lift).toBeCloseTo(11.235, 3);
    // {citrus fruit, root vegetables, tropical fruit} → {other vegetables}: 44 / 56 = 0.786, under 0.8: not a rule here
    expect(countItemset(groceries, ids('citrus fruit', 'root vegetables', 'tropical fruit', 'other vegetables'))).toBe(44);
    expect(ruleOf(result.rules, ['citrus fruit', 'root vegetables', 'tropical fruit'], 'other vegetables')).toBeUndefined();
  });

  it('stops at the cap with the rules found so far', () => {
    const capped = mineRules(groceries, { ...ARULES, maxRules: 100 });
    expect(capped.kind).toBe('tooMany');
    expect(capped.rules).toHaveLength(100);
    const all = new Set(canonicalRules(result.rules));
    expect(canonicalRules(capped.rules).every((rule) => all.has(rule))).toBe(true);
  });

  it('reports progress and asks whether to stop now and then, not per itemset', () => {
    const fractions: number[] = [];
    let polls = 0;
    const again = mineRules(groceries, ARULES, {
      progress: (fraction) => fractions.push(fraction),
      shouldStop: () => {
        polls++;
        return false;
      },
    });
    expect(again.rules).toHaveLength(410);
    // 13,492 itemsets: at most one progress call per 2 % of the work, one poll per first item and per 4,096 itemsets
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions.length).toBeLessThanOrEqual(51);
    expect(fractions.at(-1)).toBe(1);
    expect(polls).toBeLessThanOrEqual(169 + 4);
  });

  it('stops part-way when told to, with fewer rules than the whole run', () => {
    let polls = 0;
    const stopped = mineRules(groceries, ARULES, { shouldStop: () => ++polls > 60 });
    expect(stopped.kind).toBe('stopped');
    expect(stopped.rules.length).toBeLessThan(410);
    expect(stopped.frequentItemsets).toBeLessThan(13_492);
  });

  it('marks a rule redundant only when a shorter rule with the same right side is at least as confident', () => {
    const redundant = markRedundant(result.rules);
    result.rules.forEach((rule, index) => {
      const general = result.rules.some(
        (other) => other.consequent === rule.consequent && other.confidence >= rule.confidence && other.antecedent.length < rule.antecedent.length && other.antecedent.every((item) => rule.antecedent.includes(item)),
      );
      expect(redundant[index], canonicalRules([rule])[0]).toBe(general);
    });
    expect(redundant.filter(Boolean).length).toBeGreaterThan(0);
  });
});
