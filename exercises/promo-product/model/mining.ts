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
  | { kind: 'tooMany'; rules: AssociationRule[]; frequentItemsets: number; minCount: number }
  /** `control.shouldStop` said so: `rules` and `frequentItemsets` are what was found until then. */
  | { kind: 'stopped'; rules: AssociationRule[]; frequentItemsets: number; minCount: number };

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

/**
 * Thresholds are inclusive, and a ratio of counts that equals the threshold must pass even when floating point
 * lands it an ulp below: lift is two divisions (3/5 ÷ 4/10 is 1.5, computed 1.4999999999999998). The
 * tolerance is far below the gap between two different ratios of receipt counts and a threshold of a few digits.
 */
export function meetsRuleThresholds(rule: Pick<AssociationRule, 'confidence' | 'lift'>, thresholds: Pick<MiningThresholds, 'minConfidence' | 'minLift'>): boolean {
  return rule.confidence >= thresholds.minConfidence - 1e-9 && rule.lift >= thresholds.minLift - 1e-9 * Math.max(1, thresholds.minLift);
}

/** Progress (0…1) and a way to stop: the worker's run is dropped when the participant changes a threshold. */
export interface MiningControl {
  /** Called now and then (a few dozen times a run at most), not per itemset. */
  progress?: (fraction: number) => void;
  /** Polled every few thousand itemsets; true ends the run with kind 'stopped'. */
  shouldStop?: () => boolean;
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


/** Set bits of a 32-bit word. */
function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Itemsets between two calls of `control.shouldStop`. */
const STOP_POLL = 4096;
/** Share of the work between two calls of `control.progress`. */
const PROGRESS_STEP = 0.02;

/**
 * Eclat over bitsets, one first item at a time. Items are ranked by ascending support, and every itemset is
 * written in rank order, so the subtree of its first item a only ever sees receipts holding a, and only items
 * ranked above a (more frequent) that a is frequent with. Those receipts are renumbered 0…n(a) − 1 and each such
 * item gets a bitset of n(a) bits: a rare first item means short bitsets, a common one few partners. Each partner
 * b is in at least n(a) receipts, so partners × n(a) bits never exceed the receipt lines: about lines / 8 bytes
 * at a time (125 KB for a million lines), where a bitset per item over all receipts would be 25 KB an item at
 * 200,000 receipts. An extension's count is the popcount of its prefix's bitset AND the item's, over the words
 * where the prefix has bits.
 *
 * Branches and siblings are visited from the highest rank down, which puts every subset of an itemset before it
 * (a subset either is a prefix of it or branches off at a higher rank): its rules are made as soon as it is
 * found, with the antecedents' counts read from a trie of the itemsets found so far, and the run can stop at
 * `maxRules` without mining the rest. Same rules and counts as `mineRulesPlain` (miningReference.ts), in
 * another order.
 */
export function mineRules(index: TransactionIndex, thresholds: MiningThresholds, control: MiningControl = {}): MiningResult {
  const N = index.receiptCount;
  const { start, members } = index;
  const minCount = minimumCount(thresholds.minSupport, N);
  const maxLength = Math.floor(thresholds.maxLength);
  const lists = itemReceipts(index);
  const receiptsOf = (item: number) => lists[item] as Int32Array;

  const byRank: number[] = [];
  for (let item = 0; item < index.itemCount; item++) if (receiptsOf(item).length >= minCount) byRank.push(item);
  byRank.sort((a, b) => receiptsOf(a).length - receiptsOf(b).length || a - b);
  const F = byRank.length;
  const rankOf = new Int32Array(index.itemCount).fill(-1);
  for (let rank = 0; rank < F; rank++) rankOf[byRank[rank] as number] = rank;
  const rankCount = Int32Array.from(byRank, (item) => receiptsOf(item).length);

  // Each receipt's frequent items as ranks, highest first: the pass for first item a reads only the ranks above a.
  const rankStart = new Int32Array(N + 1);
  const rankMembers = new Int32Array(members.length);
  let filled = 0;
  for (let r = 0; r < N; r++) {
    const from = filled;
    for (let k = start[r] as number; k < (start[r + 1] as number); k++) {
      const rank = rankOf[members[k] as number] as number;
      if (rank < 0) continue;
      let at = filled++;
      for (; at > from && (rankMembers[at - 1] as number) < rank; at--) rankMembers[at] = rankMembers[at - 1] as number;
      rankMembers[at] = rank;
    }
    rankStart[r + 1] = filled;
  }

  // The trie: node 0 is the empty set, node r + 1 the item of rank r; a child is keyed by parent × F + rank.
  // Itemsets of the maximum length are never an antecedent and are left out of it.
  const nodeCount: number[] = [N, ...rankCount];
  const children = new Map<number, number>();

  const rules: AssociationRule[] = [];
  let frequentItemsets = F;
  let halt: 'tooMany' | 'stopped' | null = null;
  const depth = Math.max(2, Math.min(maxLength, F + 1));
  const path = new Int32Array(depth); // ranks of the itemset being grown
  const pathNode = new Int32Array(depth); // trie node of path[0…i]

  /** The rules of path[0…size − 1], found in `count` receipts. */
  const makeRules = (size: number, count: number): void => {
    for (let j = size - 1; j >= 0; j--) {
      let node: number;
      if (j === size - 1) node = pathNode[size - 2] as number;
      else {
        let from = j + 1;
        if (j === 0) {
          node = (path[1] as number) + 1;
          from = 2;
        } else node = pathNode[j - 1] as number;
        for (let i = from; i < size; i++) node = children.get(node * F + (path[i] as number)) as number;
      }
      const antecedentCount = nodeCount[node] as number;
      if (count / antecedentCount < thresholds.minConfidence - 1e-9) continue; // most candidates end here, unallocated
      const antecedent: number[] = [];
      for (let i = 0; i < size; i++) if (i !== j) antecedent.push(byRank[path[i] as number] as number);
      antecedent.sort((a, b) => a - b);
      const consequentRank = path[j] as number;
      const rule = ruleFromCounts(antecedent, byRank[consequentRank] as number, count, antecedentCount, rankCount[consequentRank] as number, N);
      if (!meetsRuleThresholds(rule, thresholds)) continue;
      if (rules.length >= thresholds.maxRules) {
        halt = 'tooMany';
        return;
      }
      rules.push(rule);
    }
  };

  // Per first item: its partners (ranks above it, frequent with it), their bitsets side by side, `words` each.
  let partners = new Int32Array(0);
  let bits = new Int32Array(0);
  let words = 0;
  // Per itemset size: the frequent extensions (partner slots, counts) and the prefix's bitset.
  const levelSlots = Array.from({ length: depth + 1 }, () => new Int32Array(F));
  const levelCounts = Array.from({ length: depth + 1 }, () => new Int32Array(F));
  const levelAt: Int32Array[] = [];
  const levelWord: Int32Array[] = [];
  const maxWords = F > 0 ? ((rankCount[F - 1] as number) + 31) >>> 5 : 0;
  let visited = 0;

  /**
   * Grows path[0…size − 1] by each of its `m` frequent extensions, highest first. Its bitset is kept compact, as
   * the `nonZero` words (indices `at`, values `word`): a prefix found in c receipts has at most c such words,
   * often far fewer than its first item's receipts / 32. `nonZero` −1: the first item alone, every receipt.
   */
  const grow = (size: number, slots: Int32Array, counts: Int32Array, m: number, at: Int32Array, word: Int32Array, nonZero: number): void => {
    for (let i = m - 1; i >= 0 && halt === null; i--) {
      const slot = slots[i] as number;
      const rank = partners[slot] as number;
      const count = counts[i] as number;
      path[size] = rank;
      frequentItemsets++;
      const extendable = size + 1 < maxLength && i < m - 1;
      if (size + 1 < maxLength) {
        pathNode[size] = nodeCount.length;
        children.set((pathNode[size - 1] as number) * F + rank, nodeCount.length);
        nodeCount.push(count);
      }
      makeRules(size + 1, count);
      if (++visited % STOP_POLL === 0 && control.shouldStop?.()) halt = 'stopped';
      if (halt !== null || !extendable) continue;

      const ownAt = (levelAt[size + 1] ??= new Int32Array(maxWords));
      const ownWord = (levelWord[size + 1] ??= new Int32Array(maxWords));
      const base = slot * words;
      let own = 0;
      if (nonZero < 0) {
        for (let w = 0; w < words; w++) {
          const value = bits[base + w] as number;
          if (value !== 0) {
            ownAt[own] = w;
            ownWord[own++] = value;
          }
        }
      } else {
        for (let q = 0; q < nonZero; q++) {
          const w = at[q] as number;
          const value = (word[q] as number) & (bits[base + w] as number);
          if (value !== 0) {
            ownAt[own] = w;
            ownWord[own++] = value;
          }
        }
      }
      const nextSlots = levelSlots[size + 1] as Int32Array;
      const nextCounts = levelCounts[size + 1] as Int32Array;
      let next = 0;
      for (let t = i + 1; t < m; t++) {
        const other = (slots[t] as number) * words;
        let joint = 0;
        for (let q = 0; q < own; q++) joint += popcount((ownWord[q] as number) & (bits[other + (ownAt[q] as number)] as number));
        if (joint >= minCount) {
          nextSlots[next] = slots[t] as number;
          nextCounts[next++] = joint;
        }
      }
      if (next > 0) grow(size + 1, nextSlots, nextCounts, next, ownAt, ownWord, own);
    }
  };

  const partnerCount = new Int32Array(F);
  const touched = new Int32Array(F);
  const slotOf = new Int32Array(F).fill(-1);
  const totalWork = rankCount.reduce((sum, count) => sum + count, 0);
  let work = 0;
  let reported = 0;
  for (let a = F - 1; a >= 0 && maxLength >= 2 && halt === null; a--) {
    if (control.shouldStop?.()) {
      halt = 'stopped';
      break;
    }
    const receipts = receiptsOf(byRank[a] as number);
    const n = receipts.length;
    let touchedCount = 0;
    for (let j = 0; j < n; j++) {
      const r = receipts[j] as number;
      for (let k = rankStart[r] as number; k < (rankStart[r + 1] as number); k++) {
        const rank = rankMembers[k] as number;
        if (rank <= a) break;
        if (partnerCount[rank]!++ === 0) touched[touchedCount++] = rank;
      }
    }
    const found: number[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const rank = touched[t] as number;
      if ((partnerCount[rank] as number) >= minCount) found.push(rank);
    }
    found.sort((x, y) => x - y);
    partners = Int32Array.from(found);
    const slots = levelSlots[1] as Int32Array;
    const counts = levelCounts[1] as Int32Array;
    for (let slot = 0; slot < partners.length; slot++) {
      slots[slot] = slot;
      counts[slot] = partnerCount[partners[slot] as number] as number;
      slotOf[partners[slot] as number] = slot;
    }
    for (let t = 0; t < touchedCount; t++) partnerCount[touched[t] as number] = 0;

    if (partners.length > 0) {
      words = (n + 31) >>> 5;
      bits = new Int32Array(partners.length * words);
      for (let j = 0; j < n; j++) {
        const r = receipts[j] as number;
        const bit = 1 << (j & 31);
        for (let k = rankStart[r] as number; k < (rankStart[r + 1] as number); k++) {
          const rank = rankMembers[k] as number;
          if (rank <= a) break;
          const slot = slotOf[rank] as number;
          if (slot >= 0) bits[slot * words + (j >>> 5)]! |= bit;
        }
      }
      for (let slot = 0; slot < partners.length; slot++) slotOf[partners[slot] as number] = -1;
      path[0] = a;
      pathNode[0] = a + 1;
      grow(1, slots, counts, partners.length, slots, counts, -1);
    }

    work += n;
    if (work / totalWork - reported >= PROGRESS_STEP) {
      reported = work / totalWork;
      control.progress?.(reported);
    }
  }
  if (halt !== null) return { kind: halt, rules, frequentItemsets, minCount };
  control.progress?.(1);
  return { kind: 'rules', rules, frequentItemsets, minCount };
}
