import type { LegendEntry } from '../../../../src/charts/ChartFrame';
import type { ScatterDatum } from '../../../../src/charts/LabelledScatter';
import type { MarkerShape } from '../../../../src/charts/markers';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { KANO_CATEGORIES, type FeatureResult, type KanoCategory } from '../../model';

/** Fixed per category across the charts and the table, from the shared colour-blind-safe palette. */
export const CATEGORY_COLORS: Record<KanoCategory, string> = {
  M: CHART_COLORS.negative,
  O: CHART_COLORS.primary,
  A: CHART_COLORS.positive,
  I: CHART_COLORS.neutral,
  R: CHART_COLORS.accent,
  Q: CHART_COLORS.secondary,
};

/** And a shape per category, so a point's category does not rest on colour alone. */
export const CATEGORY_MARKERS: Record<KanoCategory, MarkerShape> = {
  M: 'square',
  O: 'circle',
  A: 'triangle',
  I: 'diamond',
  R: 'plus',
  Q: 'star',
};

/**
 * A feature as a point of the Kano scatters: drawn in its category's colour and shape, numbered by its place in
 * the feature list (the same number on both scatters, when the names move into a key).
 */
export function featurePoint(result: FeatureResult, index: number, name: string): Omit<ScatterDatum, 'x' | 'y'> & { category: KanoCategory | null } {
  const category = result.classification.kind === 'ok' ? result.classification.category : null;
  return {
    key: String(index + 1),
    name,
    category,
    color: category ? CATEGORY_COLORS[category] : CHART_COLORS.neutral,
    shape: category ? CATEGORY_MARKERS[category] : 'circle',
  };
}

/**
 * The legend of a Kano chart: the categories its points fall in, in the usual A, O, M, I, R, Q order, each with its
 * point shape, or with `marker` for all (a bar chart's squares).
 */
export function categoryLegend(present: readonly (KanoCategory | null)[], nameOf: (category: KanoCategory) => string, marker?: MarkerShape): LegendEntry[] {
  return KANO_CATEGORIES.filter((category) => present.includes(category)).map((category) => ({
    label: `${category} — ${nameOf(category)}`,
    color: CATEGORY_COLORS[category],
    marker: marker ?? CATEGORY_MARKERS[category],
  }));
}
