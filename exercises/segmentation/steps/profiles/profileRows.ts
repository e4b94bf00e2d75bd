import { addMonths } from '../../../../src/customers/base';
import { dayToIso, isoToDay } from '../../../../src/customers/sales';
import type { SegmentationFigures } from '../../analysis/segmentationAnalysis';
import { segmentMetrics, type SegmentMetrics, type SegmentTotals } from '../../model/profile';

/** A segment (or the whole base) as the table, the charts, the reading and the export show it. */
export interface ProfileRow {
  key: string;
  name: string;
  totals: SegmentTotals;
  metrics: SegmentMetrics;
}

/** Every segment in the analysis's order, and the whole base, with the metrics derived against the base. */
export function profileRows(figures: SegmentationFigures, name: (key: string) => string): { rows: ProfileRow[]; total: ProfileRow } {
  const rows = figures.segments.map(({ key, ...totals }) => ({ key, name: name(key), totals, metrics: segmentMetrics(totals, figures.total) }));
  return { rows, total: { key: '', name: '', totals: figures.total, metrics: segmentMetrics(figures.total, figures.total) } };
}

export interface HalfPeriods {
  first: { from: string; to: string };
  second: { from: string; to: string };
}

/**
 * The calendar days of the window's two halves that growth and retention compare (model/profile.ts): the newer
 * half is the last `halfMonths` months up to the analysis day, the older the same number of months before it;
 * null when the window is under two months.
 */
export function halfPeriods(analysisDay: string, halfMonths: number): HalfPeriods | null {
  const end = isoToDay(analysisDay);
  if (end === null || halfMonths < 1) return null;
  const middle = addMonths(end, -halfMonths);
  const start = addMonths(end, -2 * halfMonths);
  return { first: { from: dayToIso(start + 1), to: dayToIso(middle) }, second: { from: dayToIso(middle + 1), to: dayToIso(end) } };
}
