import { KANO_CATEGORIES, type KanoCategory } from './evaluation';

export type CategoryCounts = Record<KanoCategory, number>;
export type CategoryShares = Record<KanoCategory, number>;

export function emptyCategoryCounts(): CategoryCounts {
  return { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
}

/**
 * Order used when two categories have the same count. M > O > A > I is Berger et al.'s advice (METHODS.md):
 * when in doubt, treat the feature as the one whose absence hurts most. R and Q come last so that a tie
 * between a usable category and reverse/questionable answers is read as the usable one; the tie still
 * shows as a "mixed" result with strength 0.
 */
export const CATEGORY_TIE_ORDER: readonly KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

/**
 * METHODS.md: a top-two gap below 6 percentage points makes the classification "mixed" (the feature
 * sits between two categories; read both, or look at segments).
 */
export const MIXED_THRESHOLD_POINTS = 6;

/** z for the one-sided 5 % level in Fong's (1996) test, as in METHODS.md. */
export const FONG_Z = 1.65;

/**
 * Below this many answers per feature the shares move a lot with each respondent and Fong's normal
 * approximation is rough; results are still shown, with a warning. 30 is the usual rule of thumb for
 * a normal approximation, not a figure from Kano's literature.
 */
export const SMALL_SAMPLE_ANSWERS = 30;

export interface RankedCategory {
  category: KanoCategory;
  count: number;
  share: number;
}

export function totalAnswers(counts: CategoryCounts): number {
  return KANO_CATEGORIES.reduce((sum, category) => sum + counts[category], 0);
}

/** Categories by count, largest first; equal counts in CATEGORY_TIE_ORDER. */
export function rankCategories(counts: CategoryCounts): RankedCategory[] {
  const n = totalAnswers(counts);
  return [...CATEGORY_TIE_ORDER]
    .map((category) => ({ category, count: counts[category], share: n === 0 ? 0 : counts[category] / n }))
    .sort((left, right) => right.count - left.count || CATEGORY_TIE_ORDER.indexOf(left.category) - CATEGORY_TIE_ORDER.indexOf(right.category));
}

export interface FongTest {
  /** Counts of the two most frequent categories. */
  a: number;
  b: number;
  difference: number;
  /** 1.65 · sqrt((a + b)(2n − a − b) / (2n)) */
  critical: number;
  /** The top category is significantly more frequent than the second (|a − b| ≥ critical). */
  significant: boolean;
}

/** Fong (1996): is the most frequent category significantly ahead of the second? */
export function fongTest(a: number, b: number, n: number): FongTest {
  const difference = Math.abs(a - b);
  const critical = n > 0 ? FONG_Z * Math.sqrt(((a + b) * (2 * n - a - b)) / (2 * n)) : 0;
  return { a, b, difference, critical, significant: n > 0 && difference >= critical };
}

export type BetterWorse =
  | { kind: 'ok'; better: number; worse: number; base: number }
  /** Every answer was reverse or questionable: the coefficients have no denominator. */
  | { kind: 'noBase' };

/**
 * Satisfaction and dissatisfaction coefficients (Berger et al. 1993). Reverse and questionable answers
 * are left out of the denominator: they say nothing about how much the feature adds or prevents.
 */
export function betterWorse(counts: CategoryCounts): BetterWorse {
  const base = counts.A + counts.O + counts.M + counts.I;
  if (base === 0) return { kind: 'noBase' };
  return { kind: 'ok', better: (counts.A + counts.O) / base, worse: -(counts.O + counts.M) / base, base };
}

export interface Classification {
  kind: 'ok';
  n: number;
  counts: CategoryCounts;
  shares: CategoryShares;
  /** The most frequent category, ties by CATEGORY_TIE_ORDER; may be R or Q, which the UI reports as such. */
  category: KanoCategory;
  /** The runner-up, for "between M and O" when mixed. */
  second: RankedCategory;
  /** Whether the top count equals the runner-up's and the tie order decided. */
  decidedByTieRule: boolean;
  /** Top share − second share, in percentage points. */
  strengthPoints: number;
  mixed: boolean;
  fong: FongTest;
  betterWorse: BetterWorse;
  smallSample: boolean;
}

export type ClassificationResult = Classification | { kind: 'notEnoughData'; n: 0 };

export function classifyCounts(counts: CategoryCounts): ClassificationResult {
  const n = totalAnswers(counts);
  if (n === 0) return { kind: 'notEnoughData', n: 0 };
  // Cast: rankCategories ranks all six categories, so there are always two.
  const [top, second] = rankCategories(counts) as [RankedCategory, RankedCategory];
  const shares: CategoryShares = {
    A: counts.A / n,
    O: counts.O / n,
    M: counts.M / n,
    I: counts.I / n,
    R: counts.R / n,
    Q: counts.Q / n,
  };
  // From counts, not from the rounded shares, so a gap of exactly 6 points is not read as 5.999…
  const strengthPoints = ((top.count - second.count) * 100) / n;
  return {
    kind: 'ok',
    n,
    counts: { ...counts },
    shares,
    category: top.category,
    second,
    decidedByTieRule: top.count === second.count,
    strengthPoints,
    mixed: strengthPoints < MIXED_THRESHOLD_POINTS,
    fong: fongTest(top.count, second.count, n),
    betterWorse: betterWorse(counts),
    smallSample: n < SMALL_SAMPLE_ANSWERS,
  };
}
