import { CHART_COLORS } from '../../../../src/charts/theme';
import type { KanoCategory } from '../../model';

/** Fixed per category across the charts and the table, from the shared colour-blind-safe palette. */
export const CATEGORY_COLORS: Record<KanoCategory, string> = {
  M: CHART_COLORS.negative,
  O: CHART_COLORS.primary,
  A: CHART_COLORS.positive,
  I: CHART_COLORS.neutral,
  R: CHART_COLORS.accent,
  Q: CHART_COLORS.secondary,
};

/** Long feature names cut for axis ticks and point labels; the table keeps them whole. */
export function shortLabel(text: string, max = 30): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
