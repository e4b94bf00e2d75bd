/**
 * Redundant rules in arules' sense (is.redundant; METHODS.md): X → {y} is redundant when the set holds a rule
 * X′ → {y} with X′ a proper subset of X and at least its confidence: the longer rule tells nothing the shorter
 * one does not, and hiding it shortens the participant's table. Confidences are ratios of counts, each rounded
 * once, so equal ratios compare equal and a plain ≥ is exact.
 */
import type { AssociationRule } from './mining';

type RuleShape = Pick<AssociationRule, 'antecedent' | 'consequent' | 'confidence'>;

const keyOf = (consequent: number, antecedent: readonly number[]) => `${consequent}|${antecedent.join(',')}`;

/** X′ ⊂ X for ascending arrays. */
function isProperSubset(small: readonly number[], large: readonly number[]): boolean {
  if (small.length >= large.length) return false;
  let j = 0;
  for (const item of small) {
    while (j < large.length && (large[j] as number) < item) j++; // j < length: the read is defined
    if (j === large.length || large[j] !== item) return false;
    j++;
  }
  return true;
}

/**
 * `true` at the index of each redundant rule. A rule's generalisations are found by looking up each proper
 * subset of its antecedent (2^k − 2 of them), or, when its consequent has fewer rules than that, by scanning
 * them: about 10,000 rules take milliseconds either way.
 */
export function markRedundant(rules: readonly RuleShape[]): boolean[] {
  const best = new Map<string, number>();
  const byConsequent = new Map<number, RuleShape[]>();
  for (const rule of rules) {
    const key = keyOf(rule.consequent, rule.antecedent);
    best.set(key, Math.max(best.get(key) ?? Number.NEGATIVE_INFINITY, rule.confidence));
    const group = byConsequent.get(rule.consequent);
    if (group) group.push(rule);
    else byConsequent.set(rule.consequent, [rule]);
  }
  const subset: number[] = [];
  return rules.map((rule) => {
    const k = rule.antecedent.length;
    if (k < 2) return false;
    const group = byConsequent.get(rule.consequent) as RuleShape[]; // filled above from these very rules
    if (k >= 30 || group.length < 2 ** k - 2) {
      return group.some((other) => other.confidence >= rule.confidence && isProperSubset(other.antecedent, rule.antecedent));
    }
    for (let mask = 1; mask < 2 ** k - 1; mask++) {
      subset.length = 0;
      for (let i = 0; i < k; i++) if (mask & (1 << i)) subset.push(rule.antecedent[i] as number); // i < k, the length
      const confidence = best.get(keyOf(rule.consequent, subset));
      if (confidence !== undefined && confidence >= rule.confidence) return true;
    }
    return false;
  });
}
