/**
 * What `npm run bench:basket` runs, bundled once (test/bench/basket-bench.mjs) and loaded as it is into Node and
 * into a Chromium Worker, so both time the very same code: the fast miner and the plain Eclat beside it, on
 * Groceries and on a generated store of 200,000 receipts over 5,000 products.
 */
import type { TransactionIndex } from '../../exercises/promo-product/model/baskets';
import { mineRules, type MiningResult, type MiningThresholds } from '../../exercises/promo-product/model/mining';
import { canonicalRules, mineRulesPlain } from '../../exercises/promo-product/model/miningReference';
import { seededRandom } from '../../src/data/seededRandom';
import { groceriesBaskets } from '../fixtures/groceries/groceries';

export const GROCERIES_THRESHOLDS: MiningThresholds = { minSupport: 0.001, minConfidence: 0.8, minLift: 0, maxLength: 10, maxRules: 100_000 };
export const SYNTHETIC_THRESHOLDS: MiningThresholds = { minSupport: 0.002, minConfidence: 0.5, minLift: 0, maxLength: 10, maxRules: 100_000 };

/** Planted pairs: products far down the popularity list bought together in 1 % of receipts each. */
const PLANTED_PAIRS = 8;
const PLANTED_SHARE = 0.01;

/**
 * A deterministic store: product i drawn with weight 1 / (i + 3) (Zipf-like: a few staples in a fifth of the
 * receipts, a long tail), 1 to 9 draws a receipt (a repeated draw is one item, as in a basket), and the planted
 * pairs (1000 + 2k, 1001 + 2k). About 5 items a receipt: 1,000,000 receipt lines for 200,000 receipts.
 */
export function syntheticIndex(receiptCount: number, itemCount: number, seed = 14): TransactionIndex {
  const random = seededRandom(seed);
  const cumulative = new Float64Array(itemCount);
  let total = 0;
  for (let i = 0; i < itemCount; i++) cumulative[i] = total += 1 / (i + 3);
  const draw = () => {
    const target = random.next() * total;
    let lo = 0;
    let hi = itemCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = new Int32Array(receiptCount + 1);
  const members: number[] = [];
  const basket = new Set<number>();
  for (let r = 0; r < receiptCount; r++) {
    basket.clear();
    const draws = random.integer(1, 9);
    for (let d = 0; d < draws; d++) basket.add(draw());
    for (let k = 0; k < PLANTED_PAIRS; k++) {
      if (random.next() >= PLANTED_SHARE) continue;
      basket.add(Math.min(itemCount - 2, 1000 + 2 * k));
      basket.add(Math.min(itemCount - 1, 1001 + 2 * k));
    }
    for (const item of [...basket].sort((a, b) => a - b)) members.push(item);
    start[r + 1] = members.length;
  }
  return { itemCount, receiptCount, start, members: Int32Array.from(members) };
}

type Miner = 'fast' | 'plain';

export interface Timing {
  /** ms of each run, in order (the first is the cold one). */
  runs: number[];
  rules: number;
  kind: string;
  /** Sorted rule lines with counts, hashed: equal between miners when they agree. */
  signature: string;
}

function signatureOf(lines: readonly string[]): string {
  let hash = 2166136261;
  for (const line of lines) for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 16777619);
  return `${lines.length}:${(hash >>> 0).toString(16)}`;
}

function time(index: TransactionIndex, thresholds: MiningThresholds, miner: Miner, runs: number): Timing {
  const times: number[] = [];
  let result: MiningResult | undefined;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    result = miner === 'fast' ? mineRules(index, thresholds) : mineRulesPlain(index, thresholds);
    times.push(performance.now() - started);
  }
  if (result === undefined) throw new Error('time() needs at least one run');
  return { runs: times, rules: result.rules.length, kind: result.kind, signature: signatureOf(canonicalRules(result.rules)) };
}

export interface BenchReport {
  groceries: { receipts: number; items: number; fast: Timing; plain: Timing };
  synthetic: { receipts: number; items: number; lines: number; generateMs: number; fast: Timing; plain: Timing | null };
}

/** Everything timed in one place, in whichever runtime loaded the bundle. */
export function runBasketBench(groceriesText: string, options: { groceriesRuns: number; plainRuns: number; syntheticRuns: number; syntheticPlain: boolean }): BenchReport {
  const groceries = groceriesBaskets(groceriesText);
  const fast = time(groceries, GROCERIES_THRESHOLDS, 'fast', options.groceriesRuns);
  const plain = time(groceries, GROCERIES_THRESHOLDS, 'plain', options.plainRuns);
  const started = performance.now();
  const synthetic = syntheticIndex(200_000, 5_000);
  const generateMs = performance.now() - started;
  return {
    groceries: { receipts: groceries.receiptCount, items: groceries.itemCount, fast, plain },
    synthetic: {
      receipts: synthetic.receiptCount,
      items: synthetic.itemCount,
      lines: synthetic.members.length,
      generateMs,
      fast: time(synthetic, SYNTHETIC_THRESHOLDS, 'fast', options.syntheticRuns),
      plain: options.syntheticPlain ? time(synthetic, SYNTHETIC_THRESHOLDS, 'plain', 1) : null,
    },
  };
}
