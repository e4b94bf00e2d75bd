import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, expectedPurchases, fitBgnbd, groupSummaries, hyp2f1, lgamma, probabilityAlive, type BgnbdParams } from '../../../exercises/customer-base/model/bgnbd';

/** The CDNOW calibration summary (test/fixtures/customer-base/SOURCE.md): x, t_x, T per customer, weeks. */
function cdnow(): { x: number[]; tx: number[]; T: number[] } {
  const rows = readFileSync('test/fixtures/customer-base/cdnow_customers_summary_with_transactions.csv', 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(',').map(Number));
  return { x: rows.map((row) => row[1] as number), tx: rows.map((row) => row[2] as number), T: rows.map((row) => row[3] as number) };
}

const closeTo = (actual: number, expected: number, significant = 3) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.5 * 10 ** (Math.floor(Math.log10(Math.abs(expected))) - significant + 1));

describe('lgamma', () => {
  it('matches known values of ln Γ', () => {
    expect(lgamma(1)).toBeCloseTo(0, 14);
    expect(lgamma(2)).toBeCloseTo(0, 14);
    expect(lgamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13); // Γ(½) = √π
    expect(lgamma(10)).toBeCloseTo(Math.log(362_880), 12); // 9!
    expect(lgamma(0.1)).toBeCloseTo(2.252712651734206, 12); // Γ(0.1) = 9.513507698668732
    expect(lgamma(100)).toBeCloseTo(359.1342053695754, 9); // ln 99!
    expect(lgamma(1e6)).toBeCloseTo(12_815_504.569147611, 4); // Stirling: far past where Γ overflows
  });

  it('satisfies ln Γ(x + 1) = ln Γ(x) + ln x', () => {
    for (const x of [0.013, 0.7, 3.3, 42.5, 1234.5]) expect(lgamma(x + 1)).toBeCloseTo(lgamma(x) + Math.log(x), 9);
  });
});

describe('hyp2f1', () => {
  it('matches closed forms', () => {
    // ₂F₁(1, 1; 2; z) = −ln(1 − z)/z; at ½: 2 ln 2.
    expect(hyp2f1(1, 1, 2, 0.5).value).toBeCloseTo(2 * Math.log(2), 13);
    // ₂F₁(a, b; b; z) = (1 − z)^−a: 0.3^−2.5 = 20.286020648339488.
    expect(hyp2f1(2.5, 1.3, 1.3, 0.7).value).toBeCloseTo(20.286020648339488, 10);
    // ₂F₁(½, ½; 3/2; z²) = arcsin(z)/z; at z = 0.9: 1.2441883499984825.
    expect(hyp2f1(0.5, 0.5, 1.5, 0.81).value).toBeCloseTo(1.2441883499984825, 12);
    expect(hyp2f1(3, 4, 5, 0).value).toBe(1);
  });

  it('converges close to z = 1 and says so when it cannot', () => {
    const near = hyp2f1(1, 1, 2, 0.999);
    expect(near.converged).toBe(true);
    expect(near.value).toBeCloseTo(-Math.log(0.001) / 0.999, 9);
    expect(hyp2f1(1, 1, 2, 0.999, 50).converged).toBe(false);
    expect(hyp2f1(1, 1, 2, 1).converged).toBe(false);
    expect(hyp2f1(1, 1, -2, 0.5).converged).toBe(false);
  });

  it('gives the same bracket directly and after Euler’s transformation (what expectedPurchases uses)', () => {
    // (1 − z)^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z) = (1 − z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z)
    const { r, a, b } = { r: 0.243, a: 0.793, b: 2.426 };
    for (const [x, z] of [[0, 0.3], [2, 0.5], [7, 0.8], [15, 0.6]] as const) {
      const direct = Math.pow(1 - z, r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z).value;
      const euler = Math.pow(1 - z, a - 1) * hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z).value;
      expect(euler).toBeCloseTo(direct, 11);
    }
  });
});

