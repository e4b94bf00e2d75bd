/**
 * A file on another Likert scale: a 1–7 survey imported where a 1–5 one is expected keeps only its 1…5 answers,
 * and its means lean low without a word. The answers left out as outside the scale are looked at here, and when
 * they fit one of the scales the exercise allows, the report proposes it.
 */
import type { ColumnSpec, LikertScale } from '../spec';
import { cellNumber } from './typing';
import type { RawCell, ScaleFit } from './types';

export interface ScaleTracker {
  /** A cell of mapped column `index` was left out as outside its range. */
  outside(index: number, raw: RawCell | undefined): void;
  /** `checked[i]`: the cells of mapped column i that held something. */
  fit(checked: readonly number[]): ScaleFit | null;
}

/**
 * Below this share of the answers outside, the file is on the right scale with a few slips (a 6 typed for a
 * 5, a 55): they are reported, and no other scale is proposed. A 1–7 file read as 1–5 has about 2/7 outside.
 */
export const SCALE_PROPOSAL_SHARE = 0.05;

export function isScaleColumn(column: ColumnSpec, scale: LikertScale): boolean {
  return column.type === 'likert' && column.min === scale.min && column.max === scale.max;
}

/** Null when the spec declares no scale. `columns` are the mapped columns, in the typer's order. */
export function scaleTracker(scale: LikertScale | undefined, columns: readonly ColumnSpec[], decimalComma: boolean): ScaleTracker | null {
  if (scale === undefined) return null;
  const onScale = columns.map((column) => isScaleColumn(column, scale));
  let outside = 0;
  let highest = scale.max;
  // A 0, a negative or a 4,5 fits no scale of whole points from min up.
  let fitsNone = false;
  return {
    outside(index, raw) {
      if (onScale[index] !== true) return;
      outside++;
      const value = cellNumber(raw, decimalComma);
      if (!Number.isInteger(value) || value < scale.min) fitsNone = true;
      else if (value > highest) highest = value;
    },
    fit(checked) {
      if (outside === 0) return null;
      const answers = checked.reduce((sum, count, index) => (onScale[index] === true ? sum + count : sum), 0);
      const fitting = fitsNone || outside < answers * SCALE_PROPOSAL_SHARE ? [] : scale.allowedMax.filter((max) => max >= highest && max > scale.max);
      return { min: scale.min, max: scale.max, outside, answers, highest, proposedMax: fitting.length > 0 ? Math.min(...fitting) : null };
    },
  };
}

/** The spec on another of its allowed scales: its scale columns bounded by the new top point. */
export function withScaleMax<S extends { columns: readonly ColumnSpec[]; scale?: LikertScale }>(spec: S, max: number): S {
  const scale = spec.scale;
  if (scale === undefined || !scale.allowedMax.includes(max)) return spec;
  return {
    ...spec,
    scale: { ...scale, max },
    columns: spec.columns.map((column) => (isScaleColumn(column, scale) ? { ...column, max } : column)),
  };
}
