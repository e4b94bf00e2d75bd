import { DIMENSIONS, type Dimension } from '../structure';
import { WEIGHT_TOTAL, mean, type NotEnoughData } from './answers';
import type { WaveAnalysis } from './wave';

/** What to improve first: the importance–performance grid (Martilla & James 1977) and the priority list. */

export type IpaQuadrant = 'concentrateHere' | 'keepUpTheGoodWork' | 'lowPriority' | 'possibleOverkill';

export interface IpaPoint {
  dimension: Dimension;
  /** Mean weight (0–100). */
  importance: number;
  /** Mean perception on the survey's scale. */
  performance: number;
  gap: number;
  quadrant: IpaQuadrant;
}

export interface ImportancePerformance {
  kind: 'ok';
  points: IpaPoint[];
  /** The cross-hairs: the average importance (always 20 with five dimensions) and the average performance. */
  importanceCentre: number;
  performanceCentre: number;
}

/**
 * Each dimension placed by how much it matters (mean weight) against how well it is done (mean perception).
 * Quadrants are split at the averages over the dimensions, the usual choice when no external benchmark exists.
 */
export function importancePerformance(analysis: WaveAnalysis): ImportancePerformance | NotEnoughData<'noValidWeights'> {
  const { weighting: weights } = analysis;
  if (weights.kind !== 'ok') return weights;
  const measured = DIMENSIONS.flatMap((dimension) => {
    const { meanPerception, gap } = analysis.dimensions[dimension];
    return meanPerception === null || gap === null ? [] : [{ dimension, importance: weights.meanWeights[dimension], performance: meanPerception, gap }];
  });
  const importanceCentre = WEIGHT_TOTAL / DIMENSIONS.length;
  const performanceCentre = mean(measured.map((point) => point.performance)) ?? 0;
  const points = measured.map((point): IpaPoint => {
    const important = point.importance >= importanceCentre;
    const performing = point.performance >= performanceCentre;
    const quadrant: IpaQuadrant = important
      ? performing
        ? 'keepUpTheGoodWork'
        : 'concentrateHere'
      : performing
        ? 'possibleOverkill'
        : 'lowPriority';
    return { ...point, quadrant };
  });
  return { kind: 'ok', points, importanceCentre, performanceCentre };
}

export interface PriorityItem {
  item: number;
  gap: number | null;
}

export interface PriorityDimension {
  dimension: Dimension;
  /** What the order is by: the weighted score when weights are available, else the gap. */
  score: number;
  gap: number;
  weightedScore: number | null;
  /** The dimension's enabled items, most negative gap first; items nobody answered come last. */
  items: PriorityItem[];
}

export interface PriorityOrder {
  /** 'unweighted' when no respondent gave a valid 100-point split: the order then falls back to the gaps. */
  basis: 'weighted' | 'unweighted';
  dimensions: PriorityDimension[];
  dimensionsWithoutData: Dimension[];
}

/** "Which services to develop, in which order": most negative weighted gap first (METHODS.md). */
export function priorityOrder(analysis: WaveAnalysis): PriorityOrder {
  const weights = analysis.weighting.kind === 'ok' ? analysis.weighting : null;
  const dimensions: PriorityDimension[] = [];
  for (const dimension of DIMENSIONS) {
    const gap = analysis.dimensions[dimension].gap;
    if (gap === null) continue;
    const weightedScore = weights ? weights.weightedScores[dimension] : null;
    const items = analysis.items
      .filter((item) => item.dimension === dimension)
      .map((item): PriorityItem => ({ item: item.item, gap: item.gap }))
      .sort(compareItemsByGap);
    dimensions.push({ dimension, score: weightedScore ?? gap, gap, weightedScore, items });
  }
  // Array.prototype.sort is stable: equal scores keep the dimensions' questionnaire order
  dimensions.sort((a, b) => a.score - b.score);
  return { basis: weights ? 'weighted' : 'unweighted', dimensions, dimensionsWithoutData: analysis.dimensionsWithoutData };
}

function compareItemsByGap(a: PriorityItem, b: PriorityItem): number {
  if (a.gap === null || b.gap === null) {
    if (a.gap === b.gap) return a.item - b.item;
    return a.gap === null ? 1 : -1;
  }
  return a.gap - b.gap || a.item - b.item;
}
