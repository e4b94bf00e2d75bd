import { describe, expect, it } from 'vitest';
import { buildBaskets, receiptLinesFromPlain, type BasketSet } from '../../../exercises/promo-product/model/baskets';
import { companionsOf, itemPull, rankCandidates, rankPercentiles, type CandidateFactors } from '../../../exercises/promo-product/model/promo';

/** Receipts as lists of product labels; ids follow the labels' order (a, b, c, d, e → 0…4). */
function baskets(receipts: readonly string[][]): BasketSet {
  const rows = receipts.flatMap((items, r) => items.map((product) => ({ receipt: `r${r + 1}`, product })));
  return buildBaskets(receiptLinesFromPlain(rows), { level: 'product', merges: {}, excluded: [] });
}

// N = 10. n(a) = 4, n(b) = 4, n(c) = 3, n(d) = 1, n(e) = 8.
// Pairs: ab 3 (r1 r2 r3), ae 3 (r1 r2 r4), ac 1 (r4), be 3 (r1 r2 r5), ce 3 (r4 r6 r9).
const TEN = baskets([['a', 'b', 'e'], ['a', 'b', 'e'], ['a', 'b'], ['a', 'c', 'e'], ['b', 'e'], ['c', 'e'], ['e'], ['e'], ['e', 'c'], ['d']]);

describe('pull: the lift-weighted confidence of the pairs', () => {
  it('sums conf(a → b) − supp(b) over pairs seen in at least 3 receipts, only where positive (by hand)', () => {
    const pull = Array.from(itemPull(TEN));
    // a: b 3/4 − 4/10 = 0.35; e 3/4 − 8/10 = −0.05 → 0; c: 1 receipt together, left out. = 0.35
    // b: a 3/4 − 4/10 = 0.35; e 3/4 − 0.8 → 0. = 0.35
    // c: e 3/3 − 0.8 = 0.2; a: 1 receipt, left out. = 0.2
    // d: alone. = 0
    // e: a 3/8 − 4/10 < 0; b 3/8 − 4/10 < 0; c 3/8 − 3/10 = 0.075. = 0.075
    expect(TEN.items).toEqual(['a', 'b', 'c', 'd', 'e']);
    [0.35, 0.35, 0.2, 0, 0.075].forEach((expected, item) => expect(pull[item]).toBeCloseTo(expected, 12));
  });

  it('lists the chosen item’s companions with the receipts they share, most shared first', () => {
    // a with b: r1 r2 r3; with e: r1 r2 r4; with c: r4.
    expect(companionsOf(TEN, 0)).toEqual([
      { item: 1, together: 3 },
      { item: 4, together: 3 },
      { item: 2, together: 1 },
    ]);
    expect(companionsOf(TEN, 3)).toEqual([]);
  });
});

describe('rank percentile', () => {
  it('places each value among the others: lower ones plus half the ties, over n − 1', () => {
    // 10: 0 lower → 0/3; 20: 1 lower + (2 − 1)/2 → 1.5/3 = 0.5; 40: 3 lower → 1.
    expect(rankPercentiles([10, 20, 20, 40])).toEqual([0, 0.5, 0.5, 1]);
  });

  it('gives a part that is the same for every product 0.5 everywhere, and an unknown figure 0', () => {
    expect(rankPercentiles([3, 3, 3])).toEqual([0.5, 0.5, 0.5]);
    // null counts below every value: 5 has 1 unknown below + (2 − 1)/2 ties → 1.5/2.
    expect(rankPercentiles([null, 5, 5])).toEqual([0, 0.75, 0.75]);
    expect(rankPercentiles([7])).toEqual([1]);
    expect(rankPercentiles([])).toEqual([]);
  });
});

const factors = (label: string, penetration: number, pull: number, marginRate: number | null): CandidateFactors => ({
  label,
  receipts: 10,
  penetration,
  frequency: null,
  pull,
  revenue: 100,
  marginRate,
  averagePrice: 10,
});

describe('candidate score', () => {
  const items = [factors('A', 0.5, 0.1, 0.2), factors('B', 0.2, 0.3, null), factors('C', 0.1, 0.2, 0.4)];
  const weights = { penetration: 3, pull: 1, marginRoom: 2, frequency: 5 };

  it('mixes the parts by weight, leaves out a part nobody has, and breaks ties by penetration (by hand)', () => {
    // penetration parts A 1, B 0.5, C 0; pull A 0, B 1, C 0.5; margin [0.2, null, 0.4] → A (1 unknown + 0)/2 = 0.5, B 0, C 1.
    // Frequency has no figures: its weight 5 is left out, the rest weigh 3 + 1 + 2 = 6.
    // A (3·1 + 0 + 2·0.5)/6 = 66.67; B (1.5 + 1 + 0)/6 = 41.67; C (0 + 0.5 + 2)/6 = 41.67: B before C, more widely bought.
    const ranking = rankCandidates(items, weights, null);
    if (ranking.kind !== 'ranked') throw new Error(ranking.kind);
    expect(ranking.unavailable).toEqual(['frequency']);
    expect(ranking.rows.map((row) => [row.label, row.rank])).toEqual([['A', 1], ['B', 2], ['C', 3]]);
    expect(ranking.rows.map((row) => row.score)).toEqual([expect.closeTo(400 / 6, 9), expect.closeTo(250 / 6, 9), expect.closeTo(250 / 6, 9)]);
    expect(ranking.rows[0]?.parts).toEqual({ penetration: 1, pull: 0, marginRoom: 0.5, frequency: 0 });
  });

  it('counts a product without cost at the assumed margin and marks it as assumed', () => {
    // margins 0.2, 0.3 (assumed), 0.4 → parts 0, 0.5, 1. A (3 + 0 + 0)/6 = 50; B (1.5 + 1 + 1)/6 = 58.33; C 41.67.
    const ranking = rankCandidates(items, weights, 0.3);
    if (ranking.kind !== 'ranked') throw new Error(ranking.kind);
    expect(ranking.rows.map((row) => row.label)).toEqual(['B', 'A', 'C']);
    expect(ranking.rows[0]?.score).toBeCloseTo(350 / 6, 9);
    expect(ranking.rows[0]?.values.marginRoom).toBe(0.3);
    expect(ranking.rows.map((row) => row.marginAssumed)).toEqual([true, false, false]);
  });

  it('has nothing to rank by when every weight that counts is zero', () => {
    expect(rankCandidates(items, { penetration: 0, pull: 0, marginRoom: 0, frequency: 0 }, null).kind).toBe('noWeights');
    expect(rankCandidates(items, { penetration: 0, pull: 0, marginRoom: 0, frequency: 10 }, null)).toEqual({ kind: 'noWeights', unavailable: ['frequency'] });
  });
});
