import type { TransactionIndex } from '../../../exercises/promo-product/model/baskets';
import { mineRules, type MiningThresholds } from '../../../exercises/promo-product/model/mining';
import { canonicalRules, mineRulesBruteForce } from '../../../exercises/promo-product/model/miningReference';
import { seededRandom, type SeededRandom } from '../../../src/data/seededRandom';

/** Receipts of 1…items distinct items, each item with its own popularity so that some pairs and triples are frequent. */
function randomIndex(random: SeededRandom): TransactionIndex {
  const itemCount = random.integer(3, 9);
  const receiptCount = random.integer(5, 40);
  const popularity = Array.from({ length: itemCount }, () => 0.1 + 0.8 * random.next());
  const start = [0];
  const members: number[] = [];
  for (let r = 0; r < receiptCount; r++) {
    for (let item = 0; item < itemCount; item++) if (random.next() < (popularity[item] as number)) members.push(item);
    start.push(members.length);
  }
  return { itemCount, receiptCount, start: Int32Array.from(start), members: Int32Array.from(members) };
}

/** Thresholds drawn from round figures too, so that ratios of small counts often land exactly on them. */
function randomThresholds(random: SeededRandom): MiningThresholds {
  const pick = <T,>(values: readonly T[]) => values[random.integer(0, values.length - 1)] as T;
  return {
    minSupport: random.next() < 0.5 ? pick([0.05, 0.1, 0.15, 0.2, 0.25, 0.3]) : 0.02 + 0.3 * random.next(),
    minConfidence: random.next() < 0.5 ? pick([0, 0.2, 0.25, 0.5, 0.6, 0.75, 0.8, 1]) : random.next(),
    minLift: pick([0, 0, 0, 1, 1.2, 1.25, 1.5, 2]),
    maxLength: random.next() < 0.1 ? 1 : random.integer(2, 6),
    maxRules: random.next() < 0.2 ? random.integer(0, 20) : 100_000,
  };
}

describe('the fast miner against the brute-force reference', () => {
  it('gives the same rules with the same counts on 200 random data sets', () => {
    const random = seededRandom(20_261_207);
    let compared = 0; // runs with rules of two items or more on the left
    let capped = 0;
    for (let run = 0; run < 200; run++) {
      const index = randomIndex(random);
      const thresholds = randomThresholds(random);
      const fast = mineRules(index, thresholds);
      const reference = mineRulesBruteForce(index, thresholds);
      const context = JSON.stringify({ run, thresholds });
      expect(fast.kind, context).toBe(reference.kind);
      expect(fast.minCount, context).toBe(reference.minCount);
      if (fast.kind === 'rules') {
        expect(canonicalRules(fast.rules), context).toEqual(canonicalRules(reference.rules));
        expect(fast.frequentItemsets, context).toBe(reference.frequentItemsets);
        if (fast.rules.some((rule) => rule.antecedent.length >= 2)) compared++;
      } else {
        // Capped: the first maxRules found, in another order than the reference's, each one of the full set.
        const all = new Set(canonicalRules(mineRulesBruteForce(index, { ...thresholds, maxRules: Infinity }).rules));
        expect(fast.rules, context).toHaveLength(thresholds.maxRules);
        for (const rule of canonicalRules(fast.rules)) expect(all.has(rule), `${context} ${rule}`).toBe(true);
        capped++;
      }
    }
    // The draw must exercise both paths, or the test would prove little.
    expect(compared).toBeGreaterThan(50);
    expect(capped).toBeGreaterThan(10);
  });
});
