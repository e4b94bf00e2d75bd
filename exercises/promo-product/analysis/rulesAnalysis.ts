/**
 * Step 3's analysis, run in its worker (rules.worker.ts): association rules mined from the participant's baskets
 * at their thresholds, which of them are redundant, a concrete suggestion when none pass, and the sequential pairs
 * of the same customers. The page gets the rules as item ids with the item labels once, never the receipts.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import { itemReceipts, mineRules, minimumCount, type AssociationRule } from '../model/mining';
import { sequentialPairs, type SequenceResult } from '../model/sequences';
import type { BasketSet } from '../model/baskets';
import { basketsFor, type BasketRequest } from './baskets';
import { markRedundant } from '../model/redundancy';
import { MAX_RULES, SEQUENCE_ITEMS, SEQUENCE_LIMIT, SEQUENCE_MIN_CUSTOMERS } from './rulesLimits';

export { MAX_RULES } from './rulesLimits';

export interface RulesThresholds {
  /** As the participant types them: % of receipts, %, a ratio, items in a rule. */
  minSupport: number;
  minConfidence: number;
  minLift: number;
  maxLength: number;
}

export interface RulesRequest {
  baskets: BasketRequest;
  thresholds: RulesThresholds;
  sequenceDays: number;
}

/** What the participant could lower the thresholds to, when nothing passes them. */
export interface RulesSuggestion {
  /** Share of receipts holding the most common pair of items: a minimum support at or below it finds rules. */
  bestPairSupport: number;
  /** Among rules of two items at the current minimum support: the best confidence of those with enough lift, the best lift of those confident enough. */
  bestConfidence: number | null;
  bestLift: number | null;
}

export type RulesOutcome =
  /** Every receipt holds one item: no rule can exist whatever the thresholds. */
  | { kind: 'singleItems' }
  | { kind: 'none'; suggestion: RulesSuggestion }
  | { kind: 'rules' }
  /** Mining stopped at MAX_RULES: the rules shown are some of them, not the strongest. */
  | { kind: 'tooMany' };

/** The mined rules and what the page needs to show them. */
export interface MinedRules {
  receipts: number;
  /** Receipts with two items or more: the only ones a rule can come from. */
  multiItemReceipts: number;
  /** Item labels by id, once for every rule. */
  items: readonly string[];
  rules: AssociationRule[];
  /** Parallel to `rules`. */
  redundant: boolean[];
  outcome: RulesOutcome;
  minCount: number;
}

export type RulesAnalysisResult = { kind: 'receiptsUnreadable' } | ({ kind: 'ready'; sequences: SequenceResult } & MinedRules);

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** Intersections tried before the search settles for the best pair found: a bound, not a freeze, on 5,000 rare items. */
const PAIR_SEARCH_BUDGET = 200_000;

/** The receipts holding the most common pair: items by frequency, stopping once no pair can beat the best found. */
export function mostCommonPairCount(baskets: BasketSet): number {
  const lists = itemReceipts(baskets);
  const order = lists.map((list, item) => ({ item, count: list.length })).sort((a, b) => b.count - a.count);
  // A's receipts are marked once (with A's rank, so nothing is cleared); each B counts its marked receipts.
  const mark = new Int32Array(baskets.receiptCount).fill(-1);
  let best = 0;
  let tried = 0;
  for (let i = 0; i < order.length; i++) {
    const a = order[i] as { item: number; count: number };
    if (a.count <= best) break;
    for (const receipt of lists[a.item] as Int32Array) mark[receipt] = i;
    for (let j = i + 1; j < order.length; j++) {
      const b = order[j] as { item: number; count: number };
      if (b.count <= best) break;
      let together = 0;
      for (const receipt of lists[b.item] as Int32Array) if (mark[receipt] === i) together++;
      best = Math.max(best, together);
      if (++tried >= PAIR_SEARCH_BUDGET) return best;
    }
  }
  return best;
}

