/**
 * What `npm run bench:bgnbd` times (bundled by bgnbd-bench.mjs): customers drawn from a BG/NBD process with known
 * parameters, on whole days as sales data has them, then summarised, grouped and fitted as step 4's worker does.
 */
import { fitBgnbd, groupSummaries, type BgnbdParams } from '../../exercises/customer-base/model/bgnbd';
import { fitGammaGamma } from '../../exercises/customer-base/model/gammaGamma';
import { seededRandom, type SeededRandom } from '../../src/data/seededRandom';

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** Gamma(shape, 1) by Marsaglia & Tsang (2000); below shape 1 through Gamma(shape + 1) · U^(1/shape). */
function gamma(shape: number, random: SeededRandom): number {
  if (shape < 1) return gamma(shape + 1, random) * Math.pow(Math.max(random.next(), 1e-300), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = random.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export interface Simulated {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean value of the repeat purchases (Gamma-Gamma with p = 6, q = 4, γ = 15). */
  spend: Float64Array;
}

/**
 * n customers whose first purchase falls on a day of the first 52 weeks, observed to the end of week 78:
 * λ ~ Gamma(r, α) purchases a week, p ~ Beta(a, b); after each repeat purchase the customer leaves with
 * probability p (FHL 2005). Purchase times are cut to whole days, as a sales file records them.
 */
export function simulate(n: number, truth: BgnbdParams, seed = 1): Simulated {
  const random = seededRandom(seed);
  const next = random.next;
  const out: Simulated = { x: new Float64Array(n), tx: new Float64Array(n), T: new Float64Array(n), spend: new Float64Array(n) };
  const end = 78 * 7;
  for (let i = 0; i < n; i++) {
    const first = Math.floor(next() * 364);
    const T = (end - first) / 7;
    const lambda = gamma(truth.r, random) / truth.alpha;
    const ga = gamma(truth.a, random);
    const p = ga / (ga + gamma(truth.b, random));
    let t = 0;
    let x = 0;
    let last = 0;
    for (;;) {
      t += -Math.log(Math.max(next(), 1e-300)) / lambda;
      if (t > T) break;
      const day = Math.floor(t * 7);
      // Two purchases on one day are one purchase occasion.
      if (day > last || x === 0) {
        x++;
        last = day;
      }
      if (next() < p) break;
    }
    out.x[i] = x;
    out.tx[i] = last / 7;
    out.T[i] = T;
    if (x > 0) {
      const nu = gamma(4, random) / 15;
      let sum = 0;
      for (let k = 0; k < x; k++) sum += gamma(6, random) / nu;
      out.spend[i] = sum / x;
    }
  }
  return out;
}

export interface BgnbdBenchReport {
  customers: number;
  groups: number;
  truth: BgnbdParams;
  fitted: BgnbdParams;
  logLikelihood: number;
  converged: boolean;
  iterations: number;
  groupMs: number;
  fitMs: number;
  gammaGamma: { p: number; q: number; gamma: number; ms: number; converged: boolean };
}

export function runBgnbdBench(n: number, truth: BgnbdParams): BgnbdBenchReport {
  const data = simulate(n, truth);
  const started = performance.now();
  const groups = groupSummaries(data.x, data.tx, data.T);
  const grouped = performance.now();
  const fit = fitBgnbd(groups);
  const fitted = performance.now();
  const gg = fitGammaGamma(data.x, data.spend);
  const spent = performance.now();
  return {
    customers: n,
    groups: groups.count,
    truth,
    fitted: fit.params,
    logLikelihood: fit.logLikelihood,
    converged: fit.converged,
    iterations: fit.iterations,
    groupMs: grouped - started,
    fitMs: fitted - grouped,
    gammaGamma: { ...gg.params, ms: spent - fitted, converged: gg.converged },
  };
}
