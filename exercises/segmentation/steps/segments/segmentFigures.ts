/**
 * What the step and its export read off the analysis: the criteria offered, the bounds names need, each segment's
 * figures by key, and the cross-tab as a grid of rows × columns. Pure: no React, so the export uses it too.
 */
import type { CriterionSummary, CriterionValueFigures, SegmentationFigures } from '../../analysis/segmentationAnalysis';
import { OTHERS_KEY, crossKey } from '../../model/segments';
import type { SegmentProfile } from '../../model/profile';
import { CRITERIA, type CriterionId } from '../../state';

type Available = Extract<CriterionSummary, { ok: true }>;

export function availableSummary(figures: SegmentationFigures | null, id: CriterionId): Available | null {
  const summary = figures?.criteria[id];
  return summary?.ok ? summary : null;
}

/** The participant's chosen criteria first, in their order, then every other one the data gives. */
export function offeredCriteria(chosen: readonly CriterionId[], figures: SegmentationFigures | null): CriterionId[] {
  const others = CRITERIA.filter((id) => !chosen.includes(id) && availableSummary(figures, id) !== null);
  return [...chosen, ...others];
}

export function profilesByKey(figures: SegmentationFigures | null): Map<string, SegmentProfile> {
  return new Map(figures?.segments.map((segment) => [segment.key, segment]) ?? []);
}

/**
 * How many of a criterion's values a condition's checkboxes or a cross-tab's axis show at first: a label read from
 * a file (a manager, a product group) can have hundreds, and a list or a table that long is neither read nor drawn
 * in time. Labels come most revenue first, so the values that matter are the ones shown.
 */
export const SHOWN_VALUES = 24;

/** Share of the whole; null when the whole is nothing (no revenue), so nothing is divided by zero. */
export const shareOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export interface CrossCell {
  key: string;
  customers: number;
  revenue: number;
}

export interface CrossGrid {
  rows: CriterionValueFigures[];
  columns: CriterionValueFigures[];
  /** rows × columns; null while the figures on screen are still those of another definition (being recomputed). */
  cells: CrossCell[][] | null;
  customers: number;
  revenue: number;
}

/**
 * The cross-tab of `rows` × `columns` as the analysis computed it (the values in the criteria's own order, "not
 * given" last); null when the two are not two different criteria the data gives.
 */
export function crossGrid(figures: SegmentationFigures, rows: CriterionId | null, columns: CriterionId | null): CrossGrid | null {
  if (rows === null || columns === null || rows === columns) return null;
  const rowSummary = availableSummary(figures, rows);
  const columnSummary = availableSummary(figures, columns);
  if (rowSummary === null || columnSummary === null) return null;
  const byKey = profilesByKey(figures);
  const cells = rowSummary.values.map((row) =>
    columnSummary.values.map((column) => {
      const key = crossKey(row.key, column.key);
      const profile = byKey.get(key);
      return { key, customers: profile?.customers ?? 0, revenue: profile?.revenue ?? 0 };
    }),
  );
  // The cells hold everyone only when the figures are this table's: otherwise they are a previous definition's.
  const inCells = cells.flat().reduce((sum, cell) => sum + cell.customers, 0);
  const current = inCells === figures.total.customers && !byKey.has(OTHERS_KEY);
  return { rows: rowSummary.values, columns: columnSummary.values, cells: current ? cells : null, customers: figures.total.customers, revenue: figures.total.revenue };
}
