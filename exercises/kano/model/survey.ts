import { type KanoAnswer, type KanoFeature, type TypedResponse } from '../state';
import { evaluateAnswerPair } from './evaluation';
import { classifyCounts, emptyCategoryCounts, type ClassificationResult } from './classification';
import { continuousScores, summarise, type ContinuousScores, type SummaryStatistics } from './continuous';

/** One respondent's answers about one feature, from any source (typed in, long or wide file). */
export interface KanoResponse {
  /** 'typed' for the in-app form, else the imported dataset's id: equal respondent ids in two files stay two people. */
  source: string;
  respondent: string;
  segment: string | null;
  featureId: string;
  functional: KanoAnswer | null;
  dysfunctional: KanoAnswer | null;
  importance: number | null;
}

export const TYPED_SOURCE = 'typed';

export interface FeatureResult {
  featureId: string;
  classification: ClassificationResult;
  continuous: ContinuousScores;
  /** Self-stated importance; null when nobody gave it. */
  importance: SummaryStatistics | null;
  /** Responses with only one of the two answers: they cannot be classified and are counted here instead. */
  incomplete: number;
}

export interface SurveyAnalysis {
  respondents: number;
  features: FeatureResult[];
}

export interface SegmentAnalysis {
  segment: string;
  analysis: SurveyAnalysis;
}

export interface SurveyResults {
  overall: SurveyAnalysis;
  /** One entry per segment value, sorted by name; empty when no response carries a segment. */
  segments: SegmentAnalysis[];
}

function respondentKey(response: KanoResponse): string {
  return `${response.source}\u0000${response.respondent}`;
}

export function countRespondents(responses: readonly KanoResponse[]): number {
  return new Set(responses.map(respondentKey)).size;
}

function analyseFeature(featureId: string, responses: readonly KanoResponse[]): FeatureResult {
  const counts = emptyCategoryCounts();
  const pairs: { functional: KanoAnswer; dysfunctional: KanoAnswer }[] = [];
  const importance: number[] = [];
  let incomplete = 0;
  for (const response of responses) {
    if (response.importance !== null) importance.push(response.importance);
    if (response.functional !== null && response.dysfunctional !== null) {
      counts[evaluateAnswerPair(response.functional, response.dysfunctional)] += 1;
      pairs.push({ functional: response.functional, dysfunctional: response.dysfunctional });
    } else if (response.functional !== null || response.dysfunctional !== null) {
      incomplete += 1;
    }
  }
  return { featureId, classification: classifyCounts(counts), continuous: continuousScores(pairs), importance: summarise(importance), incomplete };
}

/** Results per feature, in the order of the feature list; responses about unknown feature ids are ignored. */
export function analyseResponses(features: readonly Pick<KanoFeature, 'id'>[], responses: readonly KanoResponse[]): SurveyAnalysis {
  const byFeature = new Map<string, KanoResponse[]>(features.map((feature) => [feature.id, []]));
  for (const response of responses) byFeature.get(response.featureId)?.push(response);
  const known = responses.filter((response) => byFeature.has(response.featureId));
  return {
    respondents: countRespondents(known),
    features: features.map((feature) => analyseFeature(feature.id, byFeature.get(feature.id) ?? [])),
  };
}

/** The whole sample, and each segment on its own (responses without a segment count only in the whole). */
export function analyseSurvey(features: readonly Pick<KanoFeature, 'id'>[], responses: readonly KanoResponse[]): SurveyResults {
  const segmentNames = [...new Set(responses.flatMap((response) => (response.segment === null ? [] : [response.segment])))].sort((a, b) =>
    a.localeCompare(b),
  );
  return {
    overall: analyseResponses(features, responses),
    segments: segmentNames.map((segment) => ({
      segment,
      analysis: analyseResponses(
        features,
        responses.filter((response) => response.segment === segment),
      ),
    })),
  };
}

/** The paper forms typed into the app, as responses. A blank segment is "no segment". */
export function responsesFromTyped(typed: readonly TypedResponse[]): KanoResponse[] {
  return typed.flatMap((form) => {
    const segment = form.segment?.trim() ? form.segment.trim() : null;
    return Object.entries(form.answers).map(([featureId, entry]) => ({
      source: TYPED_SOURCE,
      respondent: form.respondent,
      segment,
      featureId,
      functional: entry.functional,
      dysfunctional: entry.dysfunctional,
      importance: entry.importance,
    }));
  });
}

export { checkFeatureList, normaliseFeatureName, type FeatureListProblem } from './featureList';
