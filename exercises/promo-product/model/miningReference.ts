/**
 * Two slow miners kept to check the fast one (mining.ts) against, in tests and in `npm run bench:basket`:
 *   - `mineRulesBruteForce`: level by level, every itemset counted by reading every basket; nothing clever,
 *     so what it returns is arules' definition and nothing else. Small data only.
 *   - `mineRulesPlain`: the exercise's first miner, a plain Eclat over sorted receipt-id lists; fast enough for
 *     Groceries, so it is the "before" of the benchmark.
 * Both build their rules the same way, from a table of itemset counts (`rulesFromItemsetCounts`).
 */
import type { TransactionIndex } from './baskets';
import { itemReceipts, meetsRuleThresholds, minimumCount, ruleFromCounts, type AssociationRule, type MiningResult, type MiningThresholds } from './mining';

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

const keyOf = (itemset: readonly number[]) => itemset.join(',');

/** Every rule X → {y} of each itemset (ascending item ids, two items or more), in the order given. */
function rulesFromItemsetCounts(itemsets: readonly (readonly number[])[], counts: ReadonlyMap<string, number>, receiptCount: number, thresholds: MiningThresholds, minCount: number): MiningResult {
  const rules: AssociationRule[] = [];
  for (const itemset of itemsets) {
    const count = counts.get(keyOf(itemset)) as number;
    for (const consequent of itemset) {
      const antecedent = itemset.filter((item) => item !== consequent);
      const rule = ruleFromCounts(antecedent, consequent, count, counts.get(keyOf(antecedent)) as number, counts.get(String(consequent)) as number, receiptCount);
      if (!meetsRuleThresholds(rule, thresholds)) continue;
      if (rules.length >= thresholds.maxRules) return { kind: 'tooMany', rules, frequentItemsets: counts.size, minCount };
      rules.push(rule);
    }
  }
  return { kind: 'rules', rules, frequentItemsets: counts.size, minCount };
}

/** Receipts holding every item of `itemset`, counted by reading each basket. */
export function countItemset(index: TransactionIndex, itemset: readonly number[]): number {
  let count = 0;
  for (let r = 0; r < index.receiptCount; r++) {
    const basket = index.members.subarray(index.start[r] as number, index.start[r + 1] as number);
    if (itemset.every((item) => basket.includes(item))) count++;
  }
  return count;
}

/**
 * Frequent itemsets of size k + 1 are the frequent ones of size k with one greater item added, each counted from
 * the baskets: every frequent itemset is reached, since dropping its greatest item leaves a frequent itemset.
 */
export function mineRulesBruteForce(index: TransactionIndex, thresholds: MiningThresholds): MiningResult {
  const minCount = minimumCount(thresholds.minSupport, index.receiptCount);
  const counts = new Map<string, number>();
  const itemsets: number[][] = [];
  let level: number[][] = [];
  for (let item = 0; item < index.itemCount; item++) {
    const count = countItemset(index, [item]);
    if (count < minCount) continue;
    counts.set(String(item), count);
    level.push([item]);
  }
  for (let size = 2; size <= thresholds.maxLength && level.length > 0; size++) {
    const next: number[][] = [];
    for (const itemset of level) {
      for (let item = (itemset[itemset.length - 1] as number) + 1; item < index.itemCount; item++) {
        const candidate = [...itemset, item];
        const count = countItemset(index, candidate);
        if (count < minCount) continue;
        counts.set(keyOf(candidate), count);
        next.push(candidate);
        itemsets.push(candidate);
      }
    }
    level = next;
  }
  return rulesFromItemsetCounts(itemsets, counts, index.receiptCount, thresholds, minCount);
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

/** Eclat over sorted receipt-id lists: every frequent itemset with its count, then every rule from it. */
export function mineRulesPlain(index: TransactionIndex, thresholds: MiningThresholds): MiningResult {
  const minCount = minimumCount(thresholds.minSupport, index.receiptCount);
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
        counts.set(keyOf(itemset), list.length);
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
    }
  };
  extend([], frequentItems);
  return rulesFromItemsetCounts(itemsets, counts, index.receiptCount, thresholds, minCount);
}

/** A rule set in a form two miners' outputs compare by: one sorted line per rule, with its three counts. */
export function canonicalRules(rules: readonly AssociationRule[]): string[] {
  return rules.map((rule) => `${rule.antecedent.join(',')} → ${rule.consequent}: ${rule.count}/${rule.antecedentCount}/${rule.consequentCount}`).sort();
}
