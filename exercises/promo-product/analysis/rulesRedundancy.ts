/**
 * Redundant rules in arules' sense (is.redundant): a rule is redundant when the set holds a more general rule, one
 * with a proper subset of its left side and the same right side, whose confidence is at least its own. Adding
 * items to the left then buys nothing. Kept here until model/redundancy.ts (`markRedundant`) lands on main.
 */
import type { AssociationRule } from '../model/mining';

/** Every non-empty proper subset of a short sorted list (rules have at most four items on the left). */
function properSubsets(items: readonly number[]): number[][] {
  const subsets: number[][] = [];
  const full = (1 << items.length) - 1;
  for (let mask = 1; mask < full; mask++) subsets.push(items.filter((_, index) => (mask >> index) & 1));
  return subsets;
}

export function redundantRules(rules: readonly AssociationRule[]): boolean[] {
  const confidence = new Map<string, number>();
  for (const rule of rules) confidence.set(`${rule.consequent}|${rule.antecedent.join(',')}`, rule.confidence);
  return rules.map((rule) => {
    if (rule.antecedent.length < 2) return false;
    return properSubsets(rule.antecedent).some((subset) => {
      const general = confidence.get(`${rule.consequent}|${subset.join(',')}`);
      return general !== undefined && general >= rule.confidence;
    });
  });
}
