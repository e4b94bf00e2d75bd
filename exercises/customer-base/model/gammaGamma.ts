/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie's note on it): a customer's
 * order values are Gamma(p, ν) around their own mean, ν ~ Gamma(q, γ) across customers. Fitted on customers
 * with at least one repeat purchase (x > 0) from x and m̄, the mean value of their x repeat purchases. It
 * assumes order value does not depend on how often one buys; `spendFrequencyCorrelation` lets the step check it.
 */
import { lgamma } from './bgnbd';
import { nelderMead } from './nelderMead';

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  converged: boolean;
  customers: number;
}

/**
 * Log-likelihood over customers with x > 0 and m̄ > 0 (the others are skipped):
 *   ln Lᵢ = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m̄ + px ln x − (px+q) ln(γ + x m̄).
 * The mean of x Gamma(p, ν) values is Gamma(px, νx); mixing ν over Gamma(q, γ) gives this.
 */
export function gammaGammaLogLikelihood(x: ArrayLike<number>, mean: ArrayLike<number>): (params: GammaGammaParams) => number {
  const rows: number[] = [];
  for (let i = 0; i < x.length; i++) if ((x[i] as number) > 0 && (mean[i] as number) > 0) rows.push(i);
  const xs = Float64Array.from(rows, (i) => x[i] as number);
  const logX = xs.map(Math.log);
  const ms = Float64Array.from(rows, (i) => mean[i] as number);
  const logM = ms.map(Math.log);
  // lgamma(px) and lgamma(px+q) depend on x alone: once per distinct x and evaluation.
  const distinct = [...new Set(xs)];
  const slot = new Map(distinct.map((value, k) => [value, k]));
  const xIndex = Int32Array.from(xs, (value) => slot.get(value) as number);
  const perX = new Float64Array(distinct.length);
  return ({ p, q, gamma }) => {
    if (!(p > 0 && q > 0 && gamma > 0)) return Number.NaN;
    distinct.forEach((value, k) => (perX[k] = lgamma(p * value + q) - lgamma(p * value)));
    const common = -lgamma(q) + q * Math.log(gamma);
    let total = 0;
    for (let i = 0; i < xs.length; i++) {
      const px = p * (xs[i] as number);
      total += (perX[xIndex[i] as number] as number) + common + (px - 1) * (logM[i] as number) + px * (logX[i] as number) - (px + q) * Math.log(gamma + (xs[i] as number) * (ms[i] as number));
    }
    return total;
  };
}

/** Maximum likelihood on log(p, q, γ); money is scaled so the mean m̄ is 1 (γ is in money units). */
export function fitGammaGamma(x: ArrayLike<number>, mean: ArrayLike<number>): GammaGammaFit {
  let sum = 0;
  let customers = 0;
  for (let i = 0; i < x.length; i++) {
    if ((x[i] as number) > 0 && (mean[i] as number) > 0) {
      sum += mean[i] as number;
      customers++;
    }
  }
  const scale = customers > 0 ? customers / sum : 1;
  const scaledMean = Float64Array.from({ length: x.length }, (_, i) => (mean[i] as number) * scale);
  const logLikelihood = gammaGammaLogLikelihood(x, scaledMean);
  const fromLogs = (v: readonly number[]): GammaGammaParams => ({ p: Math.exp(v[0] as number), q: Math.exp(v[1] as number), gamma: Math.exp(v[2] as number) });
  // Start at p = 1, q = 2, γ = 1: a population mean pγ/(q−1) of 1, the scaled mean.
  const result = nelderMead((v) => (v.some((c) => Math.abs(c) > 12) ? Infinity : -logLikelihood(fromLogs(v))), [0, Math.log(2), 0], { step: 1, restarts: 4, xTolerance: 1e-6 });
  const fitted = fromLogs(result.x);
  const params = { ...fitted, gamma: fitted.gamma / scale };
  const atBoundary = result.x.some((c) => Math.abs(c) > 11.5);
  return { params, logLikelihood: gammaGammaLogLikelihood(x, mean)(params), converged: result.converged && !atBoundary && params.q > 1, customers };
}

/**
 * E(M | x, m̄) = p(γ + x m̄) / (px + q − 1): a weighted mean of the population's pγ/(q−1) and the customer's own
 * m̄, the own one weighing more the more purchases there are. With x = 0, the population's mean.
 */
export function expectedOrderValue({ p, q, gamma }: GammaGammaParams, x: number, mean: number): number {
  if (x <= 0 || !(mean > 0)) return (p * gamma) / (q - 1);
  return (p * (gamma + x * mean)) / (p * x + q - 1);
}

/** Pearson correlation of x and m̄ over customers with x > 0: near 0 is what the model assumes. */
export function spendFrequencyCorrelation(x: ArrayLike<number>, mean: ArrayLike<number>): number {
  const rows = Array.from({ length: x.length }, (_, i) => i).filter((i) => (x[i] as number) > 0 && (mean[i] as number) > 0);
  if (rows.length < 3) return Number.NaN;
  const average = (values: ArrayLike<number>) => rows.reduce((sum, i) => sum + (values[i] as number), 0) / rows.length;
  const centreX = average(x);
  const centreM = average(mean);
  const moment = (u: ArrayLike<number>, cu: number, v: ArrayLike<number>, cv: number) => rows.reduce((sum, i) => sum + ((u[i] as number) - cu) * ((v[i] as number) - cv), 0);
  const varX = moment(x, centreX, x, centreX);
  const varM = moment(mean, centreM, mean, centreM);
  return varX <= 0 || varM <= 0 ? Number.NaN : moment(x, centreX, mean, centreM) / Math.sqrt(varX * varM);
}
