/**
 * Association rules in the convention of R's arules (METHODS.md), so that a participant's rule set can be
 * checked against it: X → {y} with one item on the right and |X| ≥ 1; support = n(X ∪ y) / N, confidence =
 * n(X ∪ y) / n(X), lift = confidence / (n(y) / N), all from counts; thresholds inclusive (an itemset is frequent
 * when its count ≥ ⌈s × N⌉); the maximum length counts both sides, as arules' maxlen does.
 */
import type { TransactionIndex } from './baskets';

export interface MiningThresholds {
  /** Shares of receipts, 0…1. */
  minSupport: number;
  minConfidence: number;
  minLift: number;
  /** Items in a rule, both sides together (≥ 2). */
  maxLength: number;
  /** More rules than this and mining stops: a table of them would help nobody and could freeze the tab. */
  maxRules: number;
}

export interface AssociationRule {
  /** Item ids, ascending. */
  antecedent: readonly number[];
  consequent: number;
  /** Receipts holding X ∪ {y}, X, and y. */
  count: number;
  antecedentCount: number;
  consequentCount: number;
  support: number;
  confidence: number;
  lift: number;
}

export type MiningResult =
  | { kind: 'rules'; rules: AssociationRule[]; frequentItemsets: number; minCount: number }
  /** Stopped at the cap: `rules` holds the first `maxRules` found, in no particular order of strength. */
  | { kind: 'tooMany'; rules: AssociationRule[]; frequentItemsets: number; minCount: number };

/**
 * ⌈s × N⌉ with the product's rounding error taken off first: 0.07 × 100 is 7.000000000000001 in binary
 * floating point, and a threshold of 8 receipts there would drop itemsets arules keeps.
 */
export function minimumCount(minSupport: number, receiptCount: number): number {
  return Math.max(1, Math.ceil(minSupport * receiptCount - 1e-9));
}

export function ruleFromCounts(antecedent: readonly number[], consequent: number, count: number, antecedentCount: number, consequentCount: number, receiptCount: number): AssociationRule {
  const confidence = count / antecedentCount;
  return {
    antecedent,
    consequent,
    count,
    antecedentCount,
    consequentCount,
    support: count / receiptCount,
    confidence,
    lift: confidence / (consequentCount / receiptCount),
  };
}

/** Progress (0…1) and a way to stop: the worker's run is dropped when the participant changes a threshold. */
export interface MiningControl {
  progress?: (fraction: number) => void;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** Receipt ids per item, ascending: the vertical layout Eclat intersects. */
export function itemReceipts(index: TransactionIndex): Int32Array[] {
  const counts = new Int32Array(index.itemCount);
  for (let k = 0; k < index.members.length; k++) counts[index.members[k] as number]!++;
  const lists = Array.from(counts, (count) => new Int32Array(count));
  const fill = new Int32Array(index.itemCount);
  for (let r = 0; r < index.receiptCount; r++) {
    for (let k = index.start[r] as number; k < (index.start[r + 1] as number); k++) {
      const item = index.members[k] as number;
      (lists[item] as Int32Array)[fill[item]!++] = r;
    }
  }
  return lists;
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/**
 * Eclat over sorted receipt-id lists: every frequent itemset with its count, then every rule from it. Plain and
 * easy to check; the exercise's worker uses it until a faster miner with the same output replaces it.
 */
export function mineRules(index: TransactionIndex, thresholds: MiningThresholds, control: MiningControl = {}): MiningResult {
  const N = index.receiptCount;
  const minCount = minimumCount(thresholds.minSupport, N);
  const counts = new Map<string, number>();
  const itemsets: number[][] = [];
  const lists = itemReceipts(index);
  const frequentItems = lists.map((list, item) => ({ item, list })).filter(({ list }) => list.length >= minCount);
  for (const { item, list } of frequentItems) counts.set(String(item), list.length);

  const extend = (prefix: number[], candidates: Array<{ item: number; list: Int32Array }>) => {
    for (let c = 0; c < candidates.length; c++) {
      const { item, list } = candidates[c] as { item: number; list: Int32Array };
      const itemset = [...prefix, item];
      if (itemset.length >= 2) {
        counts.set(itemset.join(','), list.length);
        itemsets.push(itemset);
      }
      if (itemset.length >= thresholds.maxLength) continue;
      const next: Array<{ item: number; list: Int32Array }> = [];
      for (let d = c + 1; d < candidates.length; d++) {
        const other = candidates[d] as { item: number; list: Int32Array };
        const joint = intersect(list, other.list);
        if (joint.length >= minCount) next.push({ item: other.item, list: joint });
      }
      if (next.length > 0) extend(itemset, next);
      if (prefix.length === 0) control.progress?.((c + 1) / candidates.length / 2);
    }
  };
  extend([], frequentItems);

  const rules: AssociationRule[] = [];
  for (const itemset of itemsets) {
    const count = counts.get(itemset.join(',')) as number;
    for (const consequent of itemset) {
      const antecedent = itemset.filter((item) => item !== consequent);
      const rule = ruleFromCounts(antecedent, consequent, count, counts.get(antecedent.join(',')) as number, counts.get(String(consequent)) as number, N);
      if (rule.confidence < thresholds.minConfidence || rule.lift < thresholds.minLift) continue;
      if (rules.length >= thresholds.maxRules) return { kind: 'tooMany', rules, frequentItemsets: counts.size, minCount };
      rules.push(rule);
    }
  }
  control.progress?.(1);
  return { kind: 'rules', rules, frequentItemsets: counts.size, minCount };
}
