import type { KanoAnswer } from '../state';

/**
 * DuMouchel's asymmetric scale (Berger et al. 1993), as in METHODS.md: a "like" when the feature is
 * present weighs more than a "dislike", and a "dislike" when it is absent weighs more than a "like".
 */
export const FUNCTIONAL_SCORES: Record<KanoAnswer, number> = { like: 4, mustBe: 2, neutral: 0, liveWith: -1, dislike: -2 };
export const DYSFUNCTIONAL_SCORES: Record<KanoAnswer, number> = { like: -2, mustBe: -1, neutral: 0, liveWith: 2, dislike: 4 };

export interface SummaryStatistics {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); null for a single value. */
  standardDeviation: number | null;
}

export function summarise(values: readonly number[]): SummaryStatistics | null {
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  if (n === 1) return { n, mean, standardDeviation: null };
  const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return { n, mean, standardDeviation: Math.sqrt(squares / (n - 1)) };
}

export type ContinuousScores =
  | {
      kind: 'ok';
      /** y of the continuous-analysis chart. */
      functional: SummaryStatistics;
      /** x of the continuous-analysis chart. */
      dysfunctional: SummaryStatistics;
    }
  | { kind: 'notEnoughData' };

/**
 * Means over the respondents who answered both questions, so each point on the chart describes one
 * group of people; a respondent who skipped one of the two is left out of both means.
 */
export function continuousScores(pairs: readonly { functional: KanoAnswer; dysfunctional: KanoAnswer }[]): ContinuousScores {
  const functional = summarise(pairs.map((pair) => FUNCTIONAL_SCORES[pair.functional]));
  const dysfunctional = summarise(pairs.map((pair) => DYSFUNCTIONAL_SCORES[pair.dysfunctional]));
  if (!functional || !dysfunctional) return { kind: 'notEnoughData' };
  return { kind: 'ok', functional, dysfunctional };
}
