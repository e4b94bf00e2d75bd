import { DIMENSIONS, ITEM_COUNT, dimensionOfItem, itemsOfDimension, type Dimension } from '../structure';
import type { SurveyResponse } from '../state';
import {
  answerPairs,
  checkWeights,
  isOnScale,
  mean,
  notEnoughData,
  perDimension,
  scoresFromPairs,
  weightedGap,
  type AnswerPair,
  type DimensionValues,
  type InvalidWeightsReason,
  type NotEnoughData,
  type RespondentDimension,
  type SurveySettings,
} from './answers';

/** One wave of answers: what is wrong with them (validateSurvey) and what they say (analyseWave). */

export type AnswerPart = 'expectation' | 'perception';

interface RespondentRef {
  /** 0-based position in the wave: identifies the row when the respondent id is blank or repeated. */
  respondentIndex: number;
  respondentId: string;
}

export interface OutOfScaleAnswer extends RespondentRef {
  part: AnswerPart;
  item: number;
  value: number;
}

export interface InvalidWeightRow extends RespondentRef {
  reason: InvalidWeightsReason;
  statedSum: number | null;
}

export interface MissingAnswers extends RespondentRef {
  /** Enabled items with no expectation or no perception (answers outside the scale are listed separately). */
  items: number[];
}

export interface SurveyProblems {
  outOfScale: OutOfScaleAnswer[];
  invalidWeights: InvalidWeightRow[];
  missingAnswers: MissingAnswers[];
  /** Responses from files that held no weights at all: the split was not asked, so it is not checked. */
  weightsNotAsked: number;
}

/**
 * A response as a wave gathers it. `weightsAsked: false` marks one from a file without a single weight (no
 * weight column, or an empty one): the survey did not ask for the 100-point split, so its absence is no fault
 * of the respondent's, and the weighting simply rests on the other responses.
 */
export type WaveResponse = SurveyResponse & { weightsAsked?: boolean };

