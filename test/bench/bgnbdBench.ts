/**
 * What `npm run bench:bgnbd` times (bundled by bgnbd-bench.mjs): customers drawn from a BG/NBD process with known
 * parameters, on whole days as sales data has them, then summarised, grouped and fitted as step 4's worker does.
 */
import { fitBgnbd, groupSummaries, type BgnbdParams } from '../../exercises/customer-base/model/bgnbd';
import { fitGammaGamma } from '../../exercises/customer-base/model/gammaGamma';
import { seededRandom, type SeededRandom } from '../../src/data/seededRandom';
import { fitModel, predict } from '../../exercises/customer-base/analysis/valueModel';
import { isoToDay, salesLinesFromPlain, type SalesLines } from '../../src/customers/sales';

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
  /** Every purchase as a sales line: customer index, day (0 = the first day of the data), amount. */
  lines: { customer: number[]; day: number[]; amount: number[] };
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
  const out: Simulated = { lines: { customer: [], day: [], amount: [] }, x: new Float64Array(n), tx: new Float64Array(n), T: new Float64Array(n), spend: new Float64Array(n) };
  const end = 78 * 7;
  for (let i = 0; i < n; i++) {
    const first = Math.floor(next() * 364);
    const T = (end - first) / 7;
    const lambda = gamma(truth.r, random) / truth.alpha;
    const ga = gamma(truth.a, random);
    const p = ga / (ga + gamma(truth.b, random));
    const nu = gamma(4, random) / 15;
    const buy = (day: number) => {
      out.lines.customer.push(i);
      out.lines.day.push(first + day);
      out.lines.amount.push(gamma(6, random) / nu);
    };
    buy(0);
    let t = 0;
    let x = 0;
    let last = 0;
    let sum = 0;
    for (;;) {
      t += -Math.log(Math.max(next(), 1e-300)) / lambda;
      if (t > T) break;
      const day = Math.floor(t * 7);
      // Two purchases on one day are one purchase occasion.
      if (day > last || x === 0) {
        x++;
        last = day;
        buy(day);
        sum += out.lines.amount[out.lines.amount.length - 1] as number;
      }
      if (next() < p) break;
    }
    out.x[i] = x;
    out.tx[i] = last / 7;
    out.T[i] = T;
    if (x > 0) out.spend[i] = sum / x;
  }
  return out;
}

/** The simulated purchases as step 4's worker reads a sales file: columns, days since 1970 (the data starts 2024-01-01). */
function salesLines(data: Simulated): SalesLines {
  const n = data.lines.day.length;
  const start = isoToDay('2024-01-01') as number;
  const plain = salesLinesFromPlain([]);
  const labels = Array.from({ length: data.x.length }, (_, i) => `C${i + 1}`);
  return {
    ...plain,
    length: n,
    customer: Int32Array.from(data.lines.customer),
    customerLabels: labels,
    day: Int32Array.from(data.lines.day, (day) => start + day),
    amount: Float64Array.from(data.lines.amount),
  };
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
  /** Step 4's whole worker job from the sales lines: both fits (all data, and without the last 26 weeks) and every customer's predictions. */
  step: { lines: number; summaryAndFitMs: number; holdoutFitMs: number; predictMs: number };
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
    step: stepTimes(data),
  };
}

function stepTimes(data: Simulated): BgnbdBenchReport['step'] {
  const lines = salesLines(data);
  const end = (isoToDay('2024-01-01') as number) + 78 * 7;
  const started = performance.now();
  const main = fitModel(lines, end, null, () => undefined);
  const fitted = performance.now();
  fitModel(lines, end - 26 * 7, end, () => undefined, { spend: false, start: main.bgnbd?.params });
  const checked = performance.now();
  predict(main, 52, 0.3, 0.94, 30);
  const predicted = performance.now();
  return { lines: lines.length, summaryAndFitMs: fitted - started, holdoutFitMs: checked - fitted, predictMs: predicted - checked };
}