describe('BG/NBD log-likelihood', () => {
  // Five customers (x, t_x, T): (0, 0, 3), (1, 1, 3), (2, 2, 4), (1, 0.5, 1), (3, 3, 3).
  const x = [0, 1, 2, 1, 3];
  const tx = [0, 1, 2, 0.5, 3];
  const T = [3, 3, 4, 1, 3];

  it('is the hand-computed sum for r = α = a = b = 1', () => {
    // With r = α = a = b = 1: Γ(1+x)/Γ(1) = x!, α^r = 1, B(1, 1+x)/B(1, 1) = 1/(1+x), a/(b+x−1) = 1/x, so
    //   Lᵢ = x!/(1+x) · [(1+T)^−(1+x) + 1{x>0} (1/x)(1+t_x)^−(1+x)].
    // 1: x=0, T=3:          1/1 · 4^−1                          = 0.25          ln = −1.3862944
    // 2: x=1, t_x=1, T=3:   1/2 · (4^−2 + 2^−2) = ½ · 0.3125    = 0.15625       ln = −1.8562980
    // 3: x=2, t_x=2, T=4:   2/3 · (5^−3 + ½ · 3^−3)
    //                       = 2/3 · (0.008 + 0.0185185)         = 0.0176790     ln = −4.0353771
    // 4: x=1, t_x=½, T=1:   1/2 · (2^−2 + 1.5^−2)
    //                       = ½ · (0.25 + 0.4444444)            = 0.3472222     ln = −1.0577903
    // 5: x=3, t_x=3, T=3:   6/4 · (4^−4 + ⅓ · 4^−4) = 1.5 · (4/3)/256 = 0.0078125 ln = −4.8520303
    // LL = −13.1877900
    const ll = bgnbdLogLikelihood(groupSummaries(x, tx, T))({ r: 1, alpha: 1, a: 1, b: 1 });
    expect(ll).toBeCloseTo(-13.187789995686973, 10);
  });

  it('matches an independent evaluation for r = 0.5, α = 2, a = 0.8, b = 2.5', () => {
    // Python's math.lgamma on the same formula, customer by customer: −14.450483274235442.
    expect(bgnbdLogLikelihood(groupSummaries(x, tx, T))({ r: 0.5, alpha: 2, a: 0.8, b: 2.5 })).toBeCloseTo(-14.450483274235442, 10);
  });

  it('counts a group of identical customers by its weight', () => {
    const params = { r: 0.5, alpha: 2, a: 0.8, b: 2.5 };
    const single = bgnbdLogLikelihood(groupSummaries([2], [2], [4]))(params);
    const tripled = groupSummaries([2, 2, 2, 0], [2, 2, 2, 0], [4, 4, 4, 3]);
    expect(tripled.count).toBe(2);
    expect(Array.from(tripled.weight)).toEqual([3, 1]);
    expect(Array.from(tripled.groupOf)).toEqual([0, 0, 0, 1]);
    const zero = bgnbdLogLikelihood(groupSummaries([0], [0], [3]))(params);
    expect(bgnbdLogLikelihood(tripled)(params)).toBeCloseTo(3 * single + zero, 10);
  });

  it('is not a number for a parameter out of range, so the optimiser turns back', () => {
    expect(bgnbdLogLikelihood(groupSummaries(x, tx, T))({ r: -1, alpha: 1, a: 1, b: 1 })).toBeNaN();
  });
});

describe('BG/NBD on the CDNOW sample (Fader, Hardie & Lee 2005)', () => {
  const data = cdnow();
  const groups = groupSummaries(data.x, data.tx, data.T);
  const fit = fitBgnbd(groups);
  const published: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

  it('reproduces the published estimates to 3 significant figures and LL = −9582.4', () => {
    expect(fit.converged).toBe(true);
    closeTo(fit.params.r, published.r);
    closeTo(fit.params.alpha, published.alpha);
    closeTo(fit.params.a, published.a);
    closeTo(fit.params.b, published.b);
    expect(fit.logLikelihood).toBeCloseTo(-9582.43, 1);
    expect(groups.customers).toBe(2357);
  });

  it('gives E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226 (Hardie’s spreadsheet)', () => {
    expect(expectedPurchases(fit.params, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });

  it('gives P(alive) and expected purchases with the published parameters as the formulas say', () => {
    // P(alive | x=2, t_x=30.43, T=38.86) = 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))
    //   = 1 / (1 + 0.793/3.426 · (43.274/34.844)^2.243) = 1 / (1 + 0.231465 · 1.62602) = 0.72654
    expect(probabilityAlive(published, 2, 30.43, 38.86)).toBeCloseTo(0.72654, 4);
    expect(probabilityAlive(published, 0, 0, 38.86)).toBe(1);
  });
});

describe('BG/NBD on data it cannot fit', () => {
  it('says it has not converged when the estimates run off to a boundary', () => {
    // Every repeat buyer bought on the last day (t_x = T): nobody has shown a drop-out, so the likelihood keeps
    // growing as the drop-out probability a/(a+b) goes to 0 (here b → ∞ and a → 0). No estimate to trust.
    const x: number[] = [];
    const tx: number[] = [];
    const T: number[] = [];
    for (let i = 0; i < 60; i++) {
      x.push(i < 40 ? 1 + (i % 3) : 0);
      tx.push(i < 40 ? 10 : 0);
      T.push(10);
    }
    const fit = fitBgnbd(groupSummaries(x, tx, T));
    expect(fit.converged).toBe(false);
    expect(fit.params.a / (fit.params.a + fit.params.b)).toBeLessThan(1e-6);
  });
});

describe('BG/NBD invariants', () => {
  const params: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  it('keeps P(alive) in [0, 1], lower the longer since the last purchase', () => {
    for (let x = 0; x <= 30; x += 3) {
      let previous = Infinity;
      for (let tx = 38; tx >= 0; tx -= 2) {
        const p = probabilityAlive(params, x, tx, 39);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(p).toBeLessThanOrEqual(previous + 1e-12);
        previous = p;
      }
    }
  });

  it('expects more purchases over a longer horizon, none over none, and is finite for a heavy buyer', () => {
    for (const [x, tx, T] of [[0, 0, 10], [1, 5, 20], [40, 30, 31], [200, 100, 104]] as const) {
      let previous = 0;
      expect(expectedPurchases(params, 0, x, tx, T)).toBe(0);
      for (const t of [1, 4, 13, 52, 260]) {
        const value = expectedPurchases(params, t, x, tx, T);
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBeGreaterThan(previous);
        previous = value;
      }
    }
  });

  it('handles a = 1 (where the formula is 0/0) by its limit', () => {
    const below = expectedPurchases({ ...params, a: 0.999 }, 20, 3, 10, 30);
    const above = expectedPurchases({ ...params, a: 1.001 }, 20, 3, 10, 30);
    const at = expectedPurchases({ ...params, a: 1 }, 20, 3, 10, 30);
    expect(at).toBeGreaterThan(Math.min(below, above) - 1e-3);
    expect(at).toBeLessThan(Math.max(below, above) + 1e-3);
  });
});