/** Everything the participant should see about the answers; only enabled items are checked. */
export function validateSurvey(responses: readonly WaveResponse[], settings: SurveySettings): SurveyProblems {
  const items = [...settings.enabledItems].sort((a, b) => a - b);
  const problems: SurveyProblems = { outOfScale: [], invalidWeights: [], missingAnswers: [], weightsNotAsked: 0 };
  responses.forEach((response, respondentIndex) => {
    const ref = { respondentIndex, respondentId: response.respondentId };
    const missing: number[] = [];
    for (const item of items) {
      const expectation = response.expectations[item - 1] ?? null;
      const perception = response.perceptions[item - 1] ?? null;
      if (expectation === null || perception === null) missing.push(item);
      if (expectation !== null && !isOnScale(expectation, settings.scale)) {
        problems.outOfScale.push({ ...ref, part: 'expectation', item, value: expectation });
      }
      if (perception !== null && !isOnScale(perception, settings.scale)) {
        problems.outOfScale.push({ ...ref, part: 'perception', item, value: perception });
      }
    }
    if (missing.length > 0) problems.missingAnswers.push({ ...ref, items: missing });
    if (response.weightsAsked === false) {
      problems.weightsNotAsked++;
      return;
    }
    const weights = checkWeights(response.weights);
    if (weights.kind === 'invalid') problems.invalidWeights.push({ ...ref, reason: weights.reason, statedSum: weights.statedSum });
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// A wave of answers

export interface DimensionResult {
  dimension: Dimension;
  /** Mean over respondents of their dimension gap; null when nobody answered any enabled item of it. */
  gap: number | null;
  meanExpectation: number | null;
  meanPerception: number | null;
  /** Respondents with a gap on this dimension. */
  respondents: number;
  enabledItems: number;
}

export interface ItemResult {
  item: number;
  dimension: Dimension;
  /** Mean of P − E over the respondents who answered the item on both sides. */
  gap: number | null;
  meanExpectation: number | null;
  meanPerception: number | null;
  respondents: number;
}

export interface Weighting {
  kind: 'ok';
  /** Rows whose split was valid; the others are listed in problems.invalidWeights. */
  validRows: number;
  /** Mean of the rescaled splits over the valid rows: sums to 100. */
  meanWeights: DimensionValues<number>;
  /** gap × mean weight / 100; null where the dimension has no gap. */
  weightedScores: DimensionValues<number | null>;
  /** Sum of the weighted scores of the dimensions that have a gap. */
  weightedTotal: number;
}

export interface WaveAnalysis {
  kind: 'ok';
  respondents: number;
  dimensions: DimensionValues<DimensionResult>;
  /** The enabled items, in questionnaire order. */
  items: ItemResult[];
  /** Mean of the dimension gaps (of the dimensions that have one: see dimensionsWithoutData). */
  unweightedScore: number;
  /** Dimensions with no gap (all items off, or no answers): the scores cover the other dimensions only. */
  dimensionsWithoutData: Dimension[];
  weighting: Weighting | NotEnoughData<'noValidWeights'>;
  problems: SurveyProblems;
}

export type WaveResult = WaveAnalysis | NotEnoughData<'noRespondents' | 'noEnabledItems' | 'noPairedAnswers'>;

export function analyseWave(responses: readonly SurveyResponse[], settings: SurveySettings): WaveResult {
  if (settings.enabledItems.length === 0) return notEnoughData('noEnabledItems');
  if (responses.length === 0) return notEnoughData('noRespondents');
  const enabled = new Set(settings.enabledItems);
  const pairsByRespondent = responses.map((response) => answerPairs(response, settings));
  const scores = pairsByRespondent.map(scoresFromPairs);

  const dimensions = perDimension((dimension): DimensionResult => {
    const own = scores.map((score) => score.dimensions[dimension]).filter((value): value is RespondentDimension => value !== null);
    return {
      dimension,
      gap: mean(own.map((value) => value.gap)),
      meanExpectation: mean(own.map((value) => value.expectation)),
      meanPerception: mean(own.map((value) => value.perception)),
      respondents: own.length,
      enabledItems: itemsOfDimension(dimension).filter((item) => enabled.has(item)).length,
    };
  });
  const dimensionGaps = DIMENSIONS.map((dimension) => dimensions[dimension].gap).filter((gap): gap is number => gap !== null);
  const unweightedScore = mean(dimensionGaps);
  if (unweightedScore === null) return notEnoughData('noPairedAnswers');

  const items: ItemResult[] = [];
  for (let item = 1; item <= ITEM_COUNT; item++) {
    if (!enabled.has(item)) continue;
    const answered = pairsByRespondent.map((pairs) => pairs[item - 1] ?? null).filter((pair): pair is AnswerPair => pair !== null);
    const expectations = answered.map((pair) => pair.expectation);
    const perceptions = answered.map((pair) => pair.perception);
    const meanExpectation = mean(expectations);
    const meanPerception = mean(perceptions);
    items.push({
      item,
      dimension: dimensionOfItem(item),
      gap: meanExpectation === null || meanPerception === null ? null : meanPerception - meanExpectation,
      meanExpectation,
      meanPerception,
      respondents: expectations.length,
    });
  }

  return {
    kind: 'ok',
    respondents: responses.length,
    dimensions,
    items,
    unweightedScore,
    dimensionsWithoutData: DIMENSIONS.filter((dimension) => dimensions[dimension].gap === null),
    weighting: weighting(responses, dimensions),
    problems: validateSurvey(responses, settings),
  };
}

function weighting(responses: readonly SurveyResponse[], dimensions: DimensionValues<DimensionResult>): Weighting | NotEnoughData<'noValidWeights'> {
  const valid: DimensionValues<number>[] = [];
  for (const response of responses) {
    const check = checkWeights(response.weights);
    if (check.kind === 'valid') valid.push(check.weights);
  }
  if (valid.length === 0) return notEnoughData('noValidWeights');
  const meanWeights = perDimension((dimension) => valid.reduce((sum, weights) => sum + weights[dimension], 0) / valid.length);
  const weightedScores = perDimension((dimension) => {
    const gap = dimensions[dimension].gap;
    return gap === null ? null : weightedGap(gap, meanWeights[dimension]);
  });
  const weightedTotal = DIMENSIONS.reduce((sum, dimension) => sum + (weightedScores[dimension] ?? 0), 0);
  return { kind: 'ok', validRows: valid.length, meanWeights, weightedScores, weightedTotal };
}
