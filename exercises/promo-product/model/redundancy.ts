/**
 * Redundant rules in arules' sense (is.redundant; METHODS.md): X → {y} is redundant when the set holds a rule
 * X′ → {y} with X′ a proper subset of X and at least its confidence: the longer rule tells nothing the shorter
 * one does not, and hiding it shortens the participant's table. Confidences are ratios of counts, each rounded
 * once, so equal ratios compare equal and a plain ≥ is exact.
 */
import type { AssociationRule } from './mining';

type RuleShape = Pick<AssociationRule, 'antecedent' | 'consequent' | 'confidence'>;

/**
 * `true` at the index of each redundant rule. The rules of each right side have their left sides stored in a
 * prefix tree, each node holding the best confidence of a rule with exactly that left side; a rule's
 * generalisations are then its subsets that are paths in the tree, found by walking it along the rule's own
 * items, so a subset no rule starts with is never looked at. About 10,000 rules take a few milliseconds.
 */
export function markRedundant(rules: readonly RuleShape[]): boolean[] {
  const redundant = new Array<boolean>(rules.length).fill(false);
  let span = 1;
  const byConsequent = new Map<number, number[]>();
  rules.forEach((rule, index) => {
    for (const item of rule.antecedent) span = Math.max(span, item + 1);
    const group = byConsequent.get(rule.consequent);
    if (group) group.push(index);
    else byConsequent.set(rule.consequent, [index]);
  });

  // The tree of one right side: node 0 is the empty left side; a child is keyed by node × span + item.
  const children = new Map<number, number>();
  const best: number[] = [];
  let items: readonly number[] = [];
  let confidence = 0;
  /** A proper subset of `items` extending the one at `node` (of `size` items, the last at items[from − 1]) is at least as confident. */
  const generalised = (node: number, from: number, size: number): boolean => {
    for (let i = from; i < items.length; i++) {
      const next = children.get(node * span + (items[i] as number)); // i < length: a defined item
      if (next === undefined) continue;
      if (size + 1 === items.length) continue; // the rule's own left side
      if ((best[next] as number) >= confidence) return true; // every node has its entry (pushed with it)
      if (size + 2 < items.length && generalised(next, i + 1, size + 1)) return true;
    }
    return false;
  };

  for (const group of byConsequent.values()) {
    children.clear();
    best.length = 0;
    best.push(Number.NEGATIVE_INFINITY);
    for (const index of group) {
      const rule = rules[index] as RuleShape; // indices of `rules` itself
      let node = 0;
      for (const item of rule.antecedent) {
        const key = node * span + item;
        let next = children.get(key);
        if (next === undefined) {
          next = best.length;
          best.push(Number.NEGATIVE_INFINITY);
          children.set(key, next);
        }
        node = next;
      }
      best[node] = Math.max(best[node] as number, rule.confidence); // node < best.length: pushed with it
    }
    for (const index of group) {
      const rule = rules[index] as RuleShape; // indices of `rules` itself
      if (rule.antecedent.length < 2) continue;
      items = rule.antecedent;
      confidence = rule.confidence;
      redundant[index] = generalised(0, 0, 0);
    }
  }
  return redundant;
}
