import { DIMENSIONS, ITEM_COUNT, itemsOfDimension, type Dimension, type Scale } from '../structure';
import type { SurveyResponse } from '../state';

/** Shared types and the calculations on one respondent's answers: item gaps, dimension means, the 100-point split. */

/** The points a respondent splits over the five dimensions. */
export const WEIGHT_TOTAL = 100;

/**
 * A split is accepted when its sum is within ±1 point of 100. Why not exact: respondents dividing by three
 * write 33 + 33 + 34 or 33 + 33 + 33, and averaging by hand gives 99.5 or 100.5; rejecting those would throw
 * away honest answers. Accepted rows are rescaled to exactly 100 so the mean weights always add up to 100.
 * A sum of 98 or 90 is a respondent who lost count, and is flagged.
 */
export const WEIGHT_SUM_TOLERANCE = 1;

export interface SurveySettings {
  scale: Scale;
  /** The items switched on in the adapted questionnaire (1…22); the others are ignored everywhere. */
  enabledItems: readonly number[];
}

export type NotEnoughDataReason =
  | 'noRespondents'
  | 'noEnabledItems'
  | 'noPairedAnswers'
  | 'noValidWeights'
  | 'noWaves'
  | 'fewerThanTwoWaves';

export interface NotEnoughData<R extends NotEnoughDataReason = NotEnoughDataReason> {
  kind: 'notEnoughData';
  reason: R;
}

export function notEnoughData<R extends NotEnoughDataReason>(reason: R): NotEnoughData<R> {
  return { kind: 'notEnoughData', reason };
}

export type DimensionValues<T> = Record<Dimension, T>;

export function perDimension<T>(compute: (dimension: Dimension) => T): DimensionValues<T> {
  return {
    tangibles: compute('tangibles'),
    reliability: compute('reliability'),
    responsiveness: compute('responsiveness'),
    assurance: compute('assurance'),
    empathy: compute('empathy'),
  };
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

export function isOnScale(value: number, scale: Scale): boolean {
  return Number.isFinite(value) && value >= 1 && value <= scale;
}

export function usableAnswer(value: number | null | undefined, scale: Scale): number | null {
  return value !== null && value !== undefined && isOnScale(value, scale) ? value : null;
}

/** P − E; null unless both answers are there (a missing side never counts as 0). */
export function itemGap(expectation: number | null, perception: number | null): number | null {
  if (expectation === null || perception === null) return null;
  return perception - expectation;
}

// ---------------------------------------------------------------------------------------------------------
// One respondent

export interface RespondentDimension {
  gap: number;
  /** Means over the same items as the gap, so perception − expectation equals the gap exactly. */
  expectation: number;
  perception: number;
  /** How many of the dimension's enabled items this respondent answered on both sides. */
  items: number;
}

export interface RespondentScores {
  /** Index item − 1; null for a disabled item, a missing answer or one outside the scale. */
  itemGaps: (number | null)[];
  /** null when the respondent answered none of the dimension's enabled items on both sides. */
  dimensions: DimensionValues<RespondentDimension | null>;
}

export interface AnswerPair {
  expectation: number;
  perception: number;
}

/** Index item − 1: both answers when the item is enabled and both are on the scale, else null. */
export function answerPairs(response: SurveyResponse, settings: SurveySettings): (AnswerPair | null)[] {
  const enabled = new Set(settings.enabledItems);
  return Array.from({ length: ITEM_COUNT }, (_, index) => {
    if (!enabled.has(index + 1)) return null;
    const expectation = usableAnswer(response.expectations[index], settings.scale);
    const perception = usableAnswer(response.perceptions[index], settings.scale);
    return expectation === null || perception === null ? null : { expectation, perception };
  });
}

export function scoresFromPairs(pairs: readonly (AnswerPair | null)[]): RespondentScores {
  const dimensions = perDimension((dimension): RespondentDimension | null => {
    const answered = itemsOfDimension(dimension)
      .map((item) => pairs[item - 1] ?? null)
      .filter((pair): pair is AnswerPair => pair !== null);
    const expectation = mean(answered.map((pair) => pair.expectation));
    const perception = mean(answered.map((pair) => pair.perception));
    if (expectation === null || perception === null) return null;
    return { gap: perception - expectation, expectation, perception, items: answered.length };
  });
  return { itemGaps: pairs.map((pair) => (pair ? itemGap(pair.expectation, pair.perception) : null)), dimensions };
}

export function respondentScores(response: SurveyResponse, settings: SurveySettings): RespondentScores {
  return scoresFromPairs(answerPairs(response, settings));
}

// ---------------------------------------------------------------------------------------------------------
// Weights

export type InvalidWeightsReason = 'missing' | 'negative' | 'sumNot100';

export type WeightCheck =
  | { kind: 'valid'; /** Rescaled to sum to exactly 100. */ weights: DimensionValues<number>; statedSum: number }
  | { kind: 'invalid'; reason: InvalidWeightsReason; /** null when nothing was written. */ statedSum: number | null };

/**
 * Validates one respondent's 100-point split (W1…W5 in the order of DIMENSIONS).
 * Blank boxes next to a split that already makes 100 are read as 0: every point is accounted for, so an
 * empty box can only mean "nothing for this one". A split with blanks that does not make 100 is flagged.
 */
export function checkWeights(weights: readonly (number | null)[]): WeightCheck {
  const given = weights.filter((weight): weight is number => weight !== null);
  if (given.length === 0) return { kind: 'invalid', reason: 'missing', statedSum: null };
  const statedSum = given.reduce((sum, weight) => sum + weight, 0);
  if (given.some((weight) => weight < 0)) return { kind: 'invalid', reason: 'negative', statedSum };
  if (Math.abs(statedSum - WEIGHT_TOTAL) > WEIGHT_SUM_TOLERANCE) return { kind: 'invalid', reason: 'sumNot100', statedSum };
  const rescaled = perDimension((dimension) => ((weights[DIMENSIONS.indexOf(dimension)] ?? 0) * WEIGHT_TOTAL) / statedSum);
  return { kind: 'valid', weights: rescaled, statedSum };
}

/** Weighted dimension score: the gap scaled by the share of the 100 points the dimension received. */
export function weightedGap(gap: number, meanWeight: number): number {
  return (gap * meanWeight) / WEIGHT_TOTAL;
}
