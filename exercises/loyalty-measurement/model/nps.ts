/**
 * Net Promoter Score (Reichheld 2003) with its 95 % interval, as METHODS.md "Loyalty measurement" gives it.
 * One answer is a +1 (promoter) / 0 (passive) / −1 (detractor) variable: NPS is its mean × 100 and
 * Var = p + d − (p − d)². The interval is the adjusted Wald (Rocks 2016; Lewis & Sauro 2021): a plain Wald
 * interval is too narrow for the small samples of a B2B survey, adding 3 answers (¾ promoter, ¾ detractor,
 * 1½ passive) fixes most of that.
 */

/** 1.96: the two-sided 95 % quantile of the normal distribution. */
export const Z95 = 1.96;

export type NpsGroup = 'promoter' | 'passive' | 'detractor';
export const NPS_GROUPS: readonly NpsGroup[] = ['promoter', 'passive', 'detractor'];

/** By the answer's value: 9–10 promoter, 7–8 passive, 0–6 detractor. */
export function npsGroup(score: number): NpsGroup {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export function countNps(scores: readonly number[]): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) {
    const group = npsGroup(score);
    if (group === 'promoter') counts.promoters++;
    else if (group === 'passive') counts.passives++;
    else counts.detractors++;
  }
  return counts;
}

export const npsAnswers = (counts: NpsCounts): number => counts.promoters + counts.passives + counts.detractors;

/** Points on the −100…100 scale; `low` and `high` stay inside it, `margin` is the half-width before that. */
export interface NpsInterval {
  centre: number;
  margin: number;
  low: number;
  high: number;
}

export interface NpsResult extends NpsCounts {
  answers: number;
  /** Shares (fractions) of each group. */
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
  /** 100 × (P − D) / n. */
  score: number;
  /** Of the +1 / 0 / −1 variable, from the plain shares. */
  variance: number;
  plain: NpsInterval;
  adjusted: NpsInterval;
}

function shareVariance(p: number, d: number): number {
  return p + d - (p - d) ** 2;
}

function interval(promoters: number, detractors: number, n: number): NpsInterval {
  const p = promoters / n;
  const d = detractors / n;
  const centre = 100 * (p - d);
  const margin = 100 * Z95 * Math.sqrt(shareVariance(p, d) / n);
  return { centre, margin, low: Math.max(-100, centre - margin), high: Math.min(100, centre + margin) };
}

/** Null for no answers: a score of nobody is not 0. */
export function npsResult(counts: NpsCounts): NpsResult | null {
  const n = npsAnswers(counts);
  if (n === 0) return null;
  const p = counts.promoters / n;
  const d = counts.detractors / n;
  return {
    ...counts,
    answers: n,
    promoterShare: p,
    passiveShare: counts.passives / n,
    detractorShare: d,
    score: 100 * (p - d),
    variance: shareVariance(p, d),
    plain: interval(counts.promoters, counts.detractors, n),
    adjusted: interval(counts.promoters + 0.75, counts.detractors + 0.75, n + 3),
  };
}

/**
 * Answers needed for a margin of ± `margin` points: n = 1.96² × Var / (E / 100)² − 3, rounded up (the −3 is the
 * adjusted Wald's added answers). Var = 1 is the worst case (half promoters, half detractors); a first survey
 * plans with it, a later one may plan with the variance it measured.
 */
export function answersForMargin(margin: number, variance = 1): number {
  if (!(margin > 0)) return Number.POSITIVE_INFINITY;
  const n = (Z95 ** 2 * variance) / (margin / 100) ** 2 - 3;
  // Floating point leaves a whole number a hair above itself now and then (0.1² is 0.010000000000000002): the
  // ceiling would then ask for an answer nobody needs, so the value is rounded to 9 decimals first.
  return Math.max(1, Math.ceil(Math.round(n * 1e9) / 1e9));
}

export interface NpsDifference {
  /** Later wave minus earlier wave, in points. */
  difference: number;
  /** In points. */
  standardError: number;
  low: number;
  high: number;
  /** The 95 % interval of the difference leaves out 0. */
  significant: boolean;
}

/** Two waves (independent samples): SE = sqrt(Var1/n1 + Var2/n2). Null when either wave has no answers. */
export function npsDifference(earlier: NpsCounts, later: NpsCounts): NpsDifference | null {
  const a = npsResult(earlier);
  const b = npsResult(later);
  if (a === null || b === null) return null;
  const difference = b.score - a.score;
  const standardError = 100 * Math.sqrt(a.variance / a.answers + b.variance / b.answers);
  const low = difference - Z95 * standardError;
  const high = difference + Z95 * standardError;
  return { difference, standardError, low, high, significant: low > 0 || high < 0 };
}
