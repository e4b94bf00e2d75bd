import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedOrderValue, fitGammaGamma, gammaGammaLogLikelihood, spendFrequencyCorrelation } from '../../../exercises/customer-base/model/gammaGamma';

describe('Gamma-Gamma log-likelihood', () => {
  it('is the hand-computed sum for p = 1, q = 2, γ = 1', () => {
    // Lᵢ = x^(px) m̄^(px−1) Γ(px+q) γ^q / (Γ(px) Γ(q) (γ + x m̄)^(px+q)).
    // x=1, m̄=1: 1 · 1 · Γ(3) · 1 / (Γ(1) Γ(2) · 2³) = 2/8 = 0.25                 ln = −1.3862944
    // x=2, m̄=3: 2² · 3¹ · Γ(4) · 1 / (Γ(2) Γ(2) · 7⁴) = 4·3·6/2401 = 72/2401     ln = −3.5069745
    // The x = 0 customer is left out (no repeat purchase, no spend to model).
    const ll = gammaGammaLogLikelihood([1, 2, 0], [1, 3, 0])({ p: 1, q: 2, gamma: 1 });
    expect(ll).toBeCloseTo(-1.3862943611198906 - 3.506974477205198, 10);
  });
});

describe('expectedOrderValue', () => {
  it('weighs the customer’s own mean against the population’s', () => {
    // p(γ + x m̄)/(px + q − 1) = 1 · (1 + 2·3)/(2 + 2 − 1) = 7/3
    expect(expectedOrderValue({ p: 1, q: 2, gamma: 1 }, 2, 3)).toBeCloseTo(7 / 3, 12);
    // x = 0: the population mean pγ/(q − 1) = 6 · 10/(3 − 1) = 30
    expect(expectedOrderValue({ p: 6, q: 3, gamma: 10 }, 0, 0)).toBeCloseTo(30, 12);
    // Many purchases: close to the customer's own mean.
    expect(expectedOrderValue({ p: 6, q: 3, gamma: 10 }, 10_000, 55)).toBeCloseTo(55, 1);
  });
});

describe('Gamma-Gamma on the CDNOW sample', () => {
  const rows = readFileSync('test/fixtures/customer-base/cdnow_customers_summary_with_transactions.csv', 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(',').map(Number));
  const x = rows.map((row) => row[1] as number);
  const zbar = rows.map((row) => row[4] as number);

  it('reproduces p = 6.25, q = 3.74, γ = 15.44 on the 946 repeat customers', () => {
    const fit = fitGammaGamma(x, zbar);
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(946);
    expect(fit.params.p).toBeCloseTo(6.25, 2);
    expect(fit.params.q).toBeCloseTo(3.74, 2);
    expect(fit.params.gamma).toBeCloseTo(15.44, 1);
    // The population's mean order: pγ/(q − 1) ≈ 6.25 · 15.44 / 2.74 ≈ $35.2.
    expect(expectedOrderValue(fit.params, 0, 0)).toBeCloseTo(35.2, 0);
  });

  it('measures the weak frequency–spend correlation the model assumes (about 0.11 here)', () => {
    expect(spendFrequencyCorrelation(x, zbar)).toBeCloseTo(0.11, 2);
    expect(spendFrequencyCorrelation([1, 2], [3, 4])).toBeNaN();
  });
});