export function suggestThresholds(baskets: BasketSet, thresholds: RulesThresholds): RulesSuggestion {
  const bestPairSupport = baskets.receiptCount === 0 ? 0 : mostCommonPairCount(baskets) / baskets.receiptCount;
  const pairs = mineRules(baskets, { minSupport: thresholds.minSupport / 100, minConfidence: 0, minLift: 0, maxLength: 2, maxRules: 1_000_000 }).rules;
  const best = (values: number[]) => (values.length === 0 ? null : Math.max(...values));
  return {
    bestPairSupport,
    bestConfidence: best(pairs.filter((rule) => rule.lift >= thresholds.minLift).map((rule) => rule.confidence)),
    bestLift: best(pairs.filter((rule) => rule.confidence * 100 >= thresholds.minConfidence).map((rule) => rule.lift)),
  };
}

/**
 * Strongest first: lift, then confidence, then support, so the table opens on the rules worth reading. Ties (a rule
 * and its mirror share all three when both sides are bought equally often) go by the items' ids, so the order does
 * not depend on the order the miner happens to find rules in.
 */
export function byStrength(a: AssociationRule, b: AssociationRule): number {
  return b.lift - a.lift || b.confidence - a.confidence || b.count - a.count || a.consequent - b.consequent || compareIds(a.antecedent, b.antecedent);
}

function compareIds(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number); // Cast: i is below both lengths.
  return a.length - b.length;
}

export function rulesFromBaskets(baskets: BasketSet, thresholds: RulesThresholds, progress: (fraction: number) => void = () => undefined): MinedRules {
  let multiItemReceipts = 0;
  for (let r = 0; r < baskets.receiptCount; r++) if ((baskets.start[r + 1] as number) - (baskets.start[r] as number) >= 2) multiItemReceipts++;
  const minCount = minimumCount(thresholds.minSupport / 100, baskets.receiptCount);
  const common = { receipts: baskets.receiptCount, multiItemReceipts, items: baskets.items, minCount };
  if (multiItemReceipts === 0) return { ...common, rules: [], redundant: [], outcome: { kind: 'singleItems' } };
  const mined = mineRules(
    baskets,
    { minSupport: thresholds.minSupport / 100, minConfidence: thresholds.minConfidence / 100, minLift: thresholds.minLift, maxLength: thresholds.maxLength, maxRules: MAX_RULES },
    { progress },
  );
  const rules = [...mined.rules].sort(byStrength);
  if (rules.length === 0) return { ...common, rules, redundant: [], outcome: { kind: 'none', suggestion: suggestThresholds(baskets, thresholds) } };
  // No shouldStop is passed: a run is stopped by ending its worker, so the miner never answers 'stopped' here.
  return { ...common, rules, redundant: markRedundant(rules), outcome: { kind: mined.kind === 'tooMany' ? 'tooMany' : 'rules' } };
}

export async function analyseRules(request: RulesRequest, context: AnalysisContext): Promise<RulesAnalysisResult> {
  const read = await basketsFor(request.baskets, context);
  if (!read.ok) return { kind: 'receiptsUnreadable' };
  const { baskets } = read;
  const mined = rulesFromBaskets(baskets, request.thresholds, (fraction) => context.progress(fraction * 0.8));
  // The pairs depend on the baskets, N and the minimum lift only: a changed support or confidence does not recount them.
  const minLift = request.thresholds.minLift;
  const sequences = context.remember(`rules-sequences:${JSON.stringify(request.baskets)}:${request.sequenceDays}:${minLift}`, () =>
    sequentialPairs(baskets, { days: request.sequenceDays, minCustomers: SEQUENCE_MIN_CUSTOMERS, maxItems: SEQUENCE_ITEMS, minLift, limit: SEQUENCE_LIMIT }, (fraction) => context.progress(0.8 + fraction * 0.2)),
  );
  context.progress(1);
  return { kind: 'ready', ...mined, sequences };
}
